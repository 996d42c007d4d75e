/** Platform services the other packages inject: the clock. */
package com.trialsage.platform;
