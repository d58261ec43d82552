package io.payflow.platform.iac;

import java.nio.file.Path;
import java.util.List;

/**
 * What a synthesis wrote: the output directory and one stack file per environment, in deployment
 * order.
 */
public record SynthResult(Path outDir, List<Stack> stacks) {
  public SynthResult {
    stacks = List.copyOf(stacks);
  }

  /** One environment's stack: its name and its {@code cdk.tf.json}. */
  public record Stack(String name, Path file) {}
}
