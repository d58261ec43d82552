package io.payflow.platform.policies;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Links in plans as Terraform writes them for the most used modules: count, for_each and module
 * instances, values unknown until apply, and only the configuration's references to follow.
 */
class PlanLinkingTest {
  @TempDir Path dir;
  private static PolicyEngine engine;

  @BeforeAll
  static void loadEngine() throws PolicyEvaluationException {
    engine = PolicyEngine.builder().today(java.time.LocalDate.parse("2026-11-27")).build();
  }

  private static String change(String address, String type, String after, String unknown) {
    return PlanChanges.change(address, type, after, unknown);
  }

  private static String subnet(String address, String cidr) {
    return change(
        address,
        "aws_subnet",
        "{'cidr_block':'" + cidr + "','availability_zone':'us-east-1a'}",
        "{'vpc_id':true}");
  }

  private static String vpc(String address, String cidr) {
    return change(address, "aws_vpc", "{'cidr_block':'" + cidr + "'}", "{'id':true}");
  }

  private static String refs(String address, String attribute, String... refs) {
    return "{'address':'"
        + address
        + "','mode':'managed','expressions':{'"
        + attribute
        + "':{'references':['"
        + String.join("','", refs)
        + "']}}}";
  }

  private Input plan(String changes, String configuration) throws Exception {
    String json =
        "{'format_version':'1.2','resource_changes':["
            + changes
            + "],'configuration':{'root_module':"
            + configuration
            + "}}";
    Path file = Files.writeString(dir.resolve("plan.json"), json.replace('\'', '"'));
    Input input = Inputs.read(file, "plan.json");
    FactsSchema.assertValid(input.facts().json(), "plan.json");
    return input;
  }

