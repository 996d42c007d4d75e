package com.trialsage.ratelimit;

import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.ext.Provider;

/** Adds {@code RateLimit}, {@code RateLimit-Policy} and, on 429, {@code Retry-After}. */
@Provider
public class RateLimitHeaders implements ContainerResponseFilter {

  @Inject LastDecision lastDecision;

  @Override
  public void filter(ContainerRequestContext request, ContainerResponseContext response) {
    lastDecision
        .get()
        .ifPresent(
            decision -> {
              response.getHeaders().putSingle("RateLimit", decision.rateLimitHeader());
              response.getHeaders().putSingle("RateLimit-Policy", decision.policyHeader());
              if (!decision.allowed()) {
                response.getHeaders().putSingle("Retry-After", decision.resetSeconds());
              }
            });
  }
}
