package io.payflow.platform.iac.internal;

import com.hashicorp.cdktf.App;
import io.payflow.platform.topology.DependencyCycleException;
import io.payflow.platform.topology.DeploymentOrder;
import io.payflow.platform.topology.Environment;
import io.payflow.platform.topology.Topology;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The CDKTF app: one stack per environment, created in deployment order so that a spoke can
 * reference the hub's VPC, route tables and bastion security group (CDKTF turns those references
 * into hub outputs read through terraform_remote_state from the shared S3 backend).
 */
public final class EstateApp {
  private EstateApp() {}

  public static void synth(
      Topology topology, Path outDir, java.util.Optional<String> topologyFile) {
    // No stack traces in the output: they hold absolute paths and make synth non-reproducible.
    App app =
        App.Builder.create()
            .outdir(outDir.toString())
            .stackTraces(false)
            .skipValidation(false)
            .build();
    Map<String, EnvironmentStack> stacks = new LinkedHashMap<>();
    EnvironmentStack hub = null;
    for (String name : order(topology)) {
      Environment env = topology.environment(name).orElseThrow();
      EnvironmentStack stack = new EnvironmentStack(app, topology, topologyFile, env, hub);
      if (env.isHub()) {
        hub = stack;
      }
      for (String dependency : env.dependsOn()) {
        if (stacks.containsKey(dependency)) {
          stack.addDependency(stacks.get(dependency));
        }
      }
      if (hub != null && stack != hub && !stack.dependsOn(hub)) {
        stack.addDependency(hub);
      }
      stacks.put(name, stack);
    }
    app.synth();
  }

  private static java.util.List<String> order(Topology topology) {
    try {
      return DeploymentOrder.of(topology);
    } catch (DependencyCycleException e) {
      throw new IllegalStateException(e.getMessage(), e);
    }
  }
}
