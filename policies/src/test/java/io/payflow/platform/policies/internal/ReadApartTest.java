package io.payflow.platform.policies.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.payflow.platform.policies.InputException;
import io.payflow.platform.policies.PlanChanges;
import io.payflow.platform.policies.SharedFixtures;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A large input's security groups are read on another thread, and its linker's index built on
 * another: the facts, the order of their unresolved entries and the first error must be those of
 * reading every resource on one.
 */
class ReadApartTest {
  @TempDir Path dir;

  @AfterEach
  void restore() {
    ReadApart.from = 2_000;
  }

  private static String change(String type, String name, String after, String unknown) {
    return PlanChanges.change(type + "." + name, type, after, unknown);
  }

  private static String ingress(String cidr) {
    return "{\"ingress\": [{\"cidr_blocks\": [\""
        + cidr
        + "\"], \"from_port\": 22, \"to_port\": 22, \"protocol\": \"tcp\", \"security_groups\":"
        + " [], \"self\": false, \"ipv6_cidr_blocks\": []}], \"tags\": {\"Environment\":"
        + " \"production\"}}";
  }

  /**
   * Security groups open and not, rules whose direction only apply knows (unresolved, read apart),
   * subnets whose VPC cannot be linked and a bastion (unresolved, read in the main loop), in turn;
   * {@code bad} names the resource index to break and how.
   */
  private static String plan(int groups, int badGroup, int badEndpoint) {
    return plan(groups, badGroup, badEndpoint, -1);
  }

  private static String plan(int groups, int badGroup, int badEndpoint, int badPrice) {
    List<String> changes = new ArrayList<>();
    for (int i = 0; i < groups; i++) {
      changes.add(
          change(
              "aws_security_group",
              "sg" + i,
              ingress(i == badGroup ? "nonsense" : i % 2 == 0 ? "0.0.0.0/0" : "10.0.0.0/8"),
              "{}"));
      if (i % 3 == 0) {
        changes.add(
            change(
                "aws_security_group_rule",
                "rule" + i,
                "{\"from_port\": 22, \"to_port\": 22, \"protocol\": \"tcp\"}",
                "{\"type\": true}"));
        changes.add(
            change(
                "aws_subnet",
                "subnet" + i,
                "{\"cidr_block\": \"10.0." + i + ".0/24\"}",
                "{\"vpc_id\": true}"));
      }
      if (i == badEndpoint) {
        changes.add(
            change(
                "aws_vpc_endpoint", "endpoint" + i, "{\"service_name\": 5}", "{\"vpc_id\": true}"));
      }
      if (i % 5 == 0 || i == badPrice) {
        changes.add(
            change(
                "aws_db_instance",
                "db" + i,
                "{\"identifier\": \"db"
                    + i
                    + "\", \"engine\": \"postgres\", \"instance_class\": \"db.t3.micro\","
                    + " \"allocated_storage\": "
                    + (i == badPrice ? "\"lots\"" : "20")
                    + ", \"manage_master_user_password\": true}",
                "{}"));
      }
      if (i % 7 == 0) {
        changes.add(
            change(
                "aws_instance",
                "bastion" + i,
                "{\"instance_type\": \"t3.micro\"}",
                "{\"subnet_id\": true}"));
      }
    }
    return "{\"format_version\": \"1.2\", \"resource_changes\": ["
        + String.join(",", changes)
        + "]}";
  }

  private String facts(String text, int from) throws Exception {
    Path file = Files.writeString(dir.resolve("plan.json"), text);
    ReadApart.from = from;
    return InputReader.read(file, "plan.json").facts().json();
  }

  private String error(String text, int from) throws Exception {
    Path file = Files.writeString(dir.resolve("plan.json"), text);
    ReadApart.from = from;
    try {
      InputReader.read(file, "plan.json");
    } catch (InputException e) {
      return e.getMessage();
    }
    throw new AssertionError("the plan was read without an error");
  }

  @Test
  void theFactsAreThoseOfOneThreadUnresolvedEntriesInTheirOrder() throws Exception {
    String text = plan(60, -1, -1);
    String apart = facts(text, 0);
    assertThat(apart).isEqualTo(facts(text, Integer.MAX_VALUE));
    // Both threads found unresolved entries, interleaved by resource.
    var unresolved = FactsJson.read(apart).unresolved();
    assertThat(unresolved)
        .extracting(u -> u.type())
        .contains("aws_security_group_rule", "aws_subnet");
    assertThat(FactsJson.read(apart).ingressRules()).hasSize(60);
    assertThat(FactsJson.read(apart).costs()).isNotEmpty();
  }

  @Test
  void theFirstErrorIsTheOneOneThreadMeetsFirst() throws Exception {
    List<String> firsts = new ArrayList<>();
    int[][] cases = {
      {10, 40, -1},
      {40, 10, -1},
      {12, 12, -1},
      {12, -1, -1},
      {-1, 30, -1},
      {-1, -1, 20},
      {30, -1, 20},
      {20, -1, 30},
      {-1, 20, 30},
      {-1, 30, 20},
      {25, 25, 25}
    };
    for (int[] bad : cases) {
      String text = plan(60, bad[0], bad[1], bad[2]);
      String expected = error(text, Integer.MAX_VALUE);
      assertThat(error(text, 0))
          .as("group %d, endpoint %d, price %d", bad[0], bad[1], bad[2])
          .isEqualTo(expected);
      firsts.add(expected);
    }
    // Each of the three kinds of error is the first one in some case.
    assertThat(firsts)
        .anyMatch(e -> e.contains("cidr_blocks"))
        .anyMatch(e -> e.contains("service_name"))
        .anyMatch(e -> e.contains("allocated_storage"));
  }

  /**
   * The linker's index is built on another thread while the environments are read: an error in
   * these is still the one reported, as on one thread.
   */
  @Test
  void anEnvironmentsErrorIsReportedWhileTheLinkerIsBuiltApart() throws Exception {
    String text =
        plan(60, -1, -1)
            .replace(
                "\"tags\": {\"Environment\": \"production\"}",
                "\"tags\": {\"Environment\": \"production\", \"payflow:hours-per-month\": 5}");
    String expected = error(text, Integer.MAX_VALUE);
    assertThat(expected).contains("payflow:hours-per-month").contains("expected a string");
    assertThat(error(text, 0)).isEqualTo(expected);
  }

  /** Every real-world input, its security groups read apart or not, gives the same facts. */
  @Test
  void theRealWorldInputsReadTheSameApart() throws Exception {
    Path fixtures = SharedFixtures.realWorld();
    List<Path> inputs;
    try (Stream<Path> files = Files.list(fixtures)) {
      inputs = files.filter(p -> p.toString().endsWith(".json")).sorted().toList();
    }
    int withGroups = 0;
    for (Path input : inputs) {
      String name = input.getFileName().toString();
      ReadApart.from = Integer.MAX_VALUE;
      String one = InputReader.read(input, name).facts().json();
      ReadApart.from = 0;
      assertThat(InputReader.read(input, name).facts().json()).as(name).isEqualTo(one);
      withGroups += one.contains("\"ingress_rules\" : [ ]") ? 0 : 1;
    }
    assertThat(withGroups).as("inputs with ingress rules").isPositive();
  }
}
