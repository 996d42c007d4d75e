/**
 * The rule implementations, one class per rule (or per family of rules that share one check), each
 * citing the SDTMIG section or conformance rule it enforces.
 */
package com.trialsage.engine.rules.checks;
