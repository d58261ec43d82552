package io.payflow.platform.cli.internal;

import io.payflow.platform.policies.Input;
import io.payflow.platform.policies.InputException;
import io.payflow.platform.policies.InputKind;
import io.payflow.platform.policies.Inputs;
import io.payflow.platform.policies.SourceLocation;
import io.payflow.platform.policies.TopologyOrigin;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Finds the topology line a synthesized resource comes from: the topology file its source tags
 * name, resolved against the repository root (else the working directory), read once with the same
 * bounds as any input. A missing, unreadable or edited topology only means the finding stays where
 * it was found: this moves where a finding is shown, never what is judged.
 */
final class TopologyLines {
  private final Path base;
  private final Map<Path, Optional<Input>> read = new HashMap<>();

  TopologyLines(SourceRoot root) {
    this.base = root.root().orElse(Path.of("").toAbsolutePath());
  }

  Optional<SourceLocation> locate(TopologyOrigin origin) {
    Path file = base.resolve(origin.topologyFile()).normalize();
    if (!file.startsWith(base)) {
      return Optional.empty();
    }
    return read.computeIfAbsent(file, TopologyLines::topology)
        .flatMap(input -> input.locate(origin.path()));
  }

  private static Optional<Input> topology(Path file) {
    if (!Files.isRegularFile(file)) {
      return Optional.empty();
    }
    try {
      Input input = Inputs.read(file, shown(file));
      return input.kind() == InputKind.TOPOLOGY ? Optional.of(input) : Optional.empty();
    } catch (InputException e) {
      return Optional.empty();
    }
  }

  /** The file as a person in the working directory would type it (relative, like the inputs). */
  private static String shown(Path file) {
    return Path.of("").toAbsolutePath().relativize(file).toString();
  }
}
