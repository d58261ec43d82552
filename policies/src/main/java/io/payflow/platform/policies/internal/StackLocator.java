package io.payflow.platform.policies.internal;

import io.payflow.platform.policies.SourceLocation;
import io.payflow.platform.topology.InputFiles;
import io.payflow.platform.topology.TopologyLoadException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Locations inside a cdktf.out/ directory: a fact path {@code stacks/hub/cdk.tf.json#resource...}
 * names the stack file and the place in it; each file is indexed once, on first use.
 */
final class StackLocator {
  private final Path dir;
  private final String name;
  private final Map<String, JsonPathIndex> indexes = new HashMap<>();

  StackLocator(Path dir, String name) {
    this.dir = dir;
    this.name = name;
  }

  synchronized Optional<SourceLocation> find(String path) {
    int hash = path.indexOf('#');
    if (hash <= 0) {
      return Optional.empty();
    }
    String file = path.substring(0, hash);
    JsonPathIndex index = indexes.computeIfAbsent(file, this::index);
    return index == null
        ? Optional.empty()
        : index
            .find(path.substring(hash + 1))
            .map(at -> new SourceLocation(name + "/" + file, at.line(), at.column()));
  }

  private JsonPathIndex index(String file) {
    try {
      Path inside = InputFiles.inside(dir, dir.resolve(file), file);
      return new JsonPathIndex(InputFiles.text(inside, file, InputFiles.Kind.TERRAFORM));
    } catch (TopologyLoadException e) {
      return null; // Locations are a courtesy; the stack itself was read already.
    }
  }
}