  @Test
  void countAndForEachSubnetsInAModuleAreLinkedThroughLocalsAndIndexedReferences()
      throws Exception {
    Input input =
        plan(
            String.join(
                ",",
                vpc("module.vpc.aws_vpc.this[0]", "10.1.0.0/16"),
                subnet("module.vpc.aws_subnet.private[0]", "10.1.1.0/24"),
                subnet("module.vpc.aws_subnet.private[1]", "10.9.0.0/24"),
                subnet("module.vpc.aws_subnet.public[\\\"us-east-1a\\\"]", "10.1.1.0/25")),
            "{'module_calls':{'vpc':{'module':{'resources':["
                + refs("aws_subnet.private", "vpc_id", "local.vpc_id")
                + ","
                + refs(
                    "aws_subnet.public",
                    "vpc_id",
                    "aws_vpc.this[0].id",
                    "aws_vpc.this[0]",
                    "aws_vpc.this")
                + "]}}}}");
    Facts.Network network = input.facts().facts().networks().get(0);
    assertThat(network.subnets())
        .extracting(Facts.Subnet::address, s -> s.inferred())
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                "module.vpc.aws_subnet.private[0]", List.of("vpc_id")),
            org.assertj.core.groups.Tuple.tuple(
                "module.vpc.aws_subnet.private[1]", List.of("vpc_id")),
            org.assertj.core.groups.Tuple.tuple(
                "module.vpc.aws_subnet.public[\"us-east-1a\"]", List.of()));
    assertThat(engine.evaluate(input.facts()).findings())
        .extracting(Finding::ruleId, Finding::address)
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple("PF-NET-002", "module.vpc.aws_subnet.private[1]"),
            org.assertj.core.groups.Tuple.tuple("PF-NET-003", "module.vpc.aws_subnet.private[0]"));
  }

  @Test
  void referencesThroughModuleInputsAndOutputsAreFollowed() throws Exception {
    Input input =
        plan(
            String.join(
                ",",
                vpc("module.core.aws_vpc.main", "10.1.0.0/16"),
                subnet("aws_subnet.edge", "10.1.0.0/24"),
                subnet("module.app.aws_subnet.app", "10.1.0.128/25")),
            "{'resources':["
                + refs("aws_subnet.edge", "vpc_id", "module.core.vpc_id", "module.core")
                + "],"
                + "'module_calls':{"
                + "'core':{'module':{'outputs':{'vpc_id':{'expression':{'references':['aws_vpc.main.id','aws_vpc.main']}}},'resources':[]}},"
                + "'app':{'expressions':{'vpc_id':{'references':['module.core.vpc_id','module.core']}},"
                + "'module':{'resources':["
                + refs("aws_subnet.app", "vpc_id", "var.vpc_id")
                + "]}}}}");
    Facts.Network network = input.facts().facts().networks().get(0);
    assertThat(network.subnets())
        .extracting(Facts.Subnet::address)
        .containsExactly("aws_subnet.edge", "module.app.aws_subnet.app");
    assertThat(network.subnets()).allSatisfy(s -> assertThat(s.inferred()).isEmpty());
    assertThat(engine.evaluate(input.facts()).ruleIds()).containsExactly("PF-NET-003");
  }

  @Test
  void aPeeringLinkedOnlyByReferencesMakesAnOverlapCritical() throws Exception {
    Input input =
        plan(
            String.join(
                ",",
                vpc("aws_vpc.hub", "10.0.0.0/16"),
                vpc("aws_vpc.spoke", "10.0.128.0/17"),
                change(
                    "aws_vpc_peering_connection.p",
                    "aws_vpc_peering_connection",
                    "{'auto_accept':true}",
                    "{'vpc_id':true,'peer_vpc_id':true}")),
            "{'resources':[{'address':'aws_vpc_peering_connection.p','mode':'managed','expressions':{"
                + "'vpc_id':{'references':['aws_vpc.spoke.id','aws_vpc.spoke']},"
                + "'peer_vpc_id':{'references':['aws_vpc.hub.id','aws_vpc.hub']}}}]}");
    assertThat(input.facts().facts().peerings())
        .extracting(Facts.Peering::requester, Facts.Peering::accepter)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("aws_vpc.spoke", "aws_vpc.hub"));
    assertThat(engine.evaluate(input.facts()).findings())
        .extracting(Finding::ruleId, Finding::severity, Finding::message)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                "PF-NET-001",
                Severity.CRITICAL,
                "VPC aws_vpc.hub (10.0.0.0/16) overlaps VPC aws_vpc.spoke (10.0.128.0/17); they are peered"));
  }

  @Test
  void aLocalInAModuleWithTwoVpcsIsUnresolvedAndReported() throws Exception {
    Input input =
        plan(
            String.join(
                ",",
                vpc("module.net.aws_vpc.a", "10.1.0.0/16"),
                vpc("module.net.aws_vpc.b", "10.2.0.0/16"),
                subnet("module.net.aws_subnet.s", "10.3.0.0/24")),
            "{'module_calls':{'net':{'module':{'resources':["
                + refs("aws_subnet.s", "vpc_id", "local.vpc_id")
                + "]}}}}");
    Facts facts = input.facts().facts();
    assertThat(facts.networks()).allSatisfy(n -> assertThat(n.subnets()).isEmpty());
    assertThat(facts.source().coverage().get("aws_subnet")).isEqualTo(new Facts.Coverage(1, 0, 1));
    assertThat(engine.evaluate(input.facts()).findings())
        .extracting(Finding::ruleId, Finding::message)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                "PF-INPUT-001",
                "aws_subnet module.net.aws_subnet.s was not checked: vpc_id refers to local.vpc_id, which plan JSON does not record, and module.net declares 2 aws_vpc (a local is linked only when exactly one is declared)"));
  }

  @Test
  void aSubnetWithNoConfigurationAndAnUnknownVpcIsUnresolved() throws Exception {
    Input input =
        plan(
            String.join(
                ",", vpc("aws_vpc.a", "10.1.0.0/16"), subnet("aws_subnet.s", "10.1.0.0/24")),
            "{}");
    assertThat(input.facts().facts().unresolved())
        .extracting(Facts.Unresolved::reason)
        .containsExactly(
            "vpc_id is known only after apply, and no configuration says what it refers to");
  }
}
