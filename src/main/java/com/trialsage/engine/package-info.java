/**
 * The validator engine: reads CDISC datasets, applies the rule catalog and controlled terminology,
 * and writes findings and a summary. It runs as its own process ({@code trialsage-engine.jar}) and
 * depends on nothing from Jakarta EE or MicroProfile.
 */
package com.trialsage.engine;
