/** What operators see: health checks, metrics and the log format. */
package com.trialsage.ops;
