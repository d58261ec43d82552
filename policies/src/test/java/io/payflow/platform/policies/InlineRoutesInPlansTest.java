package io.payflow.platform.policies;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A route table's inline route through a peering the same apply creates: the plan writes the
 * route's peering as null (its ID only apply knows) and marks it unknown. The route was read as
 * having no target, and PF-NET-010 reported a peering both tables route through as carrying no
 * traffic. The plan's configuration says which peering the route names: per block, or as the
 * table's references; a route it cannot tie to one peering leaves the peerings of its VPC not
 * checked, never judged on the routes that were linked.
 */
class InlineRoutesInPlansTest {
  @TempDir Path dir;

  private static String vpc(String name, String cidr) {
    return PlanChanges.change(
        "aws_vpc." + name, "aws_vpc", "{\"cidr_block\": \"" + cidr + "\"}", "{\"id\": true}");
  }

  private static String peering(String name) {
    return PlanChanges.change(
        "aws_vpc_peering_connection." + name,
        "aws_vpc_peering_connection",
        "{\"auto_accept\": true}",
        "{\"id\": true, \"vpc_id\": true, \"peer_vpc_id\": true}");
  }

  /** A table of {@code routes} inline routes whose peering only apply knows. */
  private static String table(String name, String... cidrs) {
    StringBuilder routes = new StringBuilder();
    StringBuilder unknown = new StringBuilder();
    for (String cidr : cidrs) {
      routes.append(routes.length() == 0 ? "" : ", ");
      routes.append(
          "{\"cidr_block\": \""
              + cidr
              + "\", \"gateway_id\": \"\", \"nat_gateway_id\": \"\","
              + " \"vpc_peering_connection_id\": null}");
      unknown.append(unknown.length() == 0 ? "" : ", ");
      unknown.append("{\"vpc_peering_connection_id\": true}");
    }
    return PlanChanges.change(
        "aws_route_table." + name,
        "aws_route_table",
        "{\"route\": [" + routes + "]}",
        "{\"id\": true, \"vpc_id\": true, \"route\": [" + unknown + "]}");
  }

  private static String refs(String... addresses) {
    StringBuilder out = new StringBuilder();
    for (String address : addresses) {
      out.append(out.length() == 0 ? "" : ", ");
      out.append("\"" + address + ".id\", \"" + address + "\"");
    }
    return "{\"references\": [" + out + "]}";
  }

  private static String configured(String address, String expressions) {
    return "{\"address\": \""
        + address
        + "\", \"mode\": \"managed\", \"expressions\": {"
        + expressions
        + "}}";
  }

  private static String peeringConfig(String name, String requester, String accepter) {
    return configured(
        "aws_vpc_peering_connection." + name,
        "\"vpc_id\": "
            + refs("aws_vpc." + requester)
            + ", \"peer_vpc_id\": "
            + refs("aws_vpc." + accepter));
  }

  private static String tableConfig(String name, String vpc, String route) {
    return configured(
        "aws_route_table." + name,
        "\"vpc_id\": " + refs("aws_vpc." + vpc) + ", \"route\": " + route);
  }

  private List<String> findings(List<String> changes, List<String> configuration) throws Exception {
    String json =
        "{\"format_version\": \"1.2\", \"resource_changes\": ["
            + String.join(", ", changes)
            + "], \"configuration\": {\"root_module\": {\"resources\": ["
            + String.join(", ", configuration)
            + "]}}}";
    return InputCases.planJsonFindings(dir, json, "PF-NET-010").stream()
        .map(f -> f.substring("PF-NET-010 ".length()))
        .sorted()
        .toList();
  }

  private static final List<String> TWO_VPCS =
      List.of(vpc("hub", "10.0.0.0/16"), vpc("prod", "10.1.0.0/16"), peering("hub_prod"));

  private static List<String> with(List<String> base, String... more) {
    List<String> all = new java.util.ArrayList<>(base);
    all.addAll(List.of(more));
    return all;
  }

  @Test
  void routesConfiguredBlockByBlockAreLinkedToTheirPeering() throws Exception {
    String block =
        "[{\"cidr_block\": {\"constant_value\": \"%s\"}, \"vpc_peering_connection_id\": "
            + refs("aws_vpc_peering_connection.hub_prod")
            + "}]";
    assertThat(
            findings(
                with(TWO_VPCS, table("hub", "10.1.0.0/16"), table("prod", "10.0.0.0/16")),
                List.of(
                    peeringConfig("hub_prod", "prod", "hub"),
                    tableConfig("hub", "hub", block.formatted("10.1.0.0/16")),
                    tableConfig("prod", "prod", block.formatted("10.0.0.0/16")))))
        .isEmpty();
  }

