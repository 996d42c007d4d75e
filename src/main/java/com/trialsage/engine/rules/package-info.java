/**
 * The rule catalog and the contract every rule implements: a rule sees each dataset's metadata,
 * then its records, then its end, and finally the end of the run, and reports {@link
 * com.trialsage.engine.rules.Finding}s.
 */
package com.trialsage.engine.rules;
