/** Validation reports of a finished run: JSON, CSV, Excel and HTML. */
package com.trialsage.reports;
