package io.payflow.platform.cli.internal;

import io.payflow.platform.policies.Input;
import io.payflow.platform.policies.InputException;
import io.payflow.platform.policies.Inputs;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The inputs named on a command line, read into facts; bad input is a user error (exit 2). */
public final class InputPaths {
  private InputPaths() {}

  /**
   * Reads each input once: the same file named twice (or through another path) is one input, so a
   * plan given twice never overlaps itself.
   */
  public static List<Input> readAll(List<Path> paths, java.util.function.Consumer<Path> progress) {
    List<Input> inputs = new ArrayList<>();
    java.util.Set<Path> seen = new java.util.HashSet<>();
    for (Path path : paths) {
      Path identity;
      try {
        identity = path.toRealPath();
      } catch (java.io.IOException e) {
        identity = path.toAbsolutePath().normalize();
      }
      if (seen.add(identity)) {
        progress.accept(path);
        inputs.add(read(path));
      }
    }
    return inputs;
  }

  public static Input read(Path path) {
    try {
      return Inputs.read(path, path.toString());
    } catch (InputException e) {
      throw new UserError(e.getMessage(), e);
    }
  }
}
