/**
 * One validation run: reads each dataset once, in reference-first order (trial design, DM, SV,
 * other domains, then SUPP--, RELREC and CO), passes every record to every applicable rule, and
 * reports per rule whether it ran, was skipped, or failed.
 */
package com.trialsage.engine.run;
