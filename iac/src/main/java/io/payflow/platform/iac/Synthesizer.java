package io.payflow.platform.iac;

import io.payflow.platform.iac.internal.EstateApp;
import io.payflow.platform.iac.internal.JsiiShutdownNoise;
import io.payflow.platform.iac.internal.NodeCheck;
import io.payflow.platform.topology.DependencyCycleException;
import io.payflow.platform.topology.DeploymentOrder;
import io.payflow.platform.topology.Topology;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns a topology into Terraform with CDK for Terraform: one stack per environment, each with its
 * own S3 state key, spokes depending on the hub. CDKTF is deprecated upstream, so no CDKTF type
 * crosses this module's API: callers see only model types, paths and this class.
 */
public final class Synthesizer {
  private Synthesizer() {}

  public static SynthResult synth(Topology topology, Path outDir) throws SynthException {
    return synth(topology, outDir, null);
  }

  /**
   * As {@link #synth(Topology, Path)}, tagging every stack with the topology file it comes from
   * ({@code topologyFile}, relative to the repository root; null or a name unfit for a tag value
   * leaves it out), so findings on plans of these stacks point at the topology's lines.
   */
  public static SynthResult synth(Topology topology, Path outDir, String topologyFile)
      throws SynthException {
    List<String> order;
    try {
      order = DeploymentOrder.of(topology);
    } catch (DependencyCycleException e) {
      throw new SynthException(e.getMessage(), e);
    }
    NodeCheck.requireNode();
    JsiiShutdownNoise.filterStderr();
    Path fresh = null;
    try {
      fresh = OutputSwap.freshBeside(outDir);
      EstateApp.synth(topology, fresh, java.util.Optional.ofNullable(topologyFile));
      OutputSwap.replace(outDir, fresh);
    } catch (java.io.IOException e) {
      throw new SynthException(
          outDir + ": cannot write the synthesized stacks (" + OutputSwap.reason(e) + ")", e);
    } catch (RuntimeException e) {
      throw new SynthException("CDKTF synthesis failed: " + firstLine(e.getMessage()), e);
    } finally {
      OutputSwap.deleteQuietly(fresh);
    }
    List<SynthResult.Stack> stacks = new ArrayList<>();
    for (String name : order) {
      stacks.add(
          new SynthResult.Stack(
              name, outDir.resolve("stacks").resolve(name).resolve("cdk.tf.json")));
    }
    return new SynthResult(outDir, stacks);
  }

  private static String firstLine(String message) {
    return message == null ? "unknown error" : message.lines().findFirst().orElse("unknown error");
  }
}
