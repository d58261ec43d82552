package io.payflow.platform.cli.internal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The repository root that report paths are relative to: {@code --root}, else the nearest directory
 * above the working directory that holds {@code .git} (a checkout or a worktree). GitHub maps a
 * SARIF location to a file only when it is relative to the root, and a fingerprint built from the
 * relative path does not change with how the path was typed.
 */
public record SourceRoot(Optional<Path> root) {
  public static SourceRoot of(Path explicit) {
    if (explicit != null) {
      return new SourceRoot(Optional.of(explicit.toAbsolutePath().normalize()));
    }
    for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      if (Files.exists(dir.resolve(".git"))) {
        return new SourceRoot(Optional.of(dir));
      }
    }
    return new SourceRoot(Optional.empty());
  }

  /** The file relative to the root with forward slashes, or empty when it lies outside. */
  Optional<String> relative(String file) {
    if (root.isEmpty()) {
      return Optional.empty();
    }
    Path absolute = Path.of(file).toAbsolutePath().normalize();
    return absolute.startsWith(root.get())
        ? Optional.of(root.get().relativize(absolute).toString().replace('\\', '/'))
        : Optional.empty();
  }
}
