package io.payflow.platform.policies;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Placement AWS enforces at apply. AWS creates a DB subnet group only with subnets in two zones,
 * and any subnet group only with the subnets of one VPC. A development spoke whose data subnets lie
 * in one zone passed `payflow validate` and failed at apply. Lists of subnets linked only in part
 * (an ID of a subnet outside the input beside a reference) were judged on the part: an EKS cluster
 * "in one zone", a production node group "in one zone", an interface endpoint priced for fewer
 * zones than it has. A node group in subnets of another VPC than its cluster's passed too.
 */
class SubnetGroupsTest {
  @TempDir Path dir;

  private static final String SUBNETS =
      "'aws_vpc': {'main': {'cidr_block': '10.1.0.0/16'}, 'other': {'cidr_block': '10.9.0.0/16'}},"
          + " 'aws_subnet': {'a': {'vpc_id': '${aws_vpc.main.id}', 'cidr_block': '10.1.0.0/24',"
          + " 'availability_zone': 'us-east-1a'},"
          + " 'a2': {'vpc_id': '${aws_vpc.main.id}', 'cidr_block': '10.1.1.0/24',"
          + " 'availability_zone': 'us-east-1a'},"
          + " 'b': {'vpc_id': '${aws_vpc.main.id}', 'cidr_block': '10.1.2.0/24',"
          + " 'availability_zone': 'us-east-1b'},"
          + " 'x': {'vpc_id': '${aws_vpc.other.id}', 'cidr_block': '10.9.0.0/24',"
          + " 'availability_zone': 'us-east-1b'}}";

  /** The findings of {@code rules} for the subnets above and {@code resources}. */
  private List<String> findings(String resources, String... rules) throws Exception {
    return InputCases.findings(dir, "production", SUBNETS + ", " + resources, rules);
  }

  private static String group(String type, String name, String subnets) {
    return "'"
        + type
        + "': {'"
        + name
        + "': {'name': '"
        + name
        + "', 'subnet_ids': "
        + subnets
        + "}}";
  }

  @Test
  void aDbSubnetGroupInOneZoneIsAFinding() throws Exception {
    assertThat(
            findings(
                group("aws_db_subnet_group", "g", "['${aws_subnet.a.id}', '${aws_subnet.a2.id}']"),
                "PF-NET-014"))
        .containsExactly(
            "PF-NET-014 DB subnet group aws_db_subnet_group.g: its subnets lie in one availability"
                + " zone (us-east-1a); AWS creates a DB subnet group only with subnets in at least"
                + " two");
    assertThat(
            findings(group("aws_docdb_subnet_group", "d", "['${aws_subnet.a.id}']"), "PF-NET-014"))
        .hasSize(1);
  }

  @Test
  void twoZonesOrACacheGroupInOneZonePass() throws Exception {
    assertThat(
            findings(
                group("aws_db_subnet_group", "g", "['${aws_subnet.a.id}', '${aws_subnet.b.id}']")
                    + ", "
                    + group("aws_elasticache_subnet_group", "c", "['${aws_subnet.a.id}']"),
                "PF-NET-014"))
        .isEmpty();
  }

  @Test
  void aGroupOverTwoVpcsIsAFinding() throws Exception {
    assertThat(
            findings(
                group(
                    "aws_elasticache_subnet_group",
                    "c",
                    "['${aws_subnet.a.id}', '${aws_subnet.x.id}']"),
                "PF-NET-014"))
        .containsExactly(
            "PF-NET-014 subnet group aws_elasticache_subnet_group.c: its subnets lie in 2 VPCs"
                + " (aws_vpc.main, aws_vpc.other); AWS creates a subnet group only with the subnets"
                + " of one VPC");
  }

  /** An ID of a subnet outside the input, alone or beside a reference: not judged on the rest. */
  @Test
  void aGroupWithSubnetsOutsideTheInputCannotBeCheckedAndSaysSo() throws Exception {
    String cannot =
        "PF-NET-014 subnet group aws_db_subnet_group.g: not every subnet it lists could be linked"
            + " to a subnet of the input, so whether AWS can create it cannot be checked";
    assertThat(
            findings(
                group("aws_db_subnet_group", "g", "['subnet-0abc', 'subnet-0def']"), "PF-NET-014"))
        .containsExactly(cannot);
    assertThat(
            findings(
                group("aws_db_subnet_group", "g", "['${aws_subnet.a.id}', 'subnet-0def']"),
                "PF-NET-014"))
        .containsExactly(cannot);
  }

