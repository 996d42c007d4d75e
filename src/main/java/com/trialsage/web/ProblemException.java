package com.trialsage.web;

import jakarta.ws.rs.WebApplicationException;

/** Ends a request with the given problem; thrown by resources and filters. */
public class ProblemException extends WebApplicationException {
  private final transient Problem problem;

  public ProblemException(Problem problem) {
    super(problem.detail(), problem.status());
    this.problem = problem;
  }

  public Problem problem() {
    return problem;
  }
}
