package io.payflow.platform.policies;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Routing facts from Terraform JSON, one behaviour each: tables, inline and separate routes, their
 * targets, associations, main tables, bastions; and what the reachability rules make of them.
 */
class RouteFactsTest {
  @TempDir Path dir;
  private static PolicyEngine engine;

  @BeforeAll
  static void loadEngine() throws PolicyEvaluationException {
    engine = PolicyEngine.builder().today(java.time.LocalDate.parse("2026-11-27")).build();
  }

  /** Two peered VPCs (hub 10.0/16 with a public subnet, spoke 10.1/16 with one private subnet). */
  private static final String NETWORK =
      "'aws_vpc': {'hub': {'cidr_block': '10.0.0.0/16'}, 'spoke': {'cidr_block': '10.1.0.0/16'}},"
          + "'aws_subnet': {"
          + "'pub': {'vpc_id': '${aws_vpc.hub.id}', 'cidr_block': '10.0.0.0/24',"
          + " 'map_public_ip_on_launch': true},"
          + "'priv': {'vpc_id': '${aws_vpc.spoke.id}', 'cidr_block': '10.1.16.0/20'}},"
          + "'aws_vpc_peering_connection': {'p': {'vpc_id': '${aws_vpc.spoke.id}',"
          + " 'peer_vpc_id': '${aws_vpc.hub.id}'}},"
          + "'aws_internet_gateway': {'igw': {'vpc_id': '${aws_vpc.hub.id}'}},";

  private Facts facts(String resources) throws Exception {
    Path file = dir.resolve("main.tf.json");
    Files.writeString(file, ("{'resource': {" + NETWORK + resources + "}}").replace('\'', '"'));
    Input input = Inputs.read(file, "main.tf.json");
    FactsSchema.assertValid(input.facts().json(), "main.tf.json");
    return input.facts().facts();
  }

