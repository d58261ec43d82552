package io.payflow.platform.policies;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every rule's fixtures (the same files the Rego unit tests read), evaluated through the compiled
 * Wasm that ships: a {@code fail*} case must raise the rule, a {@code pass*} case must not. Each
 * fixture is also checked against the facts schema.
 */
class RuleFixturesTest {
  private static final Path FIXTURES = Paths.locate("policies/src/test/rego/fixtures");

  /** The day fixtures are judged on, pinned so dated rules give the same answer every day. */
  static final java.time.LocalDate TODAY = java.time.LocalDate.parse("2026-11-27");

  private static PolicyEngine engine;

  @BeforeAll
  static void loadEngine() throws PolicyEvaluationException {
    engine = PolicyEngine.builder().today(TODAY).build();
  }

  /** A fixture judged on another day says so in a today.txt beside it. */
  private static PolicyEngine engineFor(Path facts) throws Exception {
    Path today = facts.resolveSibling("today.txt");
    return Files.exists(today)
        ? PolicyEngine.builder()
            .today(java.time.LocalDate.parse(Files.readString(today).strip()))
            .build()
        : engine;
  }

  private static List<Path> cases() throws IOException {
    try (Stream<Path> files = Files.walk(FIXTURES)) {
      return files.filter(p -> p.getFileName().toString().equals("facts.json")).sorted().toList();
    }
  }

