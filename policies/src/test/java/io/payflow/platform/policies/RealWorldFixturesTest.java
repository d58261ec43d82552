package io.payflow.platform.policies;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every real plan and CDKTF file from public projects (shared/fixtures/real-world, sources in its
 * SOURCES.md) is read without error, its facts match a golden file and the schema, and it raises
 * the findings its SOURCES.md entry describes. Update the goldens with {@code ./mvnw -pl policies
 * test -Dpayflow.updateGolden=true}.
 */
class RealWorldFixturesTest {
  /**
   * shared/ stands beside the checkout (as in CI); the files are not copied into the repository.
   */
  private static final Path GOLDEN = Paths.locate("policies/src/test/resources/real-world-golden");

  private static PolicyEngine engine;

  /** What each file contains, per SOURCES.md: rule id to number of findings. */
  private static final Map<String, Map<String, Integer>> EXPECTED =
      Map.ofEntries(
          // Their subnet_ids are placeholders ('10.165.77.0/24', '1'): no VPC can be linked, so
          // PF-NET-006 says it could not check the clusters' endpoints; their Kubernetes version is
          // known only after apply, so PF-EKS-004 says it could not check their support.
          Map.entry(
              "checkov__plan_nested_child_modules__tfplan.json",
              // The three clusters are all named 'test': two would fail apply (PF-APPLY-001).
              // Their subnet_ids hold a CIDR, no subnet: the zones cannot be checked (PF-EKS-006).
              Map.of(
                  "PF-APPLY-001", 2,
                  "PF-EKS-001", 3,
                  "PF-EKS-002", 3,
                  "PF-EKS-003", 3,
                  "PF-EKS-004", 3,
                  "PF-EKS-006", 3,
                  "PF-NET-006", 3)),
          // The node group's disks are sized by its launch template, which is not priced. The
          // cluster's subnet_ids are placeholders ('1', '2'), no subnets: PF-EKS-006 cannot check.
          // Nor can its node group's zones be traced, in no environment the plan tells: whether
          // production's zone rule applies cannot be told (PF-HA-001).
          Map.entry(
              "terracost__testdata-aws__eks-plan.json",
              Map.of(
                  "PF-HA-001",
                  1,
                  "PF-COST-003",
                  1,
                  "PF-EKS-001",
                  1,
                  "PF-EKS-002",
                  1,
                  "PF-EKS-003",
                  1,
                  "PF-EKS-004",
                  1,
                  "PF-EKS-006",
                  1,
                  "PF-NET-006",
                  1)),
          // Both module instances create RDS 'demodb' and IAM role 'MyRDSMonitoringRole'.
          Map.entry(
              "infracost__testdata__terraform_v0.14_plan.json",
              // The DB subnet groups list IDs of subnets the plan does not have (PF-NET-014); the
              // new database names its group through a local value a plan does not record
              // (PF-NET-015 cannot check it; the other is linked by its group's ID). The new
              // database's storage_type comes from a module variable the plan leaves unknown, so
              // its storage is unpriced (PF-COST-003), no longer gp3's price. Neither database
              // encrypts its storage (storage_encrypted false: PF-SEC-004). Both run MySQL 5.7.19,
              // in RDS Extended Support since 2024-02-29 (PF-RDS-001).
              Map.of(
                  "PF-RDS-001",
                  2,
                  "PF-SEC-004",
                  2,
                  "PF-APPLY-001",
                  2,
                  "PF-NET-014",
                  2,
                  "PF-NET-015",
                  1,
                  "PF-SEC-001",
                  2,
                  "PF-COST-003",
                  1)),
          // The database names no subnet group: AWS places it in the default VPC (PF-NET-015).
          Map.entry(
              "policy-engine__tfplan-sensitive__plan.json",
              // Its database leaves storage_encrypted unset: off (PF-SEC-004); it is single-AZ in
              // no environment the plan tells, so production's zone rule cannot be checked
              // (PF-HA-001). MySQL 5.7 is in RDS Extended Support (PF-RDS-001).
              Map.of(
                  "PF-NET-015",
                  1,
                  "PF-SEC-001",
                  1,
                  "PF-SEC-004",
                  1,
                  "PF-HA-001",
                  1,
                  "PF-RDS-001",
                  1)),
          Map.entry("regula__resource_view_06_tf_v1_0__infra.json", Map.of("PF-NET-001", 6)),
          Map.entry("checkov__lock__fail.cdk.tf.json", Map.of("PF-STATE-002", 1)),
          // One security group rule open to the world on a group that is not the bastion: one
          // finding naming both faults. Its stack keeps local state (no backend block).
          Map.entry(
              "ec2RuntimeMonitor__root__cdk.tf.json", Map.of("PF-NET-007", 1, "PF-STATE-001", 1)),
          // Its ALB and its Auto Scaling group are billed and have no price model: unpriced.
          Map.entry(
              "terraform-compliance__test_issue-249__plan.out.json",
              Map.of("PF-NET-007", 3, "PF-COST-003", 2)),
          Map.entry("checkov__example_SecretManagerSecretEncrypted__tfplan.json", Map.of()),
          // CDKTF stacks with a local backend: the estate's state must be remote.
          Map.entry("checkov__terraform_json-examples__cdk.tf.json", Map.of("PF-STATE-001", 1)),
          // Its EKS cluster and VPCs come only as module calls, which Terraform JSON does not
          // hold: each is unresolved and unpriced, with the remote backend.
          Map.entry(
              "multi-cloud-k8s-boilerplate__stacks-playground__cdk.tf.json",
              Map.of("PF-INPUT-001", 5, "PF-COST-003", 4)),
          Map.entry("regula__cdktf.out__posts-dev.tf.json", Map.of("PF-STATE-001", 1)),
          // associate_public_ip_address is set from a variable only apply resolves, and the
          // instance's subnet is not in the plan: whether it pays for an IPv4 address is unknown.
          Map.entry("terracost__examples__tfstate-json.json", Map.of("PF-COST-003", 1)),
          // for_each gives two IAM roles the same name '1234'.
          Map.entry(
              "terraform-compliance__actions_for_each_and_modules__plan.out.json",
              Map.of("PF-APPLY-001", 1)),
          Map.entry("terraform-compliance__test_issue-158__plan.out.json", Map.of()),
          // Its Auto Scaling group's instances are billed and have no price model: unpriced.
          Map.entry(
              "trivy-checks__examples-terraform-plan__tfplan.json", Map.of("PF-COST-003", 1)));

