package io.payflow.platform.cli;

import io.payflow.platform.cli.internal.RootCommand;
import io.payflow.platform.cli.internal.ShutdownHooks;
import io.payflow.platform.policies.PolicyEngine;
import java.io.PrintWriter;

/** The {@code payflow} command. {@link #run} is the library entry point; it never exits the JVM. */
public final class Payflow {
  private Payflow() {}

  public static void main(String[] args) {
    if (args.length > 0 && args[0].equals("validate")) {
      // The bundled rules load on the other core while picocli builds its model of the command
      // line (pre-commit path, Java 17: 0.379 -> 0.366 s, 41 runs alternating; Java 25 unchanged).
      PolicyEngine.loadAhead();
    }
    picocliProperties();
    PrintWriter out = new PrintWriter(System.out, true);
    PrintWriter err = new PrintWriter(System.err, true);
    int code = run(out, err, args);
    // Everything written reaches the terminal or pipe before the process ends (a report's last
    // line may have no newline to flush it).
    out.flush();
    err.flush();
    if (ShutdownHooks.expected() || Boolean.getBoolean("payflow.shutdownHooks")) {
      System.exit(code);
    }
    // Since Java 21, System.exit looks up a logger to record the call, and that lookup reads every
    // jar of the class path for a logging service (as picocli's closures did, below). Only
    // synthesis registers shutdown
    // hooks (jsii's); a JFR recording that dumps on exit needs -Dpayflow.shutdownHooks=true.
    Runtime.getRuntime().halt(code);
  }

  /** What the command line's parser need not look for; set by {@link #main} only. */
  static void picocliProperties() {
    // Our annotations hold no Groovy closures. Unless told so, picocli looks for
    // groovy.lang.Closure, and that miss opens every jar of the class path, the 120 MB AWS provider
    // of `payflow synth` among them (about 40 ms of the pre-commit path).
    System.setProperty("picocli.disable.closures", "true");
    // No option is of a java.sql or java.time type but --today, which has its own converter.
    // Registering picocli's built-in converters for them loaded and initialized those classes and
    // their formatters on every run (15 ms of the pre-commit path on Java 17).
    // The names are spelled out: picocli matches each class against each pattern, and a pattern
    // with a wildcard made java.util.regex link lambdas for it, cold, on every run.
    System.setProperty(
        "picocli.converters.excludes",
        "java\\.sql\\.(Time|Connection|Driver|Timestamp)"
            + "|java\\.time\\.(Duration|Instant|LocalDate|LocalDateTime|LocalTime|MonthDay"
            + "|OffsetDateTime|OffsetTime|Period|Year|YearMonth|ZonedDateTime|ZoneId|ZoneOffset)");
  }

  /** Runs one command line and returns its exit code (see {@link ExitCode}). */
  public static int run(PrintWriter out, PrintWriter err, String... args) {
    return RootCommand.execute(out, err, args);
  }
}
