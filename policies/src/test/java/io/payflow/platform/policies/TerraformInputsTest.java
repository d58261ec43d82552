package io.payflow.platform.policies;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The Terraform adapters on small plans and configurations written for one behaviour each. */
class TerraformInputsTest {
  @TempDir Path dir;
  private static PolicyEngine engine;

  @BeforeAll
  static void loadEngine() throws PolicyEvaluationException {
    engine = PolicyEngine.builder().today(java.time.LocalDate.parse("2026-11-27")).build();
  }

  private Input read(String name, String json) throws Exception {
    Path file = Files.writeString(dir.resolve(name), json.replace('\'', '"'));
    return Inputs.read(file, name);
  }

  private Report evaluate(String name, String json) throws Exception {
    Input input = read(name, json);
    FactsSchema.assertValid(input.facts().json(), name);
    return engine.evaluate(input.facts());
  }

  /** A plan of format 1.2 with these resource changes, read as p.json. */
  private Input readPlan(String... changes) throws Exception {
    return read("p.json", plan("1.2", String.join(",", changes)));
  }

  private static String plan(String version, String changes) {
    return "{'format_version': '"
        + version
        + "', 'terraform_version': '1.9.8', 'resource_changes': ["
        + changes
        + "]}";
  }

  private static String change(
      String address, String type, String actions, String after, String afterUnknown) {
    return "{'address': '"
        + address
        + "', 'mode': 'managed', 'type': '"
        + type
        + "', 'name': 'x', 'change': {'actions': "
        + actions
        + ", 'after': "
        + after
        + ", 'after_unknown': "
        + afterUnknown
        + "}}";
  }

  private static String taggedVpc(String name, String tags) {
    return change(
        "aws_vpc." + name,
        "aws_vpc",
        "['create']",
        "{'cidr_block': '10.2.0.0/16', 'tags_all': {'Environment': 'development'" + tags + "}}",
        "{}");
  }

