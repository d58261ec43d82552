package io.payflow.platform.policies.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.payflow.platform.policies.ModelFacts;
import io.payflow.platform.topology.TopologyLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The input written as OPA's values is what OPA's own parser makes of the same JSON: compared in
 * the module's memory, value by value (an object's bucket count and every bucket's chain of keys
 * included), and by what the rules conclude from it.
 */
class OpaValueImageTest {
  private static final String DATA = "{\"config\": {\"today\": \"2026-11-27\"}}";

  private final OpaAbiHost host =
      OpaAbiHost.bundled(WasmPolicy.MAX_PAGES, DATA, WasmPolicy.ENTRYPOINT);

  @ParameterizedTest
  @ValueSource(
      strings = {
        "{}",
        "[]",
        "{\"a\": 1}",
        "{\"a\": [], \"b\": {}, \"c\": null, \"d\": true, \"e\": false, \"f\": \"\"}",
        "[1, -5, 0, -0, 9007199254740992, -9007199254740992, 9007199254740993, 9223372036854775807, -9223372036854775808, 123456789012345678901234567890]",
        "[3.65, 1e3, -0.5, 0.1, 107765.36, 2E-7]",
        "{\"s\": \"caf\\u00e9 \ud83d\ude00 \\n\\t\\\"\\\\/ \\u0001\", \"t\": \"plain\"}",
        "[\"same\", \"same\", {\"same\": \"same\"}, [\"same\"]]",
        "{\"nested\": [{\"x\": [[1, 2], [3]], \"y\": {\"z\": {\"w\": \"deep\"}}}]}",
        "\"a string alone\"",
        "42"
      })
  void laysOutEachValueAsOpasParserDoes(String json) {
    assertSameAsParsed(json);
  }

  /** Enough keys to make OPA's objects grow their buckets (5 fit 8, 6 need 16, 12 need 32...). */
  @Test
  void objectsHaveTheBucketsAndChainsOfOpasOwn() {
    for (int keys : new int[] {5, 6, 11, 12, 23, 45, 90, 200}) {
      String json =
          IntStream.range(0, keys)
              .mapToObj(i -> "\"key" + i + "\": " + i)
              .collect(Collectors.joining(", ", "{", "}"));
      assertSameAsParsed(json);
    }
  }

  @Test
  void laysOutTheFactsOfTheReferenceTopologyAsOpaParsesThem() throws Exception {
    assertSameAsParsed(facts("payflow.yaml"));
    assertSameAsParsed(facts("broken.yaml"));
  }

  /**
   * OPA's runtime leaves its input as written: the image is intact after the rules' evaluation of a
   * large generated estate, so nothing was evaluated again from the text.
   */
  @Test
  void theEvaluationLeavesTheWrittenInputAsItWas() {
    byte[] input =
        io.payflow.platform.policies.bench.GeneratedFacts.of(3000)
            .json()
            .getBytes(StandardCharsets.UTF_8);
    String result = host.evaluate(input);
    assertThat(host.reparsed).isZero();
    // And so directly: written, evaluated, still as written.
    OpaValueImage image = host.written(input);
    host.evaluate(input); // (writes it again at the same place, and evaluates)
    assertThat(host.intact(image)).isTrue();
    assertThat(result).isEqualTo(host.evaluateParsed(input, host.entrypoint(ENTRYPOINT)));
  }

  /** An image the runtime changed is seen as changed (the evaluation is then done again). */
  @Test
  void aChangedImageIsSeen() {
    OpaValueImage image = host.written(bytes("{\"a\": [1, 2.5, \"x\"]}"));
    assertThat(host.intact(image)).isTrue(); // (the decimal's link included)
    int at = image.root() + 12;
    host.memory().writeI32(at, host.memory().readInt(at) + 1);
    assertThat(host.intact(image)).isFalse();
  }

  /** The rules conclude the same from either, findings and all. */
  @Test
  void theRulesConcludeTheSameFromTheWrittenAndTheParsedInput() throws Exception {
    for (String example : List.of("payflow.yaml", "broken.yaml")) {
      byte[] input = facts(example).getBytes(StandardCharsets.UTF_8);
      assertThat(host.written(input)).isNotNull();
      String written = host.evaluate(input);
      assertThat(written).contains("\"result\"");
      assertThat(written).isEqualTo(host.evaluateParsed(input, host.entrypoint(ENTRYPOINT)));
    }
    String broken = host.evaluate(facts("broken.yaml").getBytes(StandardCharsets.UTF_8));
    assertThat(broken).contains("\"rule\":\"pf_net_001\"");
  }

  private static final String ENTRYPOINT = WasmPolicy.ENTRYPOINT;

  /**
   * Every rule fixture, written and parsed: the rules conclude the same from either. (The fixtures
   * hold what the examples do not: fields left out, nulls, unknowns, every rule's failing shapes.)
   */
  @Test
  void theRulesConcludeTheSameFromEveryRuleFixtureWrittenAndParsed() throws Exception {
    java.nio.file.Path fixtures = locate("policies/src/test/rego/fixtures");
    List<java.nio.file.Path> files;
    try (var walk = java.nio.file.Files.walk(fixtures)) {
      files = walk.filter(f -> f.getFileName().toString().equals("facts.json")).sorted().toList();
    }
    assertThat(files).hasSizeGreaterThan(100);
    for (java.nio.file.Path file : files) {
      byte[] input = java.nio.file.Files.readAllBytes(file);
      assertThat(host.written(input)).as(file.toString()).isNotNull();
      assertThat(host.evaluate(input))
          .as(file.toString())
          .isEqualTo(host.evaluateParsed(input, host.entrypoint(ENTRYPOINT)));
    }
  }

