package io.payflow.platform.policies;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

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
                    + taggedVpc("b", ", 'payflow:hours-per-month': ' 200 '")
                    + ","
                    + taggedVpc("c", ", 'payflow:budget-usd': 75")));
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
                read(
                    "p.json",
                    plan(
                        "1.2",
                        taggedVpc("a", ", 'payflow:hours-per-month': '200'")
                            + ","
                            + taggedVpc("b", ", 'payflow:hours-per-month': '300'"))))
        .isInstanceOf(InputException.class)
        .hasMessageContaining(
            "resource_changes[1].change.after.tags_all.payflow:hours-per-month: environment"
                + " development has payflow:hours-per-month '300' here and '200' at"
                + " resource_changes[0].change.after.tags_all.payflow:hours-per-month");
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
                    + change("aws_vpc.c", "aws_vpc", "['delete']", "null", "{}")));
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
                    "{'engine': 'postgres', 'instance_class': 'db.t3.micro', 'manage_master_user_password': true, 'tags': {'Environment': 'production'}}",
                    "{}")));
    assertThat(report.ruleIds()).containsExactly("PF-HA-001");
  }

  @Test
  void credentialsAreTracedThroughConfiguration() throws Exception {
    String json =
        "{'format_version': '1.1', 'resource_changes': ["
            + change(
                "aws_db_instance.a",
                "aws_db_instance",
                "['create']",
                "{'engine': 'postgres', 'instance_class': 'db.t3.micro', 'password': 'from-a-tfvars-file'}",
                "{}")
            + ","
            + change(
                "aws_db_instance.b",
                "aws_db_instance",
                "['create']",
                "{'engine': 'postgres', 'instance_class': 'db.t3.micro'}",
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
    assertThat(engine.evaluate(input.facts()).ruleIds()).containsExactly("PF-SEC-002");
  }

  @Test
  void cdktfJsonReferencesAndLiterals() throws Exception {
    String json =
        "{'//': {'metadata': {'stackName': 'production'}},"
            + "'terraform': {'backend': {'s3': {'bucket': 'b', 'key': 'production/terraform.tfstate', 'encrypt': true, 'dynamodb_table': 'l'}}},"
            + "'resource': {"
            + "'aws_vpc': {'vpc': {'cidr_block': '10.1.0.0/16'}},"
            + "'aws_subnet': {'s': {'vpc_id': '${aws_vpc.vpc.id}', 'cidr_block': '10.9.0.0/24', 'availability_zone': 'us-east-1a'}},"
            + "'aws_db_instance': {'db': {'engine': 'postgres', 'instance_class': 'db.t3.micro', 'multi_az': true, 'password': 'hunter2hunter2'}}"
            + "}}";
    Input input = read("cdk.tf.json", json);
    assertThat(input.kind()).isEqualTo(InputKind.TERRAFORM_JSON);
    assertThat(input.facts().json()).doesNotContain("hunter2hunter2");
    Report report = engine.evaluate(input.facts());
    assertThat(report.ruleIds()).containsExactly("PF-NET-002", "PF-SEC-001");
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