  @Test
  void anEksClusterWithSubnetsLinkedInPartIsNotJudgedOnThatPart() throws Exception {
    String cluster =
        "'aws_eks_cluster': {'c': {'name': 'prod', 'role_arn': 'arn:aws:iam::1:role/eks',"
            + " 'version': '1.35', 'vpc_config': {'subnet_ids': %s,"
            + " 'endpoint_public_access': false, 'endpoint_private_access': true}}}";
    String cannot =
        "PF-EKS-006 EKS cluster aws_eks_cluster.c: not every subnet it lists could be linked to a"
            + " subnet of the input, so whether its subnets span two zones cannot be checked";
    assertThat(
            findings(String.format(cluster, "['${aws_subnet.a.id}', 'subnet-0def']"), "PF-EKS-006"))
        .containsExactly(cannot);
    // Silent before: no subnet linked, none judged.
    assertThat(findings(String.format(cluster, "['subnet-0abc', 'subnet-0def']"), "PF-EKS-006"))
        .containsExactly(cannot);
    assertThat(
            findings(
                String.format(cluster, "['${aws_subnet.a.id}', '${aws_subnet.b.id}']"),
                "PF-EKS-006"))
        .isEmpty();
  }

  @Test
  void aProductionNodeGroupWithSubnetsLinkedInPartHasUnknownZones() throws Exception {
    assertThat(
            findings(
                "'aws_eks_node_group': {'n': {'cluster_name': 'prod', 'node_group_name': 'n',"
                    + " 'node_role_arn': 'arn:aws:iam::1:role/n', 'subnet_ids':"
                    + " ['${aws_subnet.a.id}', 'subnet-0def'], 'scaling_config': {'desired_size':"
                    + " 2, 'max_size': 3, 'min_size': 1}}}",
                "PF-HA-001"))
        .containsExactly(
            "PF-HA-001 production node group aws_eks_node_group.n: its zones are unknown until"
                + " apply (subnets cannot be traced)");
  }

  /** In a plan, a list of subnets some of which only apply knows, and a data source's. */
  @Test
  void aPlannedGroupWhoseSubnetsArePartlyADataSourceCannotBeChecked() throws Exception {
    String plan =
        "{'format_version': '1.2', 'resource_changes': ["
            + PlanChanges.change(
                "aws_vpc.main", "aws_vpc", "{'cidr_block': '10.1.0.0/16'}", "{'id': true}")
            + ", "
            + PlanChanges.change(
                "aws_subnet.a",
                "aws_subnet",
                "{'cidr_block': '10.1.0.0/24', 'availability_zone': 'us-east-1a'}",
                "{'id': true, 'vpc_id': true}")
            + ", "
            + PlanChanges.change(
                "aws_db_subnet_group.g",
                "aws_db_subnet_group",
                "{'name': 'g', 'subnet_ids': ['subnet-0def', null]}",
                "{'subnet_ids': [false, true]}")
            + "], 'configuration': {'root_module': {'resources': ["
            + "{'address': 'aws_subnet.a', 'mode': 'managed', 'expressions': {'vpc_id':"
            + " {'references': ['aws_vpc.main.id', 'aws_vpc.main']}}},"
            + "{'address': 'aws_db_subnet_group.g', 'mode': 'managed', 'expressions':"
            + " {'subnet_ids': {'references': ['data.aws_subnet.b.id', 'data.aws_subnet.b',"
            + " 'aws_subnet.a.id', 'aws_subnet.a']}}}]}}}";
    Input input = InputCases.read(dir, "plan.json", plan);
    assertThat(input.facts().facts().subnetGroups())
        .singleElement()
        .satisfies(
            g -> {
              assertThat(g.subnets()).containsExactly("aws_subnet.a");
              assertThat(g.unknown()).containsExactly("subnets");
            });
    assertThat(
            InputCases.evaluate(input).findings().stream()
                .filter(f -> f.ruleId().equals("PF-NET-014"))
                .map(Finding::message))
        .containsExactly(
            "subnet group aws_db_subnet_group.g: not every subnet it lists could be linked to a"
                + " subnet of the input, so whether AWS can create it cannot be checked");
  }