  /**
   * A plan's resources carry their environment's cost intent in their tags; others are not read.
   */
  @Test
  void costIntentTagsOfAPlansResourcesSetTheirEnvironment() throws Exception {
    Input input =
        read(
            "p.json",
            plan(
                "1.2",
                taggedVpc(
                        "a",
                        ", 'payflow:hours-per-month': '200', 'payflow:budget-usd': '75.5',"
                            + " 'Owner': 'team', 'payflow:other': '1'")
                    + ","
                    + taggedVpc("b", ", 'payflow:hours-per-month': ' 200 '")));
    assertThat(input.facts().facts().environments())
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.name()).isEqualTo("development");
              assertThat(e.hoursPerMonth()).isEqualTo(200);
              assertThat(e.budgetUsd()).isEqualByComparingTo("75.5");
            });
  }

  @Test
  void twoResourcesOfAnEnvironmentWithDifferentHoursAreAnInputError() {
    assertThatThrownBy(
            () ->
                readPlan(
                    taggedVpc("a", ", 'payflow:hours-per-month': '200'"),
                    taggedVpc("b", ", 'payflow:hours-per-month': '300'")))
        .isInstanceOf(InputException.class)
        .hasMessageContaining(
            "resource_changes[1].change.after.tags_all.payflow:hours-per-month: environment"
                + " development has payflow:hours-per-month '300' here and '200' at"
                + " resource_changes[0].change.after.tags_all.payflow:hours-per-month");
  }

  /** Each cost line's address, marked when it has no price. */
  private static List<String> costLines(Input input) throws InputException {
    return input.facts().facts().costs().stream()
        .map(c -> c.address() + (c.monthlyUsd() == null ? " (unpriced)" : ""))
        .toList();
  }

  private static String tagged(String type, String name, String after, String afterUnknown) {
    String values = after.substring(0, after.length() - 1);
    return change(
        type + "." + name,
        type,
        "['create']",
        values + (values.endsWith("{") ? "" : ", ") + "'tags': {'Environment': 'production'}}",
        afterUnknown);
  }

  /**
   * What only apply knows is never priced as if it were known: an instance type, a node count, a
   * disk, a cluster's log types, an endpoint's zones, a database's second zone or storage, a
   * cache's node count. What the provider defaults when it is omitted is priced at that default.
   */
  @Test
  void aCostOnlyApplyKnowsIsUnpricedNotGuessed() throws Exception {
    Input input =
        read(
            "p.json",
            plan(
                "1.2",
                String.join(
                    ",",
                    tagged(
                        "aws_eks_node_group",
                        "known",
                        "{'instance_types': ['m5.large'], 'scaling_config': [{'desired_size': 2}],"
                            + " 'disk_size': 50}",
                        "{}"),
                    tagged(
                        "aws_eks_node_group",
                        "defaults",
                        "{'scaling_config': [{'desired_size': 1}]}",
                        "{}"),
                    tagged(
                        "aws_eks_node_group",
                        "type_unknown",
                        "{'scaling_config': [{'desired_size': 2}]}",
                        "{'instance_types': true}"),
                    tagged(
                        "aws_eks_node_group",
                        "size_unknown",
                        "{'instance_types': ['m5.large'], 'scaling_config': [{}]}",
                        "{'scaling_config': [{'desired_size': true}]}"),
                    tagged(
                        "aws_eks_node_group",
                        "disk_unknown",
                        "{'instance_types': ['m5.large'], 'scaling_config': [{'desired_size': 1}]}",
                        "{'disk_size': true}"),
                    tagged(
                        "aws_eks_node_group",
                        "from_template",
                        "{'scaling_config': [{'desired_size': 2}],"
                            + " 'launch_template': [{'version': '1'}]}",
                        "{}"),
                    tagged(
                        "aws_eks_node_group",
                        "disk_from_template",
                        "{'instance_types': ['m5.large'], 'scaling_config': [{'desired_size': 2}],"
                            + " 'launch_template': [{'version': '1'}]}",
                        "{'disk_size': true}"),
                    tagged(
                        "aws_eks_cluster",
                        "logs_unknown",
                        "{'name': 'c', 'vpc_config': [{'subnet_ids': []}]}",
                        "{'enabled_cluster_log_types': true}"),
                    tagged(
                        "aws_vpc_endpoint",
                        "zones_unknown",
                        "{'vpc_endpoint_type': 'Interface', 'service_name': 'com.amazonaws.eu-west-1.ecr.api'}",
                        "{'subnet_ids': true}"),
                    tagged(
                        "aws_db_instance",
                        "az_unknown",
                        "{'engine': 'postgres', 'instance_class': 'db.t3.micro',"
                            + " 'allocated_storage': 20}",
                        "{'multi_az': true}"),
                    tagged(
                        "aws_db_instance",
                        "storage_unknown",
                        "{'engine': 'postgres', 'instance_class': 'db.t3.micro', 'multi_az': false}",
                        "{'allocated_storage': true}"),
                    tagged(
                        "aws_elasticache_replication_group",
                        "nodes_unknown",
                        "{'node_type': 'cache.t3.micro'}",
                        "{'num_cache_clusters': true}"),
                    tagged(
                        "aws_elasticache_replication_group",
                        "replicas_unknown",
                        "{'node_type': 'cache.t3.micro', 'num_node_groups': 3}",
                        "{'replicas_per_node_group': true}"),
                    tagged(
                        "aws_elasticache_replication_group",
                        "shards_known",
                        "{'node_type': 'cache.t3.micro', 'num_node_groups': 3,"
                            + " 'replicas_per_node_group': 1}",
                        "{}"))));
    assertThat(costLines(input))
        .containsExactlyInAnyOrder(
            "aws_eks_node_group.known: Nodes (2 x m5.large)",
            "aws_eks_node_group.known: Node root volumes (100 GB gp3)",
            "aws_eks_node_group.defaults: Nodes (1 x t3.medium)",
            "aws_eks_node_group.defaults: Node root volumes (20 GB gp3)",
            "aws_eks_node_group.type_unknown: EKS node group of an instance type unknown until"
                + " apply or set by its launch template (unpriced)",
            "aws_eks_node_group.from_template: EKS node group of an instance type unknown until"
                + " apply or set by its launch template (unpriced)",
            "aws_eks_node_group.disk_from_template: Nodes (2 x m5.large)",
            "aws_eks_node_group.disk_from_template: Node root volumes set by the group's launch"
                + " template (unpriced)",
            "aws_eks_node_group.size_unknown: EKS node group of a size unknown until apply"
                + " (unpriced)",
            "aws_eks_node_group.disk_unknown: Nodes (1 x m5.large)",
            "aws_eks_node_group.disk_unknown: Node root volumes of a size unknown until apply"
                + " (unpriced)",
            "aws_eks_cluster.logs_unknown: EKS control plane",
            "aws_eks_cluster.logs_unknown: Control-plane logs of types unknown until apply"
                + " (unpriced)",
            "aws_vpc_endpoint.zones_unknown: Interface endpoint in subnets unknown until apply"
                + " (unpriced)",
            "aws_db_instance.az_unknown: RDS instance whose Multi-AZ is unknown until apply"
                + " (unpriced)",
            "aws_db_instance.storage_unknown: RDS postgres db.t3.micro",
            "aws_db_instance.storage_unknown: RDS storage of a size unknown until apply"
                + " (unpriced)",
            "aws_elasticache_replication_group.nodes_unknown: ElastiCache nodes of a count"
                + " unknown until apply (unpriced)",
            "aws_elasticache_replication_group.replicas_unknown: ElastiCache nodes of a count"
                + " unknown until apply (unpriced)",
            "aws_elasticache_replication_group.shards_known: ElastiCache cache.t3.micro");
  }

  @Test
  void omittedEndpointPublicAccessIsPublicAsInAws() throws Exception {
    Report report =
        evaluate(
            "p.json",
            plan(
                "1.2",
                change(
                    "aws_eks_cluster.x",
                    "aws_eks_cluster",
                    "['create']",
                    "{'name': 'x', 'vpc_config': [{'subnet_ids': []}], 'tags': {'Environment': 'production'}}",
                    "{}")));
    assertThat(report.findings())
        .filteredOn(f -> f.ruleId().equals("PF-EKS-001"))
        .singleElement()
        .satisfies(f -> assertThat(f.environment()).isEqualTo("production"));
  }

  @Test
  void endpointKnownOnlyAfterApplyIsAFindingOfItsOwn() throws Exception {
    Report report =
        evaluate(
            "p.json",
            plan(
                "1.2",
                change(
                    "aws_eks_cluster.x",
                    "aws_eks_cluster",
                    "['create']",
                    "{'name': 'x', 'vpc_config': [{}]}",
                    "{'vpc_config': [{'endpoint_public_access': true, 'endpoint_private_access': true}]}")));
    assertThat(report.findings())
        .extracting(Finding::message)
        .contains(
            "EKS cluster aws_eks_cluster.x: endpoint_public_access is unknown until apply, so it may be public",
            "EKS cluster aws_eks_cluster.x: endpoint_private_access is unknown until apply");
  }

  /**
   * The VPC's default security group, when Terraform manages it, has inline rules like any other
   * group (instances launched without a group get it): SSH from anywhere on it is a finding. It was
   * not read, and such a rule passed.
   */
  @Test
  void theDefaultSecurityGroupsRulesAreJudgedLikeAnyGroups() throws Exception {
    Report report =
        evaluate(
            "dsg.tf.json",
            "{'resource': {'aws_vpc': {'hub': {'cidr_block': '10.0.0.0/16'}},"
                + " 'aws_default_security_group': {'d': {'vpc_id': '${aws_vpc.hub.id}', 'ingress': ["
                + "{'from_port': 22, 'to_port': 22, 'protocol': 'tcp', 'cidr_blocks': ['0.0.0.0/0']},"
                + "{'from_port': 443, 'to_port': 443, 'protocol': 'tcp', 'self': true}]}}}}");
    assertThat(report.findings())
        .extracting(Finding::ruleId, Finding::message)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                "PF-NET-007",
                "aws_default_security_group.d.ingress[0] allows SSH from 0.0.0.0/0, to a target that"
                    + " is not the bastion (other); only the bastion takes SSH"));
  }

  /**
   * AWS creates an EKS cluster only with subnets in two zones; a single-zone environment that gave
   * its cluster the one zone's subnets passed and failed at apply.
   */
  @Test
  void anEksClusterWithSubnetsInOneZoneIsAFinding() throws Exception {
    String subnets =
        "'aws_subnet': {'a': {'vpc_id': '${aws_vpc.dev.id}', 'cidr_block': '10.2.0.0/20', 'availability_zone': 'us-east-1a'},"
            + " 'a2': {'vpc_id': '${aws_vpc.dev.id}', 'cidr_block': '10.2.16.0/20', 'availability_zone': 'us-east-1a'},"
            + " 'b': {'vpc_id': '${aws_vpc.dev.id}', 'cidr_block': '10.2.32.0/20', 'availability_zone': 'us-east-1b'}}";
    String cluster =
        "{'resource': {'aws_vpc': {'dev': {'cidr_block': '10.2.0.0/16'}}, "
            + subnets
            + ", 'aws_eks_cluster': {'c': {'name': 'c', 'version': '1.35', 'vpc_config': {'subnet_ids': SUBNETS}}}}}";
    assertThat(
            evaluate(
                    "one.tf.json",
                    cluster.replace("SUBNETS", "['${aws_subnet.a.id}', '${aws_subnet.a2.id}']"))
                .findings())
        .filteredOn(f -> f.ruleId().equals("PF-EKS-006"))
        .extracting(Finding::message)
        .containsExactly(
            "EKS cluster aws_eks_cluster.c: its subnets lie in one availability zone (us-east-1a);"
                + " AWS creates a cluster only with subnets in at least two");
    assertThat(
            evaluate(
                    "two.tf.json",
                    cluster.replace("SUBNETS", "['${aws_subnet.a.id}', '${aws_subnet.b.id}']"))
                .ruleIds())
        .doesNotContain("PF-EKS-006");
  }

  /** AWS refuses to associate a subnet with another VPC's route table; it passed. */
  @Test
  void aRouteTableAssociatedWithAnotherVpcsSubnetIsAFinding() throws Exception {
    Report report =
        evaluate(
            "rta.tf.json",
            "{'resource': {'aws_vpc': {'hub': {'cidr_block': '10.0.0.0/16'}, 'spoke': {'cidr_block': '10.1.0.0/16'}},"
                + " 'aws_subnet': {'s': {'vpc_id': '${aws_vpc.spoke.id}', 'cidr_block': '10.1.0.0/24', 'availability_zone': 'us-east-1a'}},"
                + " 'aws_route_table': {'hubrt': {'vpc_id': '${aws_vpc.hub.id}'}},"
                + " 'aws_route_table_association': {'a': {'subnet_id': '${aws_subnet.s.id}', 'route_table_id': '${aws_route_table.hubrt.id}'}}}}");
    assertThat(report.findings())
        .extracting(Finding::ruleId, Finding::message)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                "PF-NET-013",
                "route table aws_route_table.hubrt of VPC aws_vpc.hub is associated with subnet"
                    + " aws_subnet.s of VPC aws_vpc.spoke; AWS associates a table only with subnets"
                    + " of its own VPC"));
  }

  /**
   * A subnet associated with two tables was an evaluation error (exit 3, nothing checked) as soon
   * as a reachability rule asked for its table; AWS refuses it, and it is a finding.
   */
  @Test
  void aSubnetInTwoRouteTablesIsAFindingNotAnEvaluationError() throws Exception {
    Report report =
        evaluate(
            "rta2.tf.json",
            "{'resource': {'aws_vpc': {'hub': {'cidr_block': '10.0.0.0/16'}},"
                + " 'aws_subnet': {'s': {'vpc_id': '${aws_vpc.hub.id}', 'cidr_block': '10.0.0.0/24', 'availability_zone': 'us-east-1a'}},"
                + " 'aws_route_table': {'a': {'vpc_id': '${aws_vpc.hub.id}'}, 'b': {'vpc_id': '${aws_vpc.hub.id}'}},"
                + " 'aws_route_table_association': {"
                + "'a': {'subnet_id': '${aws_subnet.s.id}', 'route_table_id': '${aws_route_table.a.id}'},"
                + " 'b': {'subnet_id': '${aws_subnet.s.id}', 'route_table_id': '${aws_route_table.b.id}'}},"
                + " 'aws_instance': {'bastion': {'ami': 'ami-1', 'instance_type': 't3.micro', 'subnet_id': '${aws_subnet.s.id}', 'tags': {'Name': 'bastion'}}},"
                + " 'aws_eks_cluster': {'c': {'name': 'c', 'version': '1.35', 'vpc_config': {'subnet_ids': ['${aws_subnet.s.id}']}}}}}");
    assertThat(report.findings())
        .filteredOn(f -> f.ruleId().equals("PF-NET-013"))
        .extracting(Finding::message)
        .containsExactly(
            "subnet aws_subnet.s is associated with 2 route tables (aws_route_table.a,"
                + " aws_route_table.b); AWS associates a subnet with one");
  }

  /**
   * AWS takes a protocol by its number as well as its name: SSH open to the world on protocol "6"
   * (TCP) passed every rule that reads ingress, which compared names only.
   */
  @Test
  void aProtocolGivenByItsNumberIsThatProtocol() throws Exception {
    Report report =
        evaluate(
            "proto.tf.json",
            "{'resource': {'aws_vpc': {'hub': {'cidr_block': '10.0.0.0/16'}},"
                + " 'aws_security_group': {'s': {'vpc_id': '${aws_vpc.hub.id}', 'ingress': [{'from_port': 22, 'to_port': 22, 'protocol': '6', 'cidr_blocks': ['0.0.0.0/0']}]}},"
                + " 'aws_security_group_rule': {'r': {'type': 'ingress', 'security_group_id': '${aws_security_group.s.id}', 'from_port': 22, 'to_port': 22, 'protocol': 6, 'cidr_blocks': ['0.0.0.0/0']}},"
                + " 'aws_vpc_security_group_ingress_rule': {'v': {'security_group_id': '${aws_security_group.s.id}', 'from_port': 22, 'to_port': 22, 'ip_protocol': '6', 'cidr_ipv4': '0.0.0.0/0'}}}}");
    assertThat(report.findings())
        .extracting(Finding::ruleId, Finding::address)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("PF-NET-007", "aws_security_group.s.ingress[0]"),
            org.assertj.core.groups.Tuple.tuple("PF-NET-007", "aws_security_group_rule.r"),
            org.assertj.core.groups.Tuple.tuple(
                "PF-NET-007", "aws_vpc_security_group_ingress_rule.v"));
  }

  /**
   * An IPv6 source an expression sets is the whole IPv6 internet, as an IPv4 one is: it was none.
   */
  @Test
  void anIpv6SourceAnExpressionSetsIsTheWorstCase() throws Exception {
    Report report =
        evaluate(
            "v6.tf.json",
            "{'resource': {'aws_security_group': {'s': {'ingress': [{'from_port': 22, 'to_port': 22,"
                + " 'protocol': 'tcp', 'ipv6_cidr_blocks': ['${var.admins_v6}']}], 'tags': {'Name': 'bastion'}}}}}");
    assertThat(report.findings())
        .extracting(Finding::ruleId, Finding::message)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                "PF-NET-007", "aws_security_group.s.ingress[0] allows SSH from ::/0"));
  }

  @Test
  void deletesAreSkippedAndNoOpsStillCount() throws Exception {
    String vpc = "{'cidr_block': '10.0.0.0/16'}";
    Report report =
        evaluate(
            "p.json",
            plan(
                "0.1",
                change("aws_vpc.a", "aws_vpc", "['no-op']", vpc, "{}")
                    + ","
                    + change("aws_vpc.b", "aws_vpc", "['create']", vpc, "{}")
                    + ","
                    + change("aws_vpc.c", "aws_vpc", "['delete']", "null", "{}")
                    + ","
                    // Terraform 1.7's removed block: the resource leaves the configuration's
                    // state, as a delete does (not a VPC whose range only apply knows).
                    + change("aws_vpc.d", "aws_vpc", "['forget']", "null", "{}")));
    assertThat(report.findings())
        .extracting(Finding::message)
        .containsExactly("VPC aws_vpc.a (10.0.0.0/16) overlaps VPC aws_vpc.b (10.0.0.0/16)");
  }

  @Test
  void omittedMultiAzIsSingleAzInProduction() throws Exception {
    Report report =
        evaluate(
            "p.json",
            plan(
                "1.0",
                change(
                    "aws_db_instance.x",
                    "aws_db_instance",
                    "['create']",
                    "{'engine': 'postgres', 'instance_class': 'db.t3.micro', 'manage_master_user_password': true, 'storage_encrypted': true, 'tags': {'Environment': 'production'}}",
                    "{}")));
    // It names no subnet group either: the default VPC (PF-NET-015).
    assertThat(report.ruleIds()).containsExactly("PF-HA-001", "PF-NET-015");
  }

  @Test
  void credentialsAreTracedThroughConfiguration() throws Exception {
    String json =
        "{'format_version': '1.1', 'resource_changes': ["
            + change(
                "aws_db_instance.a",
                "aws_db_instance",
                "['create']",
                "{'engine': 'postgres', 'instance_class': 'db.t3.micro', 'multi_az': true, 'storage_encrypted': true, 'password': 'from-a-tfvars-file'}",
                "{}")
            + ","
            + change(
                "aws_db_instance.b",
                "aws_db_instance",
                "['create']",
                "{'engine': 'postgres', 'instance_class': 'db.t3.micro', 'multi_az': true, 'storage_encrypted': true}",
                "{'password': true}")
            + "],"
            + "'configuration': {'root_module': {'resources': ["
            + "{'address': 'aws_db_instance.a', 'expressions': {'password': {'references': ['var.db_password']}}},"
            + "{'address': 'aws_db_instance.b', 'expressions': {'password': {'references': ['data.aws_secretsmanager_secret_version.db.secret_string', 'data.aws_secretsmanager_secret_version.db']}}}"
            + "]}}}";
    Input input = read("p.json", json);
    assertThat(input.facts().json())
        .doesNotContain("from-a-tfvars-file")
        .contains("\"source\" : \"variable\"")
        .contains("\"source\" : \"secrets_manager\"");
    assertThat(engine.evaluate(input.facts()).ruleIds())
        .containsExactly("PF-NET-015", "PF-SEC-002");
  }

  /**
   * An instance the configuration does not give associate_public_ip_address to (the plan shows it
   * unknown) takes its subnet's map_public_ip_on_launch: a public subnet's instance pays for its
   * IPv4 address, a private subnet's does not; one whose subnet cannot be told is unpriced.
   */
  @Test
  void anInstanceTakesItsSubnetsPublicAddressing() throws Exception {
    String subnet =
        "{'address': 'aws_subnet.%s', 'mode': 'managed', 'type': 'aws_subnet', 'name': '%s',"
            + " 'change': {'actions': ['create'], 'after': {'id': 'subnet-%s', 'vpc_id': 'vpc-1',"
            + " 'cidr_block': '10.1.%d.0/24', 'map_public_ip_on_launch': %s, 'tags':"
            + " {'Environment': 'production'}}, 'after_unknown': {}}}";
    String instance = "{'instance_type': 't3.micro', 'subnet_id': 'subnet-%s'}";
    Input input =
        readPlan(
            tagged("aws_vpc", "v", "{'id': 'vpc-1', 'cidr_block': '10.1.0.0/16'}", "{}"),
            String.format(subnet, "pub", "pub", "pub", 1, "true"),
            String.format(subnet, "priv", "priv", "priv", 2, "false"),
            tagged(
                "aws_instance",
                "in_public",
                String.format(instance, "pub"),
                "{'associate_public_ip_address': true}"),
            tagged(
                "aws_instance",
                "in_private",
                String.format(instance, "priv"),
                "{'associate_public_ip_address': true}"),
            tagged(
                "aws_instance",
                "bastion",
                String.format(instance, "pub"),
                "{'associate_public_ip_address': true}"),
            tagged(
                "aws_instance",
                "elsewhere",
                "{'instance_type': 't3.micro'}",
                "{'associate_public_ip_address': true, 'subnet_id': true}"));
    assertThat(input.facts().facts().bastions())
        .singleElement()
        .satisfies(b -> assertThat(b.publicIp()).isTrue());
    assertThat(costLines(input))
        .containsExactlyInAnyOrder(
            "aws_instance.bastion: EC2 t3.micro",
            "aws_instance.bastion: Root volume (8 GB gp3)",
            "aws_instance.bastion: Public IPv4 of aws_instance.bastion",
            "aws_instance.in_public: EC2 t3.micro",
            "aws_instance.in_public: Root volume (8 GB gp3)",
            "aws_instance.in_public: Public IPv4 of aws_instance.in_public",
            "aws_instance.in_private: EC2 t3.micro",
            "aws_instance.in_private: Root volume (8 GB gp3)",
            "aws_instance.elsewhere: EC2 t3.micro",
            "aws_instance.elsewhere: Root volume (8 GB gp3)",
            "aws_instance.elsewhere: Public IPv4 address, if any: known only after apply"
                + " (unpriced)");
  }

  /**
   * An endpoint whose subnets are created in the same plan: the plan knows its subnet ids only
   * after apply, and its configuration names the subnets, which are counted.
   */
  @Test
  void anEndpointIsPricedPerSubnetItsConfigurationNames() throws Exception {
    String subnet =
        "{'address': 'aws_subnet.%s', 'mode': 'managed', 'type': 'aws_subnet', 'name': '%s',"
            + " 'change': {'actions': ['create'], 'after': {'cidr_block': '10.1.%d.0/24',"
            + " 'tags': {'Environment': 'production'}}, 'after_unknown': {'id': true}}}";
    String json =
        "{'format_version': '1.2', 'resource_changes': ["
            + String.format(subnet, "a", "a", 1)
            + ","
            + String.format(subnet, "b", "b", 2)
            + ","
            + tagged(
                "aws_vpc_endpoint",
                "e",
                "{'vpc_endpoint_type': 'Interface', 'service_name': 'com.amazonaws.us-east-1.logs'}",
                "{'subnet_ids': true}")
            + "], 'configuration': {'root_module': {'resources': [{'address': 'aws_vpc_endpoint.e',"
            + " 'mode': 'managed', 'type': 'aws_vpc_endpoint', 'name': 'e', 'expressions':"
            + " {'subnet_ids': {'references': ['aws_subnet.a.id', 'aws_subnet.a', 'aws_subnet.b.id',"
            + " 'aws_subnet.b']}}}]}}}";
    Input input = read("p.json", json);
    assertThat(costLines(input)).containsExactly("aws_vpc_endpoint.e: Interface endpoint (2 AZ)");
  }

  /**
   * In a synthesized stack a list of references has a known length; a whole expression does not.
   */
  @Test
  void aCdktfExpressionIsPricedOnlyWhereItsShapeIsKnown() throws Exception {
    String json =
        "{'//': {'metadata': {'stackName': 'production'}},"
            + "'resource': {"
            + "'aws_vpc_endpoint': {"
            + "'two': {'vpc_endpoint_type': 'Interface', 'subnet_ids': ['${aws_subnet.a.id}', '${aws_subnet.b.id}']},"
            + "'some': {'vpc_endpoint_type': 'Interface', 'subnet_ids': '${var.subnet_ids}'}},"
            + "'aws_eks_node_group': {'g': {'instance_types': ['${var.type}'], 'scaling_config': {'desired_size': 2}}},"
            + "'aws_db_instance': {'db': {'engine': 'postgres', 'instance_class': 'db.t3.micro', 'multi_az': '${var.multi_az}', 'manage_master_user_password': true}}"
            + "}}";
    Input input = read("cdk.tf.json", json);
    assertThat(costLines(input))
        .containsExactlyInAnyOrder(
            "production:aws_vpc_endpoint.two: Interface endpoint (2 AZ)",
            "production:aws_vpc_endpoint.some: Interface endpoint in subnets unknown until apply"
                + " (unpriced)",
            "production:aws_eks_node_group.g: EKS node group of an instance type unknown until"
                + " apply or set by its launch template (unpriced)",
            "production:aws_db_instance.db: RDS instance whose Multi-AZ is unknown until apply"
                + " (unpriced)");
  }

  @Test
  void cdktfJsonReferencesAndLiterals() throws Exception {
    String json =
        "{'//': {'metadata': {'stackName': 'production'}},"
            + "'terraform': {'backend': {'s3': {'bucket': 'b', 'key': 'production/terraform.tfstate', 'encrypt': true, 'dynamodb_table': 'l'}}},"
            + "'resource': {"
            + "'aws_vpc': {'vpc': {'cidr_block': '10.1.0.0/16'}},"
            + "'aws_subnet': {'s': {'vpc_id': '${aws_vpc.vpc.id}', 'cidr_block': '10.9.0.0/24', 'availability_zone': 'us-east-1a'}},"
            + "'aws_db_instance': {'db': {'engine': 'postgres', 'instance_class': 'db.t3.micro', 'multi_az': true, 'storage_encrypted': true, 'password': 'hunter2hunter2'}}"
            + "}}";
    Input input = read("cdk.tf.json", json);
    assertThat(input.kind()).isEqualTo(InputKind.TERRAFORM_JSON);
    assertThat(input.facts().json()).doesNotContain("hunter2hunter2");
    Report report = engine.evaluate(input.facts());
    assertThat(report.ruleIds()).containsExactly("PF-NET-002", "PF-NET-015", "PF-SEC-001");
    assertThat(report.findings())
        .allSatisfy(f -> assertThat(f.environment()).isEqualTo("production"));
    assertThat(input.locate("resource.aws_db_instance.db"))
        .hasValueSatisfying(p -> assertThat(p.line()).isEqualTo(1));
  }

  @Test
  void unknownJsonKindIsAnInputError() {
    assertThatThrownBy(() -> read("x.json", "{'name': 'not terraform'}"))
        .isInstanceOf(InputException.class)
        .hasMessageStartingWith(
            "x.json: JSON of an unknown kind (expected a topology with environments, a plan");
  }

  @Test
  void unsupportedPlanFormatIsNamed() {
    assertThatThrownBy(() -> read("p.json", plan("2.0", "")))
        .hasMessage(
            "p.json: format_version: plan format '2.0' is not supported (expected 0.x or 1.x, as `terraform show -json` writes)");
  }

  @Test
  void wrongTypesWhereTheAdapterReadsAreNamedByPath() {
    assertThatThrownBy(
            () -> read("p.json", "{'format_version': '1.2', 'resource_changes': {'a': 1}}"))
        .hasMessage(
            "p.json:1:47: resource_changes: expected a list (is this file the output of `terraform show -json`, unedited?)");
    assertThatThrownBy(
            () ->
                read(
                    "p.json",
                    plan("1.2", change("aws_vpc.a", "aws_vpc", "['create']", "'oops'", "{}"))))
        .hasMessage(
            "p.json:1:197: resource_changes[0].change.after: expected an object of values (is this the unedited output of `terraform show -json`?)");
  }

  @Test
  void cidrThatDoesNotParseIsAnInputErrorWithItsPath() {
    assertThatThrownBy(
            () ->
                read(
                    "p.json",
                    plan(
                        "1.2",
                        change(
                            "aws_vpc.a",
                            "aws_vpc",
                            "['create']",
                            "{'cidr_block': '10.0.0.300/16'}",
                            "{}"))))
        .isInstanceOf(InputException.class)
        .hasMessage(
            "p.json:1:212: resource_changes[0].change.after.cidr_block: '10.0.0.300/16' is not an IPv4 CIDR (octet 300 is out of range (0-255))");
  }

  @Test
  void malformedJsonGivesLineAndColumn() {
    assertThatThrownBy(() -> read("p.json", "{'format_version': '1.2',\n 'resource_changes': [}"))
        .hasMessageStartingWith("p.json:2:")
        .hasMessageContaining("malformed JSON");
  }

  /** A manifest whose dev stack has {@code dev}, and the error it gives. */
  static Stream<Arguments> manifestsOfTheWrongShape() {
    String hub = "'hub': {'synthesizedStackPath': 'stacks/hub/cdk.tf.json', 'dependencies': []}";
    return Stream.of(
            Arguments.of(
                "'synthesizedStackPath': 7, 'dependencies': []",
                "cdktf.out/manifest.json: stacks.dev.synthesizedStackPath: expected a string"),
            Arguments.of(
                "'synthesizedStackPath': 'stacks/dev/cdk.tf.json', 'dependencies': 'hub'",
                "cdktf.out/manifest.json: stacks.dev.dependencies: expected a list of stack names"),
            Arguments.of(
                "'synthesizedStackPath': 'stacks/dev/cdk.tf.json', 'dependencies': [7]",
                "cdktf.out/manifest.json: stacks.dev.dependencies[0]: expected a stack name"),
            Arguments.of(
                "'synthesizedStackPath': 'stacks/dev/cdk.tf.json', 'dependencies': ['hub', 'hbu']",
                "cdktf.out/manifest.json: stacks.dev.dependencies[1]: 'hbu' is not a stack of this"
                    + " manifest (its stacks: dev, hub)"))
        .map(
            a ->
                Arguments.of("{'stacks': {" + hub + ", 'dev': {" + a.get()[0] + "}}}", a.get()[1]));
  }

  @ParameterizedTest
  @MethodSource("manifestsOfTheWrongShape")
  void aManifestOfTheWrongShapeIsAnInputError(String manifest, String message) throws Exception {
    Path out = dir.resolve("cdktf.out");
    Files.createDirectories(out.resolve("stacks/hub"));
    Files.createDirectories(out.resolve("stacks/dev"));
    Files.writeString(out.resolve("manifest.json"), manifest.replace('\'', '"'));
    String stack = "{'resource': {'aws_vpc': {'vpc': {'cidr_block': '10.0.0.0/16'}}}}";
    Files.writeString(out.resolve("stacks/hub/cdk.tf.json"), stack.replace('\'', '"'));
    Files.writeString(out.resolve("stacks/dev/cdk.tf.json"), stack.replace('\'', '"'));
    assertThatThrownBy(() -> Inputs.read(out, "cdktf.out"))
        .isInstanceOf(InputException.class)
        .hasMessage(message);
  }

  @Test
  void cdktfOutDirectoryIsOneEnvironmentPerStack() throws Exception {
    Path out = dir.resolve("cdktf.out");
    Files.createDirectories(out.resolve("stacks/hub"));
    Files.createDirectories(out.resolve("stacks/dev"));
    Files.writeString(
        out.resolve("manifest.json"),
        "{'stacks': {'hub': {'synthesizedStackPath': 'stacks/hub/cdk.tf.json', 'dependencies': []}, 'dev': {'synthesizedStackPath': 'stacks/dev/cdk.tf.json', 'dependencies': ['hub']}}}"
            .replace('\'', '"'));
    String stack =
        "{'terraform': {'backend': {'s3': {'bucket': 'b', 'key': 'shared.tfstate', 'encrypt': true, 'dynamodb_table': 'l'}}}, 'resource': {'aws_vpc': {'vpc': {'cidr_block': '10.0.0.0/16'}}}}";
    Files.writeString(out.resolve("stacks/hub/cdk.tf.json"), stack.replace('\'', '"'));
    Files.writeString(out.resolve("stacks/dev/cdk.tf.json"), stack.replace('\'', '"'));
    Input input = Inputs.read(out, "cdktf.out");
    assertThat(input.kind()).isEqualTo(InputKind.CDKTF_OUT);
    Report report = engine.evaluate(input.facts());
    // dev is a spoke of hub without a peering: PF-NET-008.
    assertThat(report.ruleIds()).containsExactly("PF-NET-001", "PF-NET-008", "PF-STATE-001");
    assertThat(report.findings()).extracting(Finding::address).contains("hub:aws_vpc.vpc");
    // A finding points into the stack file it came from, not just at the directory.
    Finding overlap =
        report.findings().stream()
            .filter(f -> f.ruleId().equals("PF-NET-001"))
            .findFirst()
            .orElseThrow();
    assertThat(input.locate(overlap.path()))
        .hasValueSatisfying(
            at -> {
              assertThat(at.file()).isEqualTo("cdktf.out/stacks/hub/cdk.tf.json");
              assertThat(at.line()).isEqualTo(1);
            });
    assertThat(List.of(input.facts().json()))
        .allSatisfy(json -> assertThat(json).contains("\"depends_on\" : [ \"hub\" ]"));
  }
}
