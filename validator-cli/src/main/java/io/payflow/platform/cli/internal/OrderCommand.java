package io.payflow.platform.cli.internal;

import io.payflow.platform.topology.DependencyCycleException;
import io.payflow.platform.topology.DeploymentOrder;
import io.payflow.platform.topology.Environment;
import io.payflow.platform.topology.Topology;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code payflow order TOPOLOGY}: the order to apply the environments' stacks in. */
@Command(name = "order", description = "Print the deployment order of a topology's environments.")
final class OrderCommand implements Callable<Integer> {
  @Mixin CommonOptions common;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Parameters(paramLabel = "TOPOLOGY", description = "Topology file (YAML or JSON).")
  Path topology;

  @Override
  public Integer call() throws DependencyCycleException {
    print(spec.commandLine().getOut(), Topologies.load(topology, "order"));
    return 0;
  }

  static void print(PrintWriter out, Topology topology) throws DependencyCycleException {
    List<String> order = DeploymentOrder.of(topology);
    Map<String, Set<String>> prerequisites = DeploymentOrder.prerequisites(topology);
    out.println("Deployment order (apply top to bottom):");
    int width = order.stream().mapToInt(String::length).max().orElse(0);
    for (int i = 0; i < order.size(); i++) {
      Environment env = topology.environment(order.get(i)).orElseThrow();
      Set<String> after = prerequisites.get(env.name());
      out.printf(
          "  %d. %-" + width + "s  %-32s %s%n",
          i + 1,
          env.name(),
          env.stateKey(),
          after.isEmpty() ? "first" : "after " + String.join(", ", after));
    }
    out.flush();
  }
}