  /** What each file leaves unresolved, and why: everything else it declares became facts. */
  private static final Map<String, List<String>> UNRESOLVED =
      Map.of(
          "multi-cloud-k8s-boilerplate__stacks-playground__cdk.tf.json",
          List.of(
              "playground.backend.remote: backend 'remote' is not judged (payflow checks state"
                  + " isolation, encryption and locking of S3 backends)",
              "playground:module.aks_BAB83E91: a module call: the resources it declares are not in"
                  + " Terraform JSON (check the plan, which has them)",
              "playground:module.aks_vnet_CD5E95BE: a module call: the resources it declares are not in"
                  + " Terraform JSON (check the plan, which has them)",
              "playground:module.eks_B1A34D59: a module call: the resources it declares are not in"
                  + " Terraform JSON (check the plan, which has them)",
              "playground:module.eks_vpc_924ECCC8: a module call: the resources it declares are not in"
                  + " Terraform JSON (check the plan, which has them)"));

  /** Clear-text secrets these public files contain; none may reach facts or findings. */
  private static final List<String> SECRETS = List.of("YourPwdShouldBeLongAndSecure!", "foobarbaz");

  @BeforeAll
  static void loadEngine() throws PolicyEvaluationException {
    engine = PolicyEngine.builder().today(java.time.LocalDate.parse("2026-11-27")).build();
  }

  private static List<Path> files() throws Exception {
    try (Stream<Path> files = Files.list(SharedFixtures.realWorld())) {
      return files.filter(p -> p.toString().endsWith(".json")).sorted().toList();
    }
  }

  private static Map<String, Integer> declared(Facts facts) {
    Map<String, Integer> out = new TreeMap<>();
    facts.source().coverage().forEach((type, c) -> out.put(type, c.declared()));
    out.remove("terraform_backend");
    return out;
  }

