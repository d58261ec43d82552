package io.payflow.platform.cli;

import io.payflow.platform.cli.internal.RootCommand;
import java.io.PrintWriter;

/** The {@code payflow} command. {@link #run} is the library entry point; it never exits the JVM. */
public final class Payflow {
  private Payflow() {}

  public static void main(String[] args) {
    // Our annotations hold no Groovy closures. Unless told so, picocli looks for
    // groovy.lang.Closure, and that miss opens every jar of the class path, the 120 MB AWS provider
    // of `payflow synth` among them (about 40 ms of the pre-commit path).
    System.setProperty("picocli.disable.closures", "true");
    int code = run(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args);
    System.out.flush();
    System.err.flush();
    if (Boolean.getBoolean("payflow.shutdownHooks")) {
      System.exit(code);
    }
    // Since Java 21, System.exit looks up a logger to record the call, and that lookup reads every
    // jar of the class path for a logging service (as above). payflow registers no shutdown hook;
    // a JFR recording that dumps on exit needs -Dpayflow.shutdownHooks=true.
    Runtime.getRuntime().halt(code);
  }

  /** Runs one command line and returns its exit code (see {@link ExitCode}). */
  public static int run(PrintWriter out, PrintWriter err, String... args) {
    return RootCommand.execute(out, err, args);
  }
}
