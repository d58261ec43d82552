package io.payflow.platform.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

/** Runs the CLI in-process and captures what it prints. */
final class Cli {
  static final Path ROOT = locate();

  record Run(int exit, String out, String err) {}

  private Cli() {}

  static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int exit = Payflow.run(new PrintWriter(out), new PrintWriter(err), args);
    return new Run(exit, out.toString(), err.toString());
  }

  /** A path relative to the repository root, as the tests pass it on the command line. */
  static String file(String relative) {
    return ROOT.relativize(ROOT.resolve(relative)).toString().isEmpty()
        ? relative
        : Path.of("").toAbsolutePath().relativize(ROOT.resolve(relative)).toString();
  }

  /** examples/broken.findings: the rules broken.yaml must raise, listed once for every test. */
  static java.util.List<String> plantedInBroken() throws java.io.IOException {
    return Files.readAllLines(ROOT.resolve("examples/broken.findings")).stream()
        .map(String::strip)
        .filter(l -> !l.isEmpty() && !l.startsWith("#"))
        .toList();
  }

  private static Path locate() {
    for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      if (Files.exists(dir.resolve("examples/payflow.yaml"))) {
        return dir;
      }
    }
    throw new IllegalStateException("repository root not found");
  }
}
