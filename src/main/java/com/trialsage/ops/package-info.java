/** What operators see: health checks, metrics, the log format and error reports. */
package com.trialsage.ops;
