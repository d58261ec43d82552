package io.payflow.platform.cli.internal;

/** Bad input, already phrased as the one line a user sees (exit 2). */
final class InputException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  InputException(String message, Throwable cause) {
    super(message, cause);
  }
}