  /** The facts as tokens (what the engine hands a part) lay out byte for byte as their JSON. */
  @Test
  void theFactsTokensLayOutAsTheirJson() throws Exception {
    var facts = ModelFacts.of(TopologyLoader.load(locate("examples/broken.yaml"))).facts();
    var names = java.util.Set.copyOf(FactsSections.names());
    byte[] json = FactsSections.compact(facts, names, new PathTable());
    OpaValueImage fromJson = OpaValueImage.of(json, 4096);
    OpaValueImage fromTokens =
        OpaValueImage.of(FactsSections.input(facts, names, new PathTable()), 4096);
    assertThat(fromJson).isNotNull();
    assertThat(fromTokens).isNotNull();
    assertThat(fromTokens.size()).isEqualTo(fromJson.size());
    assertThat(Arrays.copyOf(fromTokens.bytes(), fromTokens.size()))
        .isEqualTo(Arrays.copyOf(fromJson.bytes(), fromJson.size()));
    assertThat(fromTokens.root()).isEqualTo(fromJson.root());
    assertThat(fromTokens.decimals()).isEqualTo(fromJson.decimals()).isNotEmpty();
    // And the text made from the tokens, for what only OPA's parser takes, is the JSON.
    assertThat(FactsSections.input(facts, names, new PathTable()).json()).isEqualTo(json);
  }

  /** What only OPA's parser reads as OPA would is left to it, and evaluated all the same. */
  @ParameterizedTest
  @ValueSource(
      strings = {
        "{\"caf\u00e9\": 1}",
        "{\"a\": 1, \"a\": 2}",
        "[\"\\ud800\"]",
        "[\"\\ud84d\\ude00\"]",
        "{\"truncated\": [1, 2",
        "3.5",
        "{\"unclosed\": "
      })
  void leavesToOpasParserWhatItCannotLayOutExactly(String json) {
    byte[] input = json.getBytes(StandardCharsets.UTF_8);
    assertThat(OpaValueImage.of(input, 1024)).isNull();
    assertThat(host.written(input)).isNull();
  }

  /**
   * Jackson, its names table holding "k19" from an earlier document, reads the malformed name 0xFF
   * "k19" as "k19" (found by OpaValueImageFuzzTest); OPA's parser refuses it. Text that is not
   * UTF-8 is left to OPA's parser.
   */
  @Test
  void textThatIsNotUtf8IsLeftToOpasParser() {
    assertThat(OpaValueImage.of(bytes("{\"k19\": 1}"), 1024)).isNotNull();
    byte[] malformed = bytes("{\"?k19\": 1}");
    malformed[2] = (byte) 0xff;
    assertThat(OpaValueImage.of(malformed, 1024)).isNull();
    assertThat(host.written(malformed)).isNull();
  }

  @Test
  void aKeyOutsideAsciiIsStillEvaluatedThroughOpasParser() {
    byte[] input = "{\"caf\u00e9\": 1}".getBytes(StandardCharsets.UTF_8);
    assertThat(host.evaluate(input))
        .isEqualTo(host.evaluateParsed(input, host.entrypoint(ENTRYPOINT)));
  }

  /** OPA's "fnv1a32" multiplies before it XORs: FNV-1's order, whose vector for "a" this is. */
  @Test
  void hashesStringsAsOpaDoes() {
    assertThat(OpaValueImage.hash("")).isEqualTo(0x811c9dc5);
    assertThat(OpaValueImage.hash("a")).isEqualTo(0x050c5d7e);
    assertThat(OpaValueImage.buckets(0)).isEqualTo(8);
    assertThat(OpaValueImage.buckets(5)).isEqualTo(8);
    assertThat(OpaValueImage.buckets(6)).isEqualTo(16);
    assertThat(OpaValueImage.buckets(12)).isEqualTo(32);
  }

  /** The comparison sees a difference: another document's values are not the same. */
  @Test
  void theComparisonSeesADifference() {
    int mine = host.written(bytes("{\"key0\": 0, \"key1\": [1, \"x\"]}")).root();
    int theirs = host.parseJson(bytes("{\"key0\": 0, \"key1\": [1, \"y\"]}"));
    assertThat(differences(mine, theirs)).isNotEmpty();
    mine = host.written(bytes("{\"a\": 1, \"b\": 2, \"c\": 3, \"d\": 4, \"e\": 5}")).root();
    theirs = host.parseJson(bytes("{\"a\": 1, \"b\": 2, \"c\": 3, \"d\": 4, \"e\": 5, \"f\": 6}"));
    assertThat(differences(mine, theirs)).isNotEmpty();
  }

  private void assertSameAsParsed(String json) {
    byte[] input = bytes(json);
    // Written first: writing resets the heap, and OPA's parse is then placed above it.
    OpaValueImage image = host.written(input);
    assertThat(image).as("laid out: %s", json).isNotNull();
    int mine = image.root();
    int theirs = host.parseJson(input);
    assertThat(differences(mine, theirs)).as(json).isEmpty();
  }

  private List<String> differences(int mine, int theirs) {
    return OpaValueComparison.differences(host, mine, theirs);
  }

  private static String facts(String example) throws Exception {
    return ModelFacts.of(TopologyLoader.load(locate("examples/" + example))).json();
  }

  private static Path locate(String relative) {
    for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      if (Files.exists(dir.resolve(relative))) {
        return dir.resolve(relative);
      }
    }
    throw new IllegalStateException(relative + " not found");
  }

  private static byte[] bytes(String json) {
    return json.getBytes(StandardCharsets.UTF_8);
  }
}