  private static final String DB =
      "'identifier': '%s', 'engine': 'postgres', 'engine_version': '16.4', 'instance_class':"
          + " 'db.t3.micro', 'allocated_storage': 20, 'manage_master_user_password': true,"
          + " 'username': 'x'";

  private static String db(String name, String more) {
    return "'" + name + "': {" + String.format(DB, name) + more + "}";
  }

  /** A database or cache that names no subnet group lands in the default VPC; it passed. */
  @Test
  void aDatabaseOrCacheInNoSubnetGroupIsAFinding() throws Exception {
    String groups =
        group("aws_db_subnet_group", "g", "['${aws_subnet.a.id}', '${aws_subnet.b.id}']")
            + ", "
            + group("aws_elasticache_subnet_group", "c", "['${aws_subnet.a.id}']");
    assertThat(
            findings(
                groups
                    + ", 'aws_db_instance': {"
                    + db("none", "")
                    + ", "
                    + db("empty", ", 'db_subnet_group_name': ''")
                    + ", "
                    + db("byref", ", 'db_subnet_group_name': '${aws_db_subnet_group.g.name}'")
                    + ", "
                    + db("byname", ", 'db_subnet_group_name': 'g'")
                    + ", "
                    + db("elsewhere", ", 'db_subnet_group_name': 'made-by-hand'")
                    + ", 'replica': {'identifier': 'replica', 'instance_class': 'db.t3.micro',"
                    + " 'replicate_source_db': '${aws_db_instance.byref.identifier}'}"
                    + ", 'lost': {'identifier': 'lost', 'instance_class': 'db.t3.micro',"
                    + " 'replicate_source_db': 'arn:aws:rds:us-west-2:1:db:elsewhere'}}"
                    + ", 'aws_elasticache_replication_group': {'r': {'replication_group_id': 'r',"
                    + " 'description': 'r', 'node_type': 'cache.t3.micro', 'num_cache_clusters': 1},"
                    + " 'placed': {'replication_group_id': 'p', 'description': 'p', 'node_type':"
                    + " 'cache.t3.micro', 'num_cache_clusters': 1, 'subnet_group_name':"
                    + " '${aws_elasticache_subnet_group.c.name}'}}"
                    + ", 'aws_elasticache_cluster': {'member': {'cluster_id': 'm',"
                    + " 'replication_group_id': '${aws_elasticache_replication_group.placed.id}'}}",
                "PF-NET-015"))
        .containsExactlyInAnyOrder(
            "PF-NET-015 database aws_db_instance.none names no subnet group, so AWS places it in"
                + " the account's default VPC, outside the estate's networks (or refuses it where"
                + " the account has none)",
            "PF-NET-015 database aws_db_instance.empty names no subnet group, so AWS places it in"
                + " the account's default VPC, outside the estate's networks (or refuses it where"
                + " the account has none)",
            "PF-NET-015 cache aws_elasticache_replication_group.r names no subnet group, so AWS"
                + " places it in the account's default VPC, outside the estate's networks (or"
                + " refuses it where the account has none)",
            "PF-NET-015 database aws_db_instance.elsewhere: the subnet group it names could not be"
                + " linked to one of the input, so where AWS places it cannot be checked",
            "PF-NET-015 database aws_db_instance.lost: the subnet group it names could not be"
                + " linked to one of the input, so where AWS places it cannot be checked");
  }