  @Test
  void routesWhoseTableReferencesOnePeeringAreLinkedToIt() throws Exception {
    String route = refs("aws_vpc_peering_connection.hub_prod");
    assertThat(
            findings(
                with(TWO_VPCS, table("hub", "10.1.0.0/16"), table("prod", "10.0.0.0/16")),
                List.of(
                    peeringConfig("hub_prod", "prod", "hub"),
                    tableConfig("hub", "hub", route),
                    tableConfig("prod", "prod", route))))
        .isEmpty();
  }

  @Test
  void aRouteThatCouldBeEitherOfTwoPeeringsLeavesThemNotCheckedNotUnused() throws Exception {
    assertThat(
            findings(
                with(
                    TWO_VPCS,
                    vpc("dev", "10.2.0.0/16"),
                    peering("hub_dev"),
                    table("hub", "10.1.0.0/16", "10.2.0.0/16"),
                    table("prod", "10.0.0.0/16"),
                    table("dev", "10.0.0.0/16")),
                List.of(
                    peeringConfig("hub_prod", "prod", "hub"),
                    peeringConfig("hub_dev", "dev", "hub"),
                    tableConfig(
                        "hub",
                        "hub",
                        refs(
                            "aws_vpc_peering_connection.hub_prod",
                            "aws_vpc_peering_connection.hub_dev")),
                    tableConfig("prod", "prod", refs("aws_vpc_peering_connection.hub_prod")),
                    tableConfig("dev", "dev", refs("aws_vpc_peering_connection.hub_dev")))))
        .containsExactly(
            "peering aws_vpc_peering_connection.hub_dev: route tables of aws_vpc.hub route"
                + " through a peering the input does not name (known only after apply), so whether"
                + " it carries traffic both ways cannot be checked",
            "peering aws_vpc_peering_connection.hub_prod: route tables of aws_vpc.hub route"
                + " through a peering the input does not name (known only after apply), so whether"
                + " it carries traffic both ways cannot be checked");
  }

  /**
   * A reference that names no peering (hostile, or cut short) links to none, and breaks nothing.
   */
  @Test
  void aReferenceThatNamesNoPeeringLeavesTheRouteNotChecked() throws Exception {
    String cut =
        "{\"references\": [\"aws_vpc_peering_connection.\", \"aws_vpc_peering_connection\"]}";
    assertThat(
            findings(
                with(TWO_VPCS, table("hub", "10.1.0.0/16"), table("prod", "10.0.0.0/16")),
                List.of(
                    peeringConfig("hub_prod", "prod", "hub"),
                    tableConfig("hub", "hub", cut),
                    tableConfig("prod", "prod", refs("aws_vpc_peering_connection.hub_prod")))))
        .containsExactly(
            "peering aws_vpc_peering_connection.hub_prod: route tables of aws_vpc.hub route"
                + " through a peering the input does not name (known only after apply), so whether"
                + " it carries traffic both ways cannot be checked");
  }

  /** The findings for a hub table whose route list only apply knows, configured as {@code hub}. */
  private List<String> withHubRoutesUnknown(String hub) throws Exception {
    String table =
        PlanChanges.change(
            "aws_route_table.hub", "aws_route_table", "{}", "{\"id\": true, \"route\": true}");
    return findings(
        with(TWO_VPCS, table, table("prod", "10.0.0.0/16")),
        List.of(
            peeringConfig("hub_prod", "prod", "hub"),
            configured("aws_route_table.hub", "\"vpc_id\": " + refs("aws_vpc.hub") + hub),
            tableConfig("prod", "prod", refs("aws_vpc_peering_connection.hub_prod"))));
  }

  @Test
  void aTableWhoseRoutesOnlyApplyKnowsLeavesItsPeeringsNotChecked() throws Exception {
    assertThat(withHubRoutesUnknown(", \"route\": {\"references\": [\"var.routes\"]}"))
        .containsExactly(
            "peering aws_vpc_peering_connection.hub_prod: route tables of aws_vpc.hub route"
                + " through a peering the input does not name (known only after apply), so whether"
                + " it carries traffic both ways cannot be checked");
  }

  /**
   * The provider computes a table's route list when the configuration leaves it out (routes are
   * then aws_route resources): a plan marks it unknown, and that is no route at all.
   */
  @Test
  void aRouteListTheConfigurationLeavesOutIsNoRoute() throws Exception {
    assertThat(withHubRoutesUnknown(""))
        .containsExactly(
            "peering aws_vpc_peering_connection.hub_prod is one-sided: route tables of aws_vpc.prod"
                + " send traffic into it (aws_route_table.prod) but no route table of aws_vpc.hub"
                + " routes back through it");
  }
}
