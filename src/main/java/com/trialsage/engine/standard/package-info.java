/**
 * SDTMIG standard metadata (3.2, 3.3, 3.4): the domains, their variables with label, type, core and
 * codelist, and the SDTM model's observation-class variables, read from data files in the engine
 * jar.
 */
package com.trialsage.engine.standard;
