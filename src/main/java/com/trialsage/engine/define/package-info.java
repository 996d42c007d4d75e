/**
 * Define-XML 1.0 and 2.x, read for what the rules compare against the datasets: each ItemGroupDef's
 * variables with their data type, length and label. The reader refuses DTDs and never resolves
 * external entities.
 */
package com.trialsage.engine.define;