  @Test
  void theTerraformAwsModulesVpcSubnetsAreLinkedToTheirVpcAndMarkedInferred() throws Exception {
    String name = "terraform-compliance__test_issue-158__plan.out.json";
    Facts facts = Inputs.read(SharedFixtures.realWorld().resolve(name), name).facts().facts();
    assertThat(facts.networks())
        .singleElement()
        .satisfies(
            vpc -> {
              assertThat(vpc.address()).isEqualTo("module.vpc.aws_vpc.this[0]");
              assertThat(vpc.subnets())
                  .extracting(Facts.Subnet::cidr)
                  .containsExactlyInAnyOrder(
                      "10.0.1.0/24",
                      "10.0.2.0/24",
                      "10.0.3.0/24",
                      "10.0.101.0/24",
                      "10.0.102.0/24",
                      "10.0.103.0/24");
              assertThat(vpc.subnets())
                  .allSatisfy(s -> assertThat(s.inferred()).containsExactly("vpc_id"));
            });
  }

  /**
   * Any two real-world files given together (as a CI gate over several stacks would) are read as
   * one estate: never an evaluation error, never a lost finding of either file.
   */
  @Test
  void everyPairOfFilesIsEvaluatedTogether() throws Exception {
    List<Path> all = files();
    List<Input> inputs = new java.util.ArrayList<>();
    for (Path file : all) {
      inputs.add(Inputs.read(file, file.getFileName().toString()));
    }
    int pairs = 0;
    for (int i = 0; i < inputs.size(); i++) {
      for (int j = i + 1; j < inputs.size(); j++) {
        Input a = inputs.get(i);
        Input b = inputs.get(j);
        Report report = engine.evaluate(FactsMerge.of(List.of(a, b)).facts());
        Map<String, Integer> alone = new TreeMap<>(EXPECTED.get(a.name()));
        EXPECTED.get(b.name()).forEach((id, n) -> alone.merge(id, n, Integer::sum));
        Map<String, Integer> together =
            new TreeMap<>(
                report.findings().stream()
                    .collect(
                        Collectors.groupingBy(Finding::ruleId, Collectors.summingInt(f -> 1))));
        // Together, rules across inputs (overlaps, duplicate names) may find more, never less.
        alone.forEach(
            (id, n) ->
                assertThat(together.getOrDefault(id, 0))
                    .as(a.name() + " + " + b.name() + " " + id)
                    .isGreaterThanOrEqualTo(n));
        pairs++;
      }
    }
    assertThat(pairs).isEqualTo(all.size() * (all.size() - 1) / 2);
  }

  @Test
  void everyFixtureHasAnExpectation() throws Exception {
    assertThat(files())
        .extracting(p -> p.getFileName().toString())
        .containsExactlyInAnyOrderElementsOf(EXPECTED.keySet());
  }

  @TestFactory
  Stream<DynamicTest> readsEveryFileIntoGoldenFactsAndExpectedFindings() throws Exception {
    return files().stream()
        .map(
            file ->
                DynamicTest.dynamicTest(
                    file.getFileName().toString(),
                    () -> {
                      String name = file.getFileName().toString();
                      Input input = Inputs.read(file, name);
                      String facts = input.facts().json();
                      FactsSchema.assertValid(facts, name);
                      Path golden = GOLDEN.resolve(name.replace(".json", ".facts.json"));
                      if (Boolean.getBoolean("payflow.updateGolden")) {
                        Files.writeString(golden, facts);
                      }
                      assertThat(facts).isEqualTo(Files.readString(golden));
                      Report report = engine.evaluate(input.facts());
                      Map<String, Integer> counts =
                          new TreeMap<>(
                              report.findings().stream()
                                  .collect(
                                      Collectors.groupingBy(
                                          Finding::ruleId, Collectors.summingInt(f -> 1))));
                      assertThat(counts).as(name).isEqualTo(new TreeMap<>(EXPECTED.get(name)));
                      Facts typed = input.facts().facts();
                      assertThat(
                              typed.unresolved().stream()
                                  .map(u -> u.address() + ": " + u.reason())
                                  .toList())
                          .as(name)
                          .isEqualTo(UNRESOLVED.getOrDefault(name, List.of()));
                      assertThat(DeclaredResources.count(file))
                          .as(name + ": every resource the rules read is facts or unresolved")
                          .isEqualTo(declared(typed));
                      typed
                          .source()
                          .coverage()
                          .forEach(
                              (type, c) ->
                                  assertThat(c.declared())
                                      .as(name + " " + type)
                                      .isEqualTo(c.facts() + c.unresolved()));
                      for (String secret : SECRETS) {
                        assertThat(facts).doesNotContain(secret);
                        assertThat(report.findings())
                            .allSatisfy(f -> assertThat(f.toString()).doesNotContain(secret));
                      }
                    }));
  }
}
