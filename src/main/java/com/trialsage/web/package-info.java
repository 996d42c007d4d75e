/**
 * The HTTP boundary: the JAX-RS application, problem+json error bodies (RFC 9457) for every error
 * the API or the container produces, and the per-request context (request id) that logs carry.
 */
package com.trialsage.web;
