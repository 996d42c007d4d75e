package com.trialsage.ratelimit;

import com.trialsage.tenancy.CurrentCaller;
import com.trialsage.web.Problem;
import com.trialsage.web.ProblemException;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import java.lang.reflect.Method;
import java.util.logging.Logger;

/** Enforces {@link RateLimit} for the authenticated caller's tenant. */
@RateLimit(OperationKind.READ)
@Interceptor
@Priority(Interceptor.Priority.APPLICATION)
public class RateLimitInterceptor {
  private static final Logger LOG = Logger.getLogger(RateLimitInterceptor.class.getName());

  @Inject CurrentCaller caller;
  @Inject RateLimiter limiter;
  @Inject LastDecision lastDecision;
  @Inject RateLimitMetrics metrics;

  @AroundInvoke
  Object limit(InvocationContext invocation) throws Exception {
    OperationKind operation = operationOf(invocation.getMethod());
    Decision decision = limiter.acquire(caller.get().tenant(), operation);
    lastDecision.set(decision);
    if (!decision.allowed()) {
      metrics.rejected(caller.get().tenant(), operation);
      LOG.info("Rate limit reached: " + decision.policyHeader());
      throw new ProblemException(tooMany(decision));
    }
    return invocation.proceed();
  }

  private static Problem tooMany(Decision decision) {
    return Problem.of(
            429,
            "rate-limited",
            "Too Many Requests",
            "Your organisation has used all "
                + decision.limit()
                + " "
                + decision.operation().name().toLowerCase(java.util.Locale.ROOT)
                + " requests of this minute. Retry after "
                + decision.resetSeconds()
                + " seconds.")
        .with("limit", decision.limit())
        .with("retryAfterSeconds", decision.resetSeconds());
  }

  private static OperationKind operationOf(Method method) {
    RateLimit limit = method.getAnnotation(RateLimit.class);
    if (limit == null) {
      limit = method.getDeclaringClass().getAnnotation(RateLimit.class);
    }
    return limit.value();
  }
}
