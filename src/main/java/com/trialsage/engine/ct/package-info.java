/**
 * CDISC controlled terminology as published by NCI EVS: codelists, their extensibility, and their
 * terms' submission values and synonyms.
 */
package com.trialsage.engine.ct;
