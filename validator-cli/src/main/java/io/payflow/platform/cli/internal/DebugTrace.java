package io.payflow.platform.cli.internal;

import io.payflow.platform.policies.PolicyEvaluationException;
import io.payflow.platform.topology.TopologyLoadException;
import java.io.PrintWriter;

/**
 * The stack trace {@code --debug} prints: every exception of the chain with its frames, but a
 * message only for the toolkit's own exceptions, whose messages never quote a value. A parser's
 * message quotes the token it stopped at, which may be a password, so it is left out.
 */
final class DebugTrace {
  private DebugTrace() {}

  static void print(Throwable e, PrintWriter err) {
    String prefix = "";
    for (Throwable t = e; t != null; t = t.getCause()) {
      err.println(
          prefix + t.getClass().getName() + (ours(t) ? ": " + Printable.line(t.getMessage()) : ""));
      for (StackTraceElement frame : t.getStackTrace()) {
        err.println("\tat " + frame);
      }
      prefix = "Caused by: ";
      if (t.getCause() == t) {
        break;
      }
    }
  }

  private static boolean ours(Throwable t) {
    return t instanceof UserError
        || t instanceof io.payflow.platform.policies.InputException
        || t instanceof TopologyLoadException
        || t instanceof PolicyEvaluationException;
  }
}
