package com.trialsage.engine.rules;

/** Where rules deliver their findings; the run counts them and writes them out. */
@FunctionalInterface
public interface FindingSink {
  void accept(Finding finding);
}
