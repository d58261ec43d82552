package io.payflow.platform.cli.internal;

/**
 * The one user-error type of the CLI: bad input or usage, already phrased as the one line a user
 * sees (exit 2).
 */
public final class UserError extends RuntimeException {
  private static final long serialVersionUID = 1L;

  UserError(String message, Throwable cause) {
    super(io.payflow.platform.topology.ParseMessages.oneLine(message), cause);
  }
}
