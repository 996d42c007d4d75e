package com.trialsage.ratelimit;

import jakarta.enterprise.context.RequestScoped;
import java.util.Optional;

/** The rate-limit decision of the current request, for the response headers. */
@RequestScoped
public class LastDecision {
  private Decision decision;

  void set(Decision value) {
    this.decision = value;
  }

  public Optional<Decision> get() {
    return Optional.ofNullable(decision);
  }
}
