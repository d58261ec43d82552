package io.payflow.platform.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.payflow.platform.iac.SynthResult;
import io.payflow.platform.iac.Synthesizer;
import io.payflow.platform.policies.Finding;
import io.payflow.platform.policies.Input;
import io.payflow.platform.policies.InputKind;
import io.payflow.platform.policies.Inputs;
import io.payflow.platform.policies.PolicyEngine;
import io.payflow.platform.policies.Report;
import io.payflow.platform.topology.TopologyLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The same estate gives the same rule ids per environment whether it is read as the topology, as
 * its synthesized cdktf.out/, or as the plans of those stacks. One synth per example (jsii costs
 * seconds). Differences that are right are named here, with the reason.
 */
class ParityTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  /**
   * A plan does not show its backend (terraform show -json leaves it out), so shared state keys are
   * visible only in the topology and in the synthesized stacks. A secret no environment defines
   * never reaches a plan: reading it fails {@code terraform plan} itself (PF-SEC-003 catches it
   * before, on the topology and the stacks).
   */
  private static final Set<String> NOT_VISIBLE_IN_PLANS = Set.of("PF-STATE-001", "PF-SEC-003");

  @TempDir static Path work;
  private static PolicyEngine engine;

  @BeforeAll
  static void engine() throws Exception {
    engine = PolicyEngine.builder().today(java.time.LocalDate.parse("2026-11-27")).build();
  }

  @ParameterizedTest
  @ValueSource(strings = {"payflow.yaml", "broken.yaml"})
  void modelSynthesizedStacksAndPlansAgree(String example) throws Exception {
    Path topology = Cli.ROOT.resolve("examples/" + example);
    Map<String, Set<String>> model = byEnvironment(engine.evaluate(Inputs.read(topology).facts()));

    Path out = work.resolve(example + ".cdktf.out");
    SynthResult synth = Synthesizer.synth(TopologyLoader.load(topology), out);
    Input stacks = Inputs.read(out);
    assertThat(stacks.kind()).isEqualTo(InputKind.CDKTF_OUT);
    Map<String, Set<String>> synthesized = byEnvironment(engine.evaluate(stacks.facts()));

    List<Input> plans = new ArrayList<>();
    for (SynthResult.Stack stack : synth.stacks()) {
      Path plan = work.resolve(example + "." + stack.name() + ".plan.json");
      Files.writeString(plan, PlanFromStack.generate(JSON.readTree(stack.file().toFile())));
      Input input = Inputs.read(plan);
      assertThat(input.kind()).isEqualTo(InputKind.PLAN);
      plans.add(input);
    }
    var merge = io.payflow.platform.policies.FactsMerge.of(plans);
    // Every resource of the plans is read; the peerings that read the hub's VPC from its remote
    // state, and the spokes' routes on the hub's tables, are linked when the hub's plan is given
    // too: the plans hold the same peerings, routes and tables as the stacks.
    var planFacts = merge.facts().facts();
    // Alone, a spoke's plan cannot say which hub tables its routes are on: unresolved, not dropped.
    assertThat(plans.get(plans.size() - 1).facts().facts().unresolved())
        .extracting(u -> u.address())
        .contains("aws_route.route-from-hub-public", "aws_route.route-from-hub-0");
    var stackFacts = stacks.facts().facts();
    assertThat(planFacts.unresolved()).isEmpty();
    assertThat(planFacts.peerings()).hasSameSizeAs(stackFacts.peerings());
    assertThat(planFacts.routes()).hasSameSizeAs(stackFacts.routes());
    assertThat(planFacts.routes())
        .filteredOn(r -> r.inferred().contains("route_table_id"))
        .extracting(r -> r.table())
        .allSatisfy(table -> assertThat(table).startsWith("hub:aws_route_table."));
    assertThat(planFacts.routeTables()).hasSameSizeAs(stackFacts.routeTables());
    // A spoke's API rule admitting the hub's bastion group, read from the hub's remote state.
    assertThat(planFacts.ingressRules())
        .allSatisfy(r -> assertThat(r.pendingSources()).isEmpty())
        .filteredOn(r -> r.address().endsWith("sg-eks-api-from-bastion"))
        .allSatisfy(
            r -> assertThat(r.sourceGroups()).containsExactly("hub:aws_security_group.sg-bastion"));
    Map<String, Set<String>> planned = byEnvironment(engine.evaluate(merge.facts()));

    assertThat(synthesized).as("cdktf.out vs topology").isEqualTo(model);
    assertThat(planned)
        .as(
            "plans vs topology, less what plans cannot show; unresolved: %s",
            merge.facts().facts().unresolved())
        .isEqualTo(without(model, NOT_VISIBLE_IN_PLANS));
    if (example.equals("broken.yaml")) {
      Set<String> all = new TreeSet<>();
      model.values().forEach(all::addAll);
      assertThat(all).containsExactlyElementsOf(Cli.plantedInBroken());
    } else {
      assertThat(model).isEmpty();
    }
  }

  private static Map<String, Set<String>> byEnvironment(Report report) {
    Map<String, Set<String>> ids = new TreeMap<>();
    for (Finding f : report.findings()) {
      ids.computeIfAbsent(f.environment(), e -> new TreeSet<>()).add(f.ruleId());
    }
    return ids;
  }

  private static Map<String, Set<String>> without(
      Map<String, Set<String>> ids, Set<String> hidden) {
    Map<String, Set<String>> kept = new TreeMap<>();
    ids.forEach(
        (env, set) -> {
          Set<String> rest = new TreeSet<>(set);
          rest.removeAll(hidden);
          if (!rest.isEmpty()) {
            kept.put(env, rest);
          }
        });
    return kept;
  }
}
