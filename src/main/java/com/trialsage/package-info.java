/** TrialSage: a validation service for CDISC clinical-trial submission data. */
package com.trialsage;
