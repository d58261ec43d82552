package io.payflow.platform.topology;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class DeploymentOrderTest {
  private static Topology withReplacement(String from, String to) throws Exception {
    return TopologyLoader.parse(Reference.text().replace(from, to), "t.yaml");
  }

  @Test
  void referenceDeploysHubThenSpokesInFileOrder() throws Exception {
    assertThat(DeploymentOrder.of(Reference.load()))
        .containsExactly("hub", "production", "development");
  }

  @Test
  void dependsOnReordersSpokes() throws Exception {
    Topology topology =
        withReplacement(
            "    state_key: production/terraform.tfstate\n    depends_on: [hub]",
            "    state_key: production/terraform.tfstate\n    depends_on: [hub, development]");
    assertThat(DeploymentOrder.of(topology)).containsExactly("hub", "development", "production");
  }

  @Test
  void hubComesFirstEvenWhenAFileListsItLast() throws Exception {
    Topology reference = Reference.load();
    Topology reordered =
        new Topology(
            1,
            reference.organisation(),
            reference.stateBackend(),
            java.util.List.of(
                reference.environments().get(2),
                reference.environments().get(1),
                reference.environments().get(0)));
    assertThat(DeploymentOrder.of(reordered)).containsExactly("hub", "development", "production");
  }

  @Test
  void cycleNamesTheEnvironmentsInIt() throws Exception {
    Topology cyclic =
        TopologyLoader.parse(
            Reference.text()
                .replace(
                    "    state_key: production/terraform.tfstate\n    depends_on: [hub]",
                    "    state_key: production/terraform.tfstate\n    depends_on: [hub, development]")
                .replace(
                    "    state_key: development/terraform.tfstate\n    depends_on: [hub]",
                    "    state_key: development/terraform.tfstate\n    depends_on: [hub, production]"),
            "t.yaml");
    assertThatThrownBy(() -> DeploymentOrder.of(cyclic))
        .isInstanceOf(DependencyCycleException.class)
        .hasMessage(
            "deployment order has a cycle: production -> development -> production (remove one of these depends_on entries; the hub deploys first)");
  }

  @Test
  void hubThatDependsOnASpokeIsACycle() throws Exception {
    Topology topology =
        withReplacement(
            "    state_key: hub/terraform.tfstate\n",
            "    state_key: hub/terraform.tfstate\n    depends_on: [production]\n");
    assertThatThrownBy(() -> DeploymentOrder.of(topology))
        .isInstanceOfSatisfying(
            DependencyCycleException.class,
            e -> assertThat(e.cycle()).containsExactly("hub", "production", "hub"));
  }

  /** The same ordering for environments known only by name (those Terraform inputs show). */
  @Test
  void anyPrerequisitesAreOrderedAndTheirCyclesNamed() throws Exception {
    java.util.Map<String, java.util.Set<String>> edges = new java.util.LinkedHashMap<>();
    edges.put("development", java.util.Set.of("hub"));
    edges.put("hub", java.util.Set.of());
    edges.put("production", java.util.Set.of("hub", "development"));
    assertThat(DeploymentOrder.order(edges)).containsExactly("hub", "development", "production");
    edges.put("hub", java.util.Set.of("production"));
    assertThatThrownBy(() -> DeploymentOrder.order(edges))
        .isInstanceOf(DependencyCycleException.class)
        .satisfies(
            e -> assertThat(((DependencyCycleException) e).cycle()).contains("hub", "production"));
    assertThatThrownBy(() -> DeploymentOrder.order(java.util.Map.of("a", java.util.Set.of("a"))))
        .isInstanceOf(DependencyCycleException.class);
  }
}