  /** A plan marks unknown the group its configuration leaves out: AWS's default, not a group. */
  @Test
  void aPlannedDatabaseWhoseConfigurationNamesNoGroupIsInTheDefaultVpc() throws Exception {
    String plan =
        "{'format_version': '1.2', 'resource_changes': ["
            + PlanChanges.change(
                "aws_db_instance.d",
                "aws_db_instance",
                "{" + String.format(DB, "d") + "}",
                "{'db_subnet_group_name': true, 'id': true}")
            + "], 'configuration': {'root_module': {'resources': ["
            + "{'address': 'aws_db_instance.d', 'mode': 'managed', 'expressions':"
            + " {'identifier': {'constant_value': 'd'}}}]}}}";
    Input input = InputCases.read(dir, "plan.json", plan);
    assertThat(
            InputCases.evaluate(input).findings().stream()
                .filter(f -> f.ruleId().equals("PF-NET-015"))
                .map(Finding::message))
        .containsExactly(
            "database aws_db_instance.d names no subnet group, so AWS places it in the account's"
                + " default VPC, outside the estate's networks (or refuses it where the account"
                + " has none)");
  }

  private static final String CLUSTER =
      "'aws_eks_cluster': {'c': {'name': 'prod', 'role_arn': 'arn:aws:iam::1:role/eks',"
          + " 'version': '1.35', 'vpc_config': {'subnet_ids': ['${aws_subnet.a.id}',"
          + " '${aws_subnet.b.id}'], 'endpoint_public_access': false, 'endpoint_private_access':"
          + " true}}}";

  private static String nodeGroup(String cluster, String subnets) {
    return "'aws_eks_node_group': {'n': {'cluster_name': '"
        + cluster
        + "', 'node_group_name': 'n', 'node_role_arn': 'arn:aws:iam::1:role/n', 'subnet_ids': "
        + subnets
        + ", 'scaling_config': {'desired_size': 2, 'max_size': 3, 'min_size': 1}}}";
  }

  @Test
  void aNodeGroupInAnotherVpcThanItsClusterIsAFinding() throws Exception {
    assertThat(
            findings(
                CLUSTER
                    + ", "
                    + nodeGroup(
                        "${aws_eks_cluster.c.name}",
                        "['${aws_subnet.a.id}', '${aws_subnet.x.id}']"),
                "PF-EKS-007"))
        .containsExactly(
            "PF-EKS-007 node group aws_eks_node_group.n: its subnets lie in aws_vpc.other, not in"
                + " its cluster aws_eks_cluster.c's VPC aws_vpc.main; AWS creates a node group only"
                + " in its cluster's VPC");
    // Named by the cluster's name, in its VPC.
    assertThat(
            findings(
                CLUSTER + ", " + nodeGroup("prod", "['${aws_subnet.a.id}', '${aws_subnet.b.id}']"),
                "PF-EKS-007"))
        .isEmpty();
    assertThat(
            findings(
                CLUSTER + ", " + nodeGroup("elsewhere", "['${aws_subnet.a.id}']"), "PF-EKS-007"))
        .containsExactly(
            "PF-EKS-007 node group aws_eks_node_group.n: its cluster could not be linked to one of"
                + " the input, so whether it lies in the cluster's VPC cannot be checked");
  }

  /** The reference topology's development spoke, its second data subnet taken away. */
  @Test
  void aTopologyWhoseDataSubnetsLieInOneZoneIsAFinding() throws Exception {
    String example = Files.readString(Paths.locate("examples/payflow.yaml"));
    assertThat(
            InputCases.evaluate(Inputs.read(Paths.locate("examples/payflow.yaml"), "payflow.yaml"))
                .findings()
                .stream()
                .filter(f -> f.ruleId().startsWith("PF-NET-01")))
        .isEmpty();
    String oneZone =
        example
            .lines()
            .filter(l -> !l.contains("development-data-b"))
            .reduce("", (a, l) -> a + l + "\n");
    assertThat(oneZone).isNotEqualTo(example);
    Path file = Files.writeString(dir.resolve("payflow.yaml"), oneZone);
    assertThat(
            InputCases.evaluate(Inputs.read(file, "payflow.yaml")).findings().stream()
                .filter(f -> f.ruleId().equals("PF-NET-014"))
                .map(f -> f.address() + " " + f.message()))
        .containsExactly(
            "development.subnet_groups.database DB subnet group"
                + " development.subnet_groups.database: its subnets lie in one availability zone"
                + " (us-east-1a); AWS creates a DB subnet group only with subnets in at least two");
  }
}
