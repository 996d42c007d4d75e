package com.trialsage.ratelimit;

import jakarta.enterprise.util.Nonbinding;
import jakarta.interceptor.InterceptorBinding;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Limits how often one tenant may call the annotated resource method, per kind of operation. The
 * request past the limit in a one-minute window is answered 429 with {@code Retry-After}; every
 * limited response carries {@code RateLimit} and {@code RateLimit-Policy}
 * (draft-ietf-httpapi-ratelimit-headers).
 */
@InterceptorBinding
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface RateLimit {
  /** The kind of operation; tenants share nothing, kinds of one tenant count separately. */
  @Nonbinding
  OperationKind value();
}