  private Report evaluate(String resources) throws Exception {
    Path file = dir.resolve("main.tf.json");
    Files.writeString(file, ("{'resource': {" + NETWORK + resources + "}}").replace('\'', '"'));
    return engine.evaluate(Inputs.read(file, "main.tf.json").facts());
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "'gateway_id': 'local'|local|",
        "'gateway_id': 'igw-0abc'|igw|",
        "'gateway_id': 'vgw-0abc'|other|",
        "'gateway_id': '${aws_internet_gateway.igw.id}'|igw|",
        "'nat_gateway_id': 'nat-0abc'|nat|",
        "'transit_gateway_id': 'tgw-0abc'|transit_gateway|",
        "'vpc_peering_connection_id': '${aws_vpc_peering_connection.p.id}'|peering|aws_vpc_peering_connection.p",
        "'vpc_peering_connection_id': 'pcx-unknown'|peering|",
        "'egress_only_gateway_id': 'eigw-0abc'|other|",
        "'destination_ipv6_cidr_block': '::/0'|unknown|"
      })
  void aRoutesTargetIsReadFromTheAttributeThatIsSet(String target, String kind, String peering)
      throws Exception {
    Facts facts =
        facts(
            "'aws_route_table': {'t': {'vpc_id': '${aws_vpc.hub.id}'}},"
                + "'aws_route': {'r': {'route_table_id': '${aws_route_table.t.id}',"
                + " 'destination_cidr_block': '10.9.0.0/16', "
                + target
                + "}}");
    assertThat(facts.routes())
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.table()).isEqualTo("aws_route_table.t");
              assertThat(r.targetKind()).isEqualTo(kind);
              assertThat(r.target()).isEqualTo(peering);
              assertThat(r.destination()).isEqualTo("10.9.0.0/16");
            });
  }

  @Test
  void inlineRoutesAndAssociationsMakeTheTable() throws Exception {
    Facts facts =
        facts(
            "'aws_route_table': {'t': {'vpc_id': '${aws_vpc.spoke.id}', 'route': ["
                + "{'cidr_block': '10.0.0.0/16',"
                + " 'vpc_peering_connection_id': '${aws_vpc_peering_connection.p.id}'},"
                + "{'cidr_block': '${var.anywhere}', 'nat_gateway_id': 'nat-1'}]}},"
                + "'aws_route_table_association': {'a': {'subnet_id': '${aws_subnet.priv.id}',"
                + " 'route_table_id': '${aws_route_table.t.id}'}}");
    assertThat(facts.routeTables())
        .singleElement()
        .satisfies(
            t -> {
              assertThat(t.network()).isEqualTo("aws_vpc.spoke");
              assertThat(t.subnets()).containsExactly("aws_subnet.priv");
              assertThat(t.main()).isFalse();
            });
    assertThat(facts.routes())
        .extracting(Facts.Route::destination, Facts.Route::targetKind, Facts.Route::target)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                "10.0.0.0/16", "peering", "aws_vpc_peering_connection.p"),
            org.assertj.core.groups.Tuple.tuple(null, "nat", null));
  }

  @Test
  void theDefaultRouteTableIsTheMainOne() throws Exception {
    Facts facts =
        facts(
            "'aws_default_route_table': {'d': {'default_route_table_id':"
                + " '${aws_vpc.hub.default_route_table_id}'}}");
    assertThat(facts.routeTables())
        .singleElement()
        .satisfies(
            t -> {
              assertThat(t.main()).isTrue();
              assertThat(t.network()).isEqualTo("aws_vpc.hub");
            });
  }

  @Test
  void whatCannotBeLinkedIsUnresolvedNotDropped() throws Exception {
    Facts facts =
        facts(
            "'aws_route': {'r': {'route_table_id': 'rtb-0notinthisinput',"
                + " 'destination_cidr_block': '10.9.0.0/16', 'gateway_id': 'local'}},"
                + "'aws_route_table_association': {'a': {'subnet_id': '${aws_subnet.gone.id}',"
                + " 'route_table_id': 'rtb-0notinthisinput'}}");
    assertThat(facts.routes()).isEmpty();
    assertThat(facts.unresolved())
        .extracting(Facts.Unresolved::address)
        .containsExactlyInAnyOrder("aws_route.r", "aws_route_table_association.a");
    assertThat(facts.source().coverage().get("aws_route")).isEqualTo(new Facts.Coverage(1, 0, 1));
  }

  @Test
  void aBastionIsPlacedByItsSubnet() throws Exception {
    Facts facts =
        facts(
            "'aws_instance': {'bastion': {'subnet_id': '${aws_subnet.pub.id}',"
                + " 'associate_public_ip_address': true},"
                + " 'app': {'subnet_id': '${aws_subnet.priv.id}'},"
                + " 'jump': {'subnet_id': 'subnet-0unknown', 'tags': {'Name': 'Bastion host'}}}");
    assertThat(facts.bastions())
        .singleElement()
        .satisfies(
            b -> {
              assertThat(b.address()).isEqualTo("aws_instance.bastion");
              assertThat(b.subnet()).isEqualTo("aws_subnet.pub");
              assertThat(b.network()).isEqualTo("aws_vpc.hub");
              assertThat(b.publicIp()).isTrue();
            });
    assertThat(facts.unresolved())
        .extracting(Facts.Unresolved::address)
        .containsExactly("aws_instance.jump");
  }

  /** The whole path: a bastion, a cluster across a peering, and routes on one side only. */
  private static final String CLUSTER_AND_BASTION =
      "'aws_instance': {'bastion': {'subnet_id': '${aws_subnet.pub.id}',"
          + " 'associate_public_ip_address': true,"
          + " 'vpc_security_group_ids': ['${aws_security_group.bastion.id}']}},"
          + "'aws_security_group': {'bastion': {'vpc_id': '${aws_vpc.hub.id}'},"
          + " 'api': {'vpc_id': '${aws_vpc.spoke.id}'}},"
          + "'aws_vpc_security_group_ingress_rule': {'api-from-bastion': {"
          + " 'security_group_id': '${aws_security_group.api.id}', 'ip_protocol': 'tcp',"
          + " 'from_port': 443, 'to_port': 443,"
          + " 'referenced_security_group_id': '${aws_security_group.bastion.id}'}},"
          + "'aws_eks_cluster': {'eks': {'name': 'c', 'version': '1.35', 'role_arn': 'x',"
          + " 'vpc_config': {'subnet_ids': ['${aws_subnet.priv.id}'],"
          + " 'security_group_ids': ['${aws_security_group.api.id}'],"
          + " 'endpoint_private_access': true, 'endpoint_public_access': false}}},"
          + "'aws_route_table': {'pub': {'vpc_id': '${aws_vpc.hub.id}'},"
          + " 'priv': {'vpc_id': '${aws_vpc.spoke.id}'}},"
          + "'aws_route_table_association': {"
          + " 'pub': {'subnet_id': '${aws_subnet.pub.id}', 'route_table_id': '${aws_route_table.pub.id}'},"
          + " 'priv': {'subnet_id': '${aws_subnet.priv.id}', 'route_table_id': '${aws_route_table.priv.id}'}},";

  private static String route(String name, String table, String destination, String target) {
    return "'"
        + name
        + "': {'route_table_id': '${aws_route_table."
        + table
        + ".id}', 'destination_cidr_block': '"
        + destination
        + "', "
        + target
        + "}";
  }

  private static final String VIA_PEERING =
      "'vpc_peering_connection_id': '${aws_vpc_peering_connection.p.id}'";

  @Test
  void routesBothWaysReachTheClusterFromTheBastion() throws Exception {
    Report report =
        evaluate(
            CLUSTER_AND_BASTION
                + "'aws_route': {"
                + route(
                    "internet",
                    "pub",
                    "0.0.0.0/0",
                    "'gateway_id': '${aws_internet_gateway.igw.id}'")
                + ","
                + route("to-spoke", "pub", "10.1.0.0/16", VIA_PEERING)
                + ","
                + route("to-hub", "priv", "10.0.0.0/16", VIA_PEERING)
                + "}");
    assertThat(report.findings())
        .filteredOn(f -> List.of("PF-NET-009", "PF-NET-010").contains(f.ruleId()))
        .isEmpty();
  }

  @Test
  void aOneSidedPeeringLeavesTheClusterUnreachable() throws Exception {
    Report report =
        evaluate(
            CLUSTER_AND_BASTION
                + "'aws_route': {"
                + route("internet", "pub", "0.0.0.0/0", "'gateway_id': 'igw-0abc'")
                + ","
                + route("to-spoke", "pub", "10.1.0.0/16", VIA_PEERING)
                + "}");
    assertThat(report.findings())
        .filteredOn(f -> List.of("PF-NET-009", "PF-NET-010").contains(f.ruleId()))
        .extracting(f -> f.ruleId() + " " + f.message())
        .containsExactlyInAnyOrder(
            "PF-NET-009 EKS cluster aws_eks_cluster.eks is unreachable from bastion"
                + " aws_instance.bastion: route table aws_route_table.priv of aws_subnet.priv has"
                + " no route back to the bastion's subnet (10.0.0.0/24) through peering"
                + " aws_vpc_peering_connection.p",
            "PF-NET-010 peering aws_vpc_peering_connection.p is one-sided: route tables of"
                + " aws_vpc.hub send traffic into it (aws_route_table.pub) but no route table of"
                + " aws_vpc.spoke routes back through it");
  }
}