  /**
   * The engine derives a document's cost summary from its lines; {@code opa test} reads the fixture
   * as written, so the two must agree or the Rego tests would judge other totals.
   */
  private static void assertCostSummaryIsDerived(String json) throws Exception {
    ObjectMapper exact =
        new ObjectMapper()
            .enable(
                com.fasterxml.jackson.databind.DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
    com.fasterxml.jackson.databind.JsonNode written = exact.readTree(json).path("cost_summary");
    com.fasterxml.jackson.databind.JsonNode derived =
        exact
            .readTree(
                io.payflow.platform.policies.internal.FactsInput.withCostSummary(
                    io.payflow.platform.policies.internal.FactsInput.check(json)))
            .path("cost_summary");
    java.util.Comparator<com.fasterxml.jackson.databind.JsonNode> numbersByValue =
        (a, b) ->
            a.isNumber() && b.isNumber()
                ? a.decimalValue().compareTo(b.decimalValue())
                : a.equals(b) ? 0 : 1;
    assertThat(written.equals(numbersByValue, derived))
        .as("cost_summary as written %s, as derived %s", written, derived)
        .isTrue();
  }

  /**
   * The fixture's messages as OPA concludes them, written by tools/build-policies.sh (which
   * policy-check runs, requiring the file to be current): the Wasm OPA compiles and Chicory runs
   * must conclude exactly what OPA's own evaluator does.
   */
  private static List<String> opaMessages(Path facts) throws IOException {
    String key =
        facts.getParent().getParent().getFileName() + "/" + facts.getParent().getFileName();
    com.fasterxml.jackson.databind.JsonNode expected = OpaMessages.ALL.get(key);
    assertThat(expected)
        .as(key + " in fixture-messages.json (run tools/build-policies.sh)")
        .isNotNull();
    List<String> out = new java.util.ArrayList<>();
    expected.forEach(m -> out.add(m.asText()));
    return out;
  }

  private static final class OpaMessages {
    static final com.fasterxml.jackson.databind.JsonNode ALL = read();

    private static com.fasterxml.jackson.databind.JsonNode read() {
      try {
        return new ObjectMapper()
            .readTree(Paths.locate("policies/src/test/resources/fixture-messages.json").toFile());
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    }
  }

  static String ruleId(Path facts) {
    return facts
        .getParent()
        .getParent()
        .getFileName()
        .toString()
        .toUpperCase(Locale.ROOT)
        .replace('_', '-');
  }

  @TestFactory
  Stream<DynamicTest> everyFixtureThroughTheCompiledWasm() throws IOException {
    return cases().stream()
        .map(
            facts ->
                DynamicTest.dynamicTest(
                    FIXTURES.relativize(facts.getParent()).toString(),
                    () -> {
                      String json = Files.readString(facts);
                      FactsSchema.assertValid(json, facts.toString());
                      assertCostSummaryIsDerived(json);
                      Report report = engineFor(facts).evaluate(FactsDocument.ofJson(json));
                      String id = ruleId(facts);
                      if (facts.getParent().getFileName().toString().startsWith("fail")) {
                        assertThat(report.ruleIds()).as("rules raised").contains(id);
                      } else {
                        assertThat(report.ruleIds()).as("rules raised").doesNotContain(id);
                      }
                      assertThat(
                              report.findings().stream()
                                  .filter(f -> f.ruleId().equals(id))
                                  .map(Finding::message)
                                  .sorted()
                                  .toList())
                          .as("the Wasm's messages, against OPA's (fixture-messages.json)")
                          .isEqualTo(opaMessages(facts));
                    }));
  }

  /**
   * Ranges nested, equal, with host bits, disjoint and IPv6: PF-NET-001 (twelve VPCs, fewer than
   * its index takes) and PF-NET-003 (one VPC's subnets) compare them pair by pair. Through the
   * Wasm, as in OPA (the Rego tests), every overlapping pair and no other.
   */
  @Test
  void overlapsOfMixedRangesAreEveryOverlappingPairThroughTheWasm() throws Exception {
    assertThat(messages("pf_net_001", "PF-NET-001"))
        .containsExactlyInAnyOrder(
            "VPC vpc_0 (10.0.0.0/8) overlaps VPC vpc_1 (10.1.0.0/16)",
            "VPC vpc_0 (10.0.0.0/8) overlaps VPC vpc_2 (10.1.0.0/16)",
            "VPC vpc_0 (10.0.0.0/8) overlaps VPC vpc_3 (10.1.2.3/24)",
            "VPC vpc_1 (10.1.0.0/16) overlaps VPC vpc_2 (10.1.0.0/16)",
            "VPC vpc_1 (10.1.0.0/16) overlaps VPC vpc_3 (10.1.2.3/24)",
            "VPC vpc_2 (10.1.0.0/16) overlaps VPC vpc_3 (10.1.2.3/24)",
            "VPC vpc_6 (172.16.0.0/12) overlaps VPC vpc_7 (172.31.255.255/32)",
            "VPC vpc_8 (fd00::/8) overlaps VPC vpc_9 (fd00:1::/64)");
    String in = " in VPC hub.vpc";
    assertThat(messages("pf_net_003", "PF-NET-003"))
        .containsExactlyInAnyOrder(
            "subnet hub.subnets.0 (10.0.0.0/20) overlaps subnet hub.subnets.1 (10.0.1.0/24)" + in,
            "subnet hub.subnets.0 (10.0.0.0/20) overlaps subnet hub.subnets.2 (10.0.1.0/24)" + in,
            "subnet hub.subnets.0 (10.0.0.0/20) overlaps subnet hub.subnets.3 (10.0.1.7/28)" + in,
            "subnet hub.subnets.1 (10.0.1.0/24) overlaps subnet hub.subnets.2 (10.0.1.0/24)" + in,
            "subnet hub.subnets.1 (10.0.1.0/24) overlaps subnet hub.subnets.3 (10.0.1.7/28)" + in,
            "subnet hub.subnets.2 (10.0.1.0/24) overlaps subnet hub.subnets.3 (10.0.1.7/28)" + in,
            "subnet hub.subnets.5 (fd00::/56) overlaps subnet hub.subnets.6 (fd00:0:0:1::/64)"
                + in);
  }

  /**
   * From 64 networks on, PF-NET-001 looks ranges up in its index (fewer are compared pair by pair):
   * through the Wasm, 70 disjoint /16s, a /8 over all of them, a /24 inside one and an IPv6 range
   * give exactly the 72 overlaps.
   */
  @Test
  void manyNetworksFindEveryOverlapThroughTheIndexInTheWasm() throws Exception {
    var facts =
        (ObjectNode)
            JSON.readTree(
                Files.readString(FIXTURES.resolve("pf_net_001/fail_mixed_ranges/facts.json")));
    ArrayNode networks = facts.putArray("networks");
    List<String> expected = new ArrayList<>();
    for (int i = 0; i < 70; i++) {
      network(networks, "vpc_" + i, "10." + i + ".0.0/16");
      expected.add("VPC vpc_" + i + " (10." + i + ".0.0/16) overlaps VPC all (10.0.0.0/8)");
    }
    network(networks, "all", "10.0.0.0/8");
    network(networks, "inner", "10.42.7.0/24");
    network(networks, "v6", "fd00::/8");
    expected.add("VPC all (10.0.0.0/8) overlaps VPC inner (10.42.7.0/24)");
    expected.add("VPC vpc_42 (10.42.0.0/16) overlaps VPC inner (10.42.7.0/24)");
    String json = JSON.writeValueAsString(facts);
    FactsSchema.assertValid(json, "generated networks");
    List<String> found =
        engine.evaluate(FactsDocument.ofJson(json)).findings().stream()
            .filter(f -> f.ruleId().equals("PF-NET-001"))
            .map(Finding::message)
            .toList();
    assertThat(found).containsExactlyInAnyOrderElementsOf(expected);
  }

  private static void network(ArrayNode networks, String address, String cidr) {
    ObjectNode n = networks.addObject();
    n.put("address", address).put("cidr", cidr).put("environment", "development");
    n.put("name", address);
    n.putArray("subnets");
    n.putArray("unknown");
  }

  private static final ObjectMapper JSON = new ObjectMapper();

  private static List<String> messages(String rule, String id) throws Exception {
    String json = Files.readString(FIXTURES.resolve(rule).resolve("fail_mixed_ranges/facts.json"));
    return engine.evaluate(FactsDocument.ofJson(json)).findings().stream()
        .filter(f -> f.ruleId().equals(id))
        .map(Finding::message)
        .toList();
  }

  @Test
  void everyRuleHasAFailingAndAPassingFixture() throws IOException {
    for (Rule rule : engine.rules()) {
      Path dir = FIXTURES.resolve(rule.id().toLowerCase(Locale.ROOT).replace('-', '_'));
      try (Stream<Path> cases = Files.list(dir)) {
        List<String> names = cases.map(p -> p.getFileName().toString()).toList();
        assertThat(names)
            .as(rule.id())
            .anyMatch(n -> n.startsWith("fail"))
            .anyMatch(n -> n.startsWith("pass"));
      }
    }
  }
}
