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
   * plan given twice never overlaps itself. Several inputs are read in parallel, one per core (an
   * organisation's gate over every stack); the result keeps the order given, and the first input in
   * that order that cannot be read is the error reported.
   */
  public static List<Input> readAll(List<Path> paths, java.util.function.Consumer<Path> progress) {
    List<Path> unique = new ArrayList<>();
    java.util.Set<Path> seen = new java.util.HashSet<>();
    for (Path path : paths) {
      Path identity;
      try {
        identity = path.toRealPath();
      } catch (java.io.IOException e) {
        identity = path.toAbsolutePath().normalize();
      }
      if (seen.add(identity)) {
        unique.add(path);
      }
    }
    if (unique.size() <= 1) {
      unique.forEach(progress);
      return unique.stream().map(InputPaths::read).toList();
    }
    int threads = Math.min(unique.size(), Runtime.getRuntime().availableProcessors());
    java.util.concurrent.ExecutorService pool =
        java.util.concurrent.Executors.newFixedThreadPool(
            threads,
            task -> {
              Thread thread = new Thread(task, "payflow-read");
              thread.setDaemon(true);
              return thread;
            });
    try {
      List<java.util.concurrent.Future<Input>> reads = new ArrayList<>();
      for (Path path : unique) {
        progress.accept(path);
        reads.add(pool.submit(() -> read(path)));
      }
      List<Input> inputs = new ArrayList<>();
      for (java.util.concurrent.Future<Input> future : reads) {
        inputs.add(result(future));
      }
      return inputs;
    } finally {
      pool.shutdownNow();
    }
  }

  private static Input result(java.util.concurrent.Future<Input> future) {
    try {
      return future.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while reading the inputs", e);
    } catch (java.util.concurrent.ExecutionException e) {
      if (e.getCause() instanceof RuntimeException runtime) {
        throw runtime;
      }
      if (e.getCause() instanceof Error error) {
        throw error;
      }
      throw new IllegalStateException(e.getCause());
    }
  }

  public static Input read(Path path) {
    try {
      return Inputs.read(path, path.toString());
    } catch (InputException e) {
      throw new UserError(e.getMessage(), e);
    }
  }
}
