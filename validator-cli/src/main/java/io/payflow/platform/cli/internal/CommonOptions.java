package io.payflow.platform.cli.internal;

import picocli.CommandLine.Option;

/** Options every subcommand shares, as a picocli mixin. */
final class CommonOptions {
  @Option(names = "--debug", description = "Print stack traces of errors.")
  boolean debug;

  @Option(names = "--no-color", description = "Never colour the output.")
  boolean noColor;
}
