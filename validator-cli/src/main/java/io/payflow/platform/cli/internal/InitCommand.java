package io.payflow.platform.cli.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code payflow init}: writes the reference topology as a starting point. */
@Command(
    name = "init",
    description = "Write a starter topology (the reference hub-and-spoke estate).")
final class InitCommand implements Callable<Integer> {
  @Mixin CommonOptions common;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Parameters(
      paramLabel = "FILE",
      defaultValue = "topology.yaml",
      description = "Where to write it (default: ${DEFAULT-VALUE}).")
  Path file;

  @Option(names = "--force", description = "Overwrite an existing file.")
  boolean force;

  @Override
  public Integer call() throws IOException {
    if (Files.exists(file) && !force) {
      throw new UserError(file + ": already exists (use --force to overwrite)", null);
    }
    try (InputStream starter =
        InitCommand.class.getResourceAsStream("/io/payflow/platform/cli/starter.yaml")) {
      Files.write(file, starter.readAllBytes());
    }
    spec.commandLine().getOut().println("wrote " + file + "; next: payflow validate " + file);
    return 0;
  }
}
