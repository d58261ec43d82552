package io.payflow.platform.iac;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * Synthesized stacks reach their directory whole or not at all: they are written to a fresh
 * directory beside it, and swapped in under a lock, so two runs into one directory never mix their
 * files and a failed run leaves the previous output as it was.
 */
final class OutputSwap {
  private OutputSwap() {}

  static Path freshBeside(Path outDir) throws IOException {
    Path parent = outDir.toAbsolutePath().normalize().getParent();
    Files.createDirectories(parent);
    return Files.createTempDirectory(parent, "." + outDir.getFileName() + ".new-");
  }

  /**
   * Serialized within this JVM (file locks are per process) and across processes by the lock file.
   */
  static synchronized void replace(Path outDir, Path fresh) throws IOException {
    Path target = outDir.toAbsolutePath().normalize();
    Path lockFile = target.resolveSibling("." + target.getFileName() + ".lock");
    try (FileChannel channel =
            FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        FileLock lock = channel.lock()) {
      Path old = null;
      if (Files.exists(target)) {
        old = Files.createTempDirectory(target.getParent(), "." + target.getFileName() + ".old-");
        Files.delete(old);
        Files.move(target, old, StandardCopyOption.ATOMIC_MOVE);
      }
      Files.move(fresh, target, StandardCopyOption.ATOMIC_MOVE);
      deleteQuietly(old);
    }
  }

  static void deleteQuietly(Path dir) {
    if (dir == null || !Files.exists(dir)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(dir)) {
      walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      // A leftover temporary directory is harmless; the output itself is in place.
    }
  }

  static String reason(IOException e) {
    String type = e.getClass().getSimpleName();
    return switch (type) {
      case "AccessDeniedException" -> "permission denied";
      case "FileSystemException" -> "the file system refused it";
      case "NoSuchFileException" -> "a directory is missing";
      default ->
          e.getMessage() != null && e.getMessage().contains("No space")
              ? "no space left on the device"
              : "an I/O error";
    };
  }
}
