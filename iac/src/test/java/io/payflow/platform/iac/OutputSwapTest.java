package io.payflow.platform.iac;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Two synths into one directory: the directory holds one run's output, whole, never a mix. */
class OutputSwapTest {
  @TempDir Path dir;

  @Test
  void concurrentReplacementsNeverMixTheirFiles() throws Exception {
    Path out = dir.resolve("cdktf.out");
    ExecutorService pool = Executors.newFixedThreadPool(4);
    List<Future<?>> runs = new ArrayList<>();
    for (int run = 0; run < 12; run++) {
      String marker = "run" + run;
      runs.add(
          pool.submit(
              () -> {
                Path fresh = OutputSwap.freshBeside(out);
                for (int f = 0; f < 20; f++) {
                  Files.writeString(fresh.resolve(marker + "-" + f), marker);
                }
                OutputSwap.replace(out, fresh);
                return null;
              }));
    }
    for (Future<?> run : runs) {
      run.get();
    }
    pool.shutdown();
    try (Stream<Path> files = Files.list(out)) {
      List<String> markers =
          files.map(p -> p.getFileName().toString().split("-")[0]).distinct().toList();
      assertThat(markers).hasSize(1);
    }
    try (Stream<Path> siblings = Files.list(dir)) {
      assertThat(siblings.map(p -> p.getFileName().toString()))
          .containsExactlyInAnyOrder("cdktf.out", ".cdktf.out.lock");
    }
  }
}
