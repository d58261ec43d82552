package io.payflow.platform.policies.internal;

/** Raised deep in an adapter for input that is well-formed JSON but wrong where it is read. */
final class BadInput extends RuntimeException {
  private static final long serialVersionUID = 1L;

  BadInput(String message) {
    super(message, null, false, false);
  }
}
