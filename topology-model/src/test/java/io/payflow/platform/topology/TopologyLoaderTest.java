package io.payflow.platform.topology;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TopologyLoaderTest {
  private static TopologyLoadException failure(String yaml) {
    try {
      TopologyLoader.parse(yaml, "t.yaml");
    } catch (TopologyLoadException e) {
      return e;
    }
    throw new AssertionError("expected a load error");
  }

  private static String reference(String from, String to) {
    String text = Reference.text();
    assertThat(text).contains(from);
    return text.replaceFirst(
        java.util.regex.Pattern.quote(from), java.util.regex.Matcher.quoteReplacement(to));
  }

  private static int lineOf(String text, String needle) {
    int at = text.indexOf(needle);
    return (int) text.substring(0, at).chars().filter(c -> c == '\n').count() + 1;
  }

  @Test
  void loadsTheReferenceTopology() {
    Topology topology = Reference.load();
    assertThat(topology.environments())
        .extracting(Environment::name)
        .containsExactly("hub", "production", "development");
    assertThat(topology.hub().vpc().cidr()).isEqualTo(Cidr.parse("10.0.0.0/16"));
    Environment development = topology.environment("development").orElseThrow();
    assertThat(development.hoursPerMonth()).isEqualTo(200);
    assertThat(development.eks().nodeGroups().get(0).capacityType()).isEqualTo(CapacityType.SPOT);
    assertThat(development.caches().get(0).authToken())
        .isEqualTo(Credential.secretsManager("payflow/development/redis-auth"));
  }

  @Test
  void invalidCidrNamesFileLineColumnPathAndTheNetworkMeant() {
    String yaml = reference("cidr: 10.1.0.0/16", "cidr: 10.1.0.1/16");
    TopologyLoadException e = failure(yaml);
    assertThat(e.line()).isEqualTo(lineOf(yaml, "cidr: 10.1.0.1/16"));
    assertThat(e.path()).isEqualTo("environments[1].vpc.cidr");
    assertThat(e.getMessage())
        .isEqualTo(
            "t.yaml:"
                + e.line()
                + ":"
                + e.column()
                + ": environments[1].vpc.cidr: '10.1.0.1/16' is not an IPv4 CIDR (host bits are set; the network address is 10.1.0.0/16, did you mean that?)");
  }

  /** Found by fuzzing: a self-peering crashed the facts (exit 3); it is an input error. */
  @Test
  void anEnvironmentPeeredWithItselfIsAnInputError() {
    String yaml = reference("    peers: [hub]\n", "    peers: [production]\n");
    TopologyLoadException e = failure(yaml);
    assertThat(e.path()).isEqualTo("environments[1].peers[0]");
    assertThat(e.getMessage()).contains("a VPC is not peered with itself");
  }

  @Test
  void unknownFieldSuggestsTheClosestName() {
    String yaml =
        reference(
            "    hours_per_month: 730\n    monthly_budget_usd: 340",
            "    hours_per_month: 730\n    monthly_budgt_usd: 340");
    TopologyLoadException e = failure(yaml);
    assertThat(e.path()).isEqualTo("environments[1].monthly_budgt_usd");
    assertThat(e.line()).isEqualTo(lineOf(yaml, "monthly_budgt_usd"));
    assertThat(e.reason())
        .startsWith(
            "unknown field 'monthly_budgt_usd'; did you mean 'monthly_budget_usd'? (known fields: availability_zones, bastion,");
  }

  @Test
  void wrongTypeSaysWhatWasExpected() {
    String yaml = reference("hours_per_month: 200", "hours_per_month: lots");
    TopologyLoadException e = failure(yaml);
    assertThat(e.path()).isEqualTo("environments[2].hours_per_month");
    assertThat(e.reason()).isEqualTo("wrong type (expected a whole number)");
    assertThat(e.line()).isEqualTo(lineOf(yaml, "hours_per_month: lots"));
  }

  @Test
  void badEnumListsTheAllowedValues() {
    TopologyLoadException e = failure(reference("nat: per_az", "nat: per-zone"));
    assertThat(e.path()).isEqualTo("environments[1].vpc.nat");
    assertThat(e.reason()).isEqualTo("'per-zone' is not one of [per_az, single, none]");
  }

  @Test
  void constructorErrorPointsAtTheField() {
    String yaml = reference("hours_per_month: 200", "hours_per_month: 900");
    TopologyLoadException e = failure(yaml);
    assertThat(e.path()).isEqualTo("environments[2].hours_per_month");
    assertThat(e.reason()).isEqualTo("900 is out of range (expected 1-744; 730 is always on)");
    assertThat(e.line()).isEqualTo(lineOf(yaml, "hours_per_month: 900"));
  }

  @Test
  void missingFieldPointsAtTheObjectThatLacksIt() {
    String yaml = reference("    state_key: production/terraform.tfstate\n", "");
    TopologyLoadException e = failure(yaml);
    assertThat(e.path()).isEqualTo("environments[1].state_key");
    assertThat(e.reason()).isEqualTo("is required and must not be blank");
    assertThat(e.line()).isEqualTo(lineOf(yaml, "  - name: production"));
  }

  @Test
  void unknownDependencyIsNamed() {
    TopologyLoadException e = failure(reference("depends_on: [hub]", "depends_on: [hbu]"));
    assertThat(e.path()).isEqualTo("environments[1].depends_on[0]");
    assertThat(e.reason())
        .isEqualTo("'hbu' is not an environment (expected one of [hub, production, development])");
  }

  @Test
  void secondHubIsRefused() {
    TopologyLoadException e = failure(reference("role: spoke", "role: hub"));
    assertThat(e.reason())
        .isEqualTo(
            "has 2 hubs [hub, production] (expected exactly one environment with role: hub)");
  }

  /**
   * A name is an identity in the model (an address the rules report, a resource the synthesizer
   * declares). Two subnets of one name ended `payflow validate` in an evaluation error (exit 3: the
   * rules' index of subnets had two entries for one address) and `payflow synth` in CDKTF's "There
   * is already a Construct with name"; every named list now refuses a name twice.
   */
  @org.junit.jupiter.params.ParameterizedTest
  @org.junit.jupiter.params.provider.CsvSource(
      delimiter = '|',
      value = {
        "name: hub-public-b, cidr|name: hub-public-a, cidr|environments[0].vpc.subnets[1].name"
            + "|'hub-public-a' is listed twice in vpc.subnets (each subnet name must be unique)",
        "gateway_services: [s3, dynamodb]|gateway_services: [s3, s3]"
            + "|environments[0].vpc.endpoints.gateway_services[1]"
            + "|'s3' is listed twice in vpc.endpoints.gateway_services (each service must be"
            + " unique)",
        "interface_services: [ecr.api, ecr.dkr|interface_services: [ecr.api, ecr.api"
            + "|environments[0].vpc.endpoints.interface_services[1]"
            + "|'ecr.api' is listed twice in vpc.endpoints.interface_services (each service must"
            + " be unique)",
        "availability_zones: [us-east-1a, us-east-1b]|availability_zones: [us-east-1a, us-east-1a]"
            + "|environments[0].availability_zones[1]"
            + "|'us-east-1a' is listed twice in availability_zones (each zone must be unique)",
        "depends_on: [hub]|depends_on: [hub, hub]|environments[1].depends_on[1]"
            + "|'hub' is listed twice in depends_on (each environment must be unique)",
        "peers: [hub]|peers: [hub, hub]|environments[1].peers[1]"
            + "|'hub' is listed twice in peers (each environment must be unique)",
        "{ name: payflow/auth-service,|{ name: payflow/api-gateway,"
            + "|environments[0].ecr_repositories[1].name"
            + "|'payflow/api-gateway' is listed twice in ecr_repositories (each repository name"
            + " must be unique)",
        "{ name: payflow/shared/cloudflare-tunnel-token,|{ name: payflow/shared/jwt-signing-key,"
            + "|environments[0].secrets[1].name"
            + "|'payflow/shared/jwt-signing-key' is listed twice in secrets (each secret name must"
            + " be unique)",
      })
  void aNameListedTwiceIsRefused(String from, String to, String path, String reason) {
    TopologyLoadException e = failure(reference(from, to));
    assertThat(e.path()).isEqualTo(path);
    assertThat(e.reason()).isEqualTo(reason);
  }

  /** payflow/api-gateway and payflow-api-gateway: one construct, ecr-payflow-api-gateway. */
  @Test
  void repositoryNamesThatDifferOnlyInSlashesAreRefused() {
    TopologyLoadException e =
        failure(reference("{ name: payflow/auth-service,", "{ name: payflow-api-gateway,"));
    assertThat(e.path()).isEqualTo("environments[0].ecr_repositories[1].name");
    assertThat(e.reason())
        .isEqualTo(
            "'payflow-api-gateway' and 'payflow/api-gateway' name one resource of the synthesized"
                + " stack ('/' becomes '-'); rename one");
  }

  @Test
  void databasesCachesAndNodeGroupsOfOneNameAreRefused() {
    String twoDatabases =
        reference(
            "    databases:\n      - name: payflow\n",
            "    databases:\n      - name: payflow\n        engine: postgres\n"
                + "        engine_version: \"16.4\"\n        instance_class: db.t3.micro\n"
                + "        multi_az: false\n        storage_gb: 20\n"
                + "        master_password: { source: managed }\n      - name: payflow\n");
    TopologyLoadException e = failure(twoDatabases);
    assertThat(e.path()).endsWith(".databases[1].name");
    assertThat(e.reason())
        .isEqualTo("'payflow' is listed twice in databases (each database name must be unique)");
  }

  /**
   * The synthesizer peers a spoke with the hub from the spoke's stack, auto-accepted, with the
   * spoke's provider: a development spoke in us-west-2 passed validate, and its peering and the
   * hub's return routes would fail at apply (the hub's VPC is not in that region).
   */
  @Test
  void aPeerInAnotherRegionIsRefused() {
    String text = Reference.text();
    int dev = text.indexOf("  - name: development");
    String yaml = text.substring(0, dev) + text.substring(dev).replace("us-east-1", "us-west-2");
    TopologyLoadException e = failure(yaml);
    assertThat(e.path()).isEqualTo("environments[2].peers[0]");
    assertThat(e.reason())
        .isEqualTo(
            "'hub' is in us-east-1 and this environment in us-west-2: peerings are synthesized"
                + " within one region (put both in one region)");
  }

  @Test
  void subnetInAZoneTheEnvironmentDoesNotHave() {
    TopologyLoadException e =
        failure(
            reference(
                "{ name: hub-public-b, cidr: 10.0.1.0/24, az: us-east-1b",
                "{ name: hub-public-b, cidr: 10.0.1.0/24, az: us-east-1c"));
    assertThat(e.path()).isEqualTo("environments[0].vpc.subnets[1].az");
    assertThat(e.reason())
        .isEqualTo(
            "'us-east-1c' is not one of the environment's availability_zones [us-east-1a, us-east-1b]");
  }

  @Test
  void duplicateKeyIsRefused() {
    TopologyLoadException e =
        failure(reference("  name: payflow\n", "  name: payflow\n  name: again\n"));
    assertThat(e.reason())
        .isEqualTo("duplicate key 'name' (each key may appear once in an object)");
    assertThat(e.line()).isGreaterThan(0);
  }

  @Test
  void malformedYamlGivesAPosition() {
    TopologyLoadException e = failure("schema_version: 1\norganisation: {name: \"unclosed\n");
    assertThat(e.reason()).startsWith("malformed YAML");
    assertThat(e.line()).isGreaterThan(0);
  }

  @Test
  void malformedJsonGivesAPosition() {
    TopologyLoadException e = failure("{\"schema_version\": 1,\n \"organisation\": {\"name\": }");
    assertThat(e.getMessage()).startsWith("t.yaml:2:");
    assertThat(e.reason()).contains("unexpected character (a missing comma, quote or bracket?)");
  }

  @Test
  void jsonIsReadLikeYaml() throws Exception {
    Topology topology = Reference.load();
    assertThat(TopologyLoader.parse(TopologyWriter.toJson(topology), "t.json")).isEqualTo(topology);
  }

  @Test
  void emptyFileSaysWhatToDo() {
    assertThat(failure("  \n").getMessage())
        .isEqualTo("t.yaml: file is empty (expected a topology; `payflow init` writes a starter)");
  }

  @Test
  void unknownRootKeyIsReportedBeforeMissingFields() {
    TopologyLoadException e = failure("schema_version: 1\norganization:\n  name: payflow\n");
    assertThat(e.getMessage())
        .startsWith(
            "t.yaml:2:1: organization: unknown field 'organization'; did you mean 'organisation'?");
  }

  @Test
  void aliasBombIsNeverExpanded() {
    // Jackson binds YAML from events and never expands aliases, so a billion-laughs document
    // costs nothing; the alias simply is not a list.
    StringBuilder bomb =
        new StringBuilder("x-a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
    for (char c = 'b'; c <= 'z'; c++) {
      char p = (char) (c - 1);
      bomb.append("x-")
          .append(c)
          .append(": &")
          .append(c)
          .append(" [*")
          .append(p)
          .append(", *")
          .append(p)
          .append(", *")
          .append(p)
          .append(", *")
          .append(p)
          .append("]\n");
    }
    String yaml = bomb + Reference.text().replace("depends_on: [hub]", "depends_on: *z");
    TopologyLoadException e = failure(yaml);
    assertThat(e.getMessage()).startsWith("t.yaml:1:1: x-a: unknown field 'x-a'");
    String withoutKeys =
        "anchor: &z [hub]\n" + Reference.text().replace("depends_on: [hub]", "depends_on: *z");
    assertThat(failure(withoutKeys).path()).isEqualTo("anchor");
  }

  @Test
  void deepNestingHitsTheParserLimit() {
    String yaml = "schema_version: 1\nextra: " + "[".repeat(500) + "]".repeat(500) + "\n";
    assertThat(failure(yaml).reason()).isEqualTo("nesting is too deep (at most 64 levels)");
    String json =
        "{\"organisation\": {\"name\": \"p\", \"x\": " + "[".repeat(500) + "]".repeat(500) + "}}";
    // The misspelt key is the mistake to report; the nested junk under it is never bound.
    assertThat(failure(json).getMessage())
        .startsWith("t.yaml:1:32: organisation.x: unknown field 'x'");
  }

  @Test
  void nulBytesAndNonUtf8AreRefusedWithTheFileName(@TempDir Path dir) throws Exception {
    Path nul = dir.resolve("nul.yaml");
    Files.write(nul, "schema_version: 1\0\n".getBytes(StandardCharsets.UTF_8));
    assertThatThrownBy(() -> TopologyLoader.load(nul))
        .hasMessage(nul + ": contains a NUL byte at offset 17 (expected YAML or JSON text)");
    Path latin = dir.resolve("latin.yaml");
    Files.write(latin, new byte[] {'a', ':', ' ', (byte) 0xE9, '\n'});
    assertThatThrownBy(() -> TopologyLoader.load(latin))
        .hasMessage(latin + ": is not UTF-8 text (save it as UTF-8)");
  }

  @Test
  void hugeFileIsRefusedBeforeReading(@TempDir Path dir) throws Exception {
    Path big = dir.resolve("big.yaml");
    Files.write(big, new byte[(int) TopologyLoader.MAX_FILE_BYTES + 1]);
    assertThatThrownBy(() -> TopologyLoader.load(big))
        .hasMessageEndingWith(
            "big.yaml: file is 1048577 bytes, over the 1048576-byte limit for a topology file");
  }

  @Test
  void missingFileIsNamed() {
    assertThatThrownBy(() -> TopologyLoader.load(Path.of("no/such.yaml")))
        .hasMessage("no/such.yaml: file not found");
  }

  @Test
  void roundTripGivesAnEqualModel() throws Exception {
    Topology topology = Reference.load();
    assertThat(TopologyLoader.parse(TopologyWriter.toYaml(topology), "rt.yaml"))
        .isEqualTo(topology);
    assertThat(
            TopologyWriter.toYaml(TopologyLoader.parse(TopologyWriter.toYaml(topology), "rt.yaml")))
        .isEqualTo(TopologyWriter.toYaml(topology));
  }

  @Test
  void literalPasswordSurvivesARoundTripButNotToString() throws Exception {
    Topology topology =
        TopologyLoader.parse(
            reference(
                "master_password: { source: managed }",
                "master_password: { source: literal, value: Pr0d-Passw0rd! }"),
            "t.yaml");
    assertThat(topology.toString()).doesNotContain("Pr0d-Passw0rd!");
    assertThat(TopologyLoader.parse(TopologyWriter.toYaml(topology), "rt.yaml"))
        .isEqualTo(topology);
  }

  /**
   * Every length around the eight-byte words the check reads, with one byte of each kind at every
   * offset: NUL and any byte of 0x80 and over are refused wherever they are, 0x01 and 0x7F never.
   */
  @Test
  void asciiWithoutNulFindsTheOneByteAtEveryOffset() {
    byte[] kinds = {0, (byte) 0x80, (byte) 0xC3, (byte) 0xFF, 0x01, 0x7F, '"', '\\'};
    for (int length = 1; length <= 40; length++) {
      byte[] plain = new byte[length];
      java.util.Arrays.fill(plain, (byte) 'a');
      assertThat(TopologyLoader.asciiWithoutNul(plain)).as("length %d", length).isTrue();
      for (int at = 0; at < length; at++) {
        for (byte kind : kinds) {
          byte[] bytes = plain.clone();
          bytes[at] = kind;
          assertThat(TopologyLoader.asciiWithoutNul(bytes))
              .as("length %d, byte %02x at %d", length, kind & 0xFF, at)
              .isEqualTo(kind > 0);
        }
      }
    }
    assertThat(TopologyLoader.asciiWithoutNul(new byte[0])).isTrue();
  }
}
