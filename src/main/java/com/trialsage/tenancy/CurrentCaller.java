package com.trialsage.tenancy;

import jakarta.enterprise.context.RequestScoped;

/** Holds the {@link Caller} of the current request, set once it has been authenticated. */
@RequestScoped
public class CurrentCaller {
  private Caller caller;

  void set(Caller authenticated) {
    this.caller = authenticated;
  }

  /**
   * The caller; only inside resources that require authentication.
   *
   * @throws IllegalStateException when the request was not authenticated
   */
  public Caller get() {
    if (caller == null) {
      throw new IllegalStateException("no authenticated caller in this request");
    }
    return caller;
  }
}
