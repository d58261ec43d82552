package io.payflow.platform.cli;

import io.payflow.platform.cli.internal.RootCommand;
import java.io.PrintWriter;

/** The {@code payflow} command. {@link #run} is the library entry point; it never exits the JVM. */
public final class Payflow {
  private Payflow() {}

  public static void main(String[] args) {
    System.exit(run(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args));
  }

  /** Runs one command line and returns its exit code (see {@link ExitCode}). */
  public static int run(PrintWriter out, PrintWriter err, String... args) {
    return RootCommand.execute(out, err, args);
  }
}
