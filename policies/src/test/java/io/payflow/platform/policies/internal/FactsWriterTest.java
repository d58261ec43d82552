package io.payflow.platform.policies.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.payflow.platform.policies.Facts;
import io.payflow.platform.policies.InputException;
import io.payflow.platform.policies.ModelFacts;
import io.payflow.platform.topology.TopologyLoader;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * {@link FactsWriter} writes the same bytes as the facts mapper, for every facts document the
 * project has (real-world goldens, the rules' fixtures, the examples), and knows every type a fact
 * holds.
 */
class FactsWriterTest {
  private static byte[] byTheMapper(Object value) throws Exception {
    return FactsJson.COMPACT.writeValueAsBytes(value);
  }

  /** Equal, or a failure that shows where the two first differ (documents are large). */
  private static void assertSame(String label, byte[] written, byte[] expected) {
    String a = new String(written, StandardCharsets.UTF_8);
    String b = new String(expected, StandardCharsets.UTF_8);
    int at = 0;
    while (at < Math.min(a.length(), b.length()) && a.charAt(at) == b.charAt(at)) {
      at++;
    }
    int from = Math.max(0, at - 60);
    assertThat(a.substring(from, Math.min(a.length(), at + 60)))
        .as(label + " at offset " + at)
        .isEqualTo(b.substring(from, Math.min(b.length(), at + 60)));
    assertThat(a.length())
        .as(
            label
                + ": length, ending "
                + a.substring(Math.max(0, a.length() - 80))
                + " | "
                + b.substring(Math.max(0, b.length() - 80)))
        .isEqualTo(b.length());
  }

  private static List<Path> documents() throws Exception {
    List<Path> documents = new ArrayList<>();
    for (String dir : List.of("src/test/resources/real-world-golden", "src/test/rego/fixtures")) {
      try (Stream<Path> files = Files.walk(Path.of(dir))) {
        files.filter(p -> p.toString().endsWith(".json")).sorted().forEach(documents::add);
      }
    }
    return documents;
  }

  @Test
  void everyDocumentIsWrittenAsTheMapperWritesIt() throws Exception {
    int compared = 0;
    for (Path p : documents()) {
      Facts facts;
      try {
        facts = FactsJson.read(Files.readString(p));
      } catch (InputException e) {
        continue; // a fixture that is not a whole typed document (the rules read it as it is)
      }
      assertSame(p.toString(), FactsJson.compact(facts), byTheMapper(facts));
      compared++;
    }
    // every real-world golden, and the rule fixtures that are whole typed documents
    assertThat(compared).isGreaterThan(16);
  }

  @Test
  void theExamplesAreWrittenAsTheMapperWritesThem() throws Exception {
    for (String example : List.of("payflow.yaml", "broken.yaml")) {
      Path file = Path.of("..", "examples", example);
      Facts facts = ModelFacts.of(TopologyLoader.load(file)).facts();
      assertSame(example, FactsJson.compact(facts), byTheMapper(facts));
    }
  }

  @Test
  void sectionsAreWrittenAsTheMapperWritesThem() throws Exception {
    Facts facts = FactsJson.read(Files.readString(documents().get(0)));
    String part =
        new String(
            FactsSections.compact(facts, Set.of("networks", "source")), StandardCharsets.UTF_8);
    Map<String, Object> expected = new LinkedHashMap<>();
    expected.put("source", facts.source());
    expected.put("networks", facts.networks());
    // the sections come in the order of the document's components, each as the mapper writes it
    assertThat(part)
        .isEqualTo(
            "{\"source\":"
                + new String(byTheMapper(facts.source()), StandardCharsets.UTF_8)
                + ",\"networks\":"
                + new String(byTheMapper(facts.networks()), StandardCharsets.UTF_8)
                + "}");
  }

  /** Nulls, omitted nulls, empty lists and maps, numbers of every kind a fact holds. */
  @Test
  void edgeValuesAreWrittenAsTheMapperWritesThem() throws Exception {
    TreeMap<String, Facts.Coverage> coverage = new TreeMap<>();
    coverage.put("b_type", new Facts.Coverage(3, 2, 1));
    coverage.put("a_type", new Facts.Coverage(0, 0, 0));
    List<Object> values =
        List.of(
            new Facts.Source("plan", Long.MAX_VALUE, coverage, null),
            new Facts.Source("plan", 0, new TreeMap<>()),
            new Facts.Organisation(null, new BigDecimal("1E+3")),
            new Facts.Organisation("o\u0001\"\\\u2028x", new BigDecimal("-0.000001")),
            new Facts.State(null, null, null, null, null, null, null, null, null),
            new Facts.State("a", "p", "b", "k", "r", "t", Boolean.FALSE, "kms", Boolean.TRUE),
            new Facts.Coverage(Integer.MIN_VALUE, Integer.MAX_VALUE, -1),
            new Facts.IngressRule(
                "a", "e", null, "tcp", 0, 65535, List.of(), null, null, List.of(), List.of(),
                List.of()),
            new Facts.IngressRule(
                "a",
                "e",
                "p",
                "-1",
                -1,
                -1,
                List.of("0.0.0.0/0", ""),
                "bastion",
                "g",
                List.of("s"),
                List.of(new Facts.RemoteRef("hub", null)),
                List.of("pl-1")),
            List.of(),
            new TreeMap<>(Map.of("z", 1L, "a", List.of("x"))));
    for (Object value : values) {
      var out = new java.io.ByteArrayOutputStream();
      try (var json = FactsJson.JSON.getFactory().createGenerator(out)) {
        FactsWriter.write(json, value);
      }
      assertSame(String.valueOf(value), out.toByteArray(), byTheMapper(value));
    }
  }

  /** The rules' data: settings of every type a project config's YAML gives, unsorted. */
  @Test
  void theRulesDataIsTheMappersDocument() throws Exception {
    Map<String, Object> nested = new java.util.HashMap<>();
    nested.put("z", 1.5);
    nested.put("a", java.util.Arrays.asList(1, 2L, null, true, "x", new BigDecimal("12.50")));
    nested.put("m", new java.math.BigInteger("123456789012345678901234567890"));
    Map<String, Object> config = new java.util.HashMap<>();
    config.put("today", "2026-11-28");
    config.put("budgets", new TreeMap<>(Map.of("production", new BigDecimal("500"))));
    config.put("organisation_budget_usd", new BigDecimal("650.00"));
    config.put("nested", nested);
    config.put("empty", Map.of());
    config.put("nothing", null);
    String data = WasmPolicy.data(config);
    Map<String, Object> document = new java.util.HashMap<>();
    document.put("config", config);
    assertThat(FactsJson.JSON.readTree(data))
        .isEqualTo(FactsJson.JSON.readTree(FactsJson.JSON.writeValueAsString(document)));
    assertThat(data).startsWith("{\"config\":{\"budgets\":{\"production\":500},\"empty\":{}");
  }

  @Test
  void everyTypeAFactHoldsIsWrittenByTheWriterItself() {
    Deque<Class<?>> records = new ArrayDeque<>(List.of(Facts.class));
    Set<Class<?>> seen = new HashSet<>();
    List<String> notWritten = new ArrayList<>();
    List<String> otherInclusions = new ArrayList<>();
    List<String> otherJacksonAnnotations = new ArrayList<>();
    while (!records.isEmpty()) {
      Class<?> record = records.pop();
      if (!seen.add(record)) {
        continue;
      }
      // The writer reads one Jackson annotation, JsonInclude on a component's field: any other
      // (on the type, a field, an accessor) would change what the mapper writes and not the writer.
      jacksonAnnotations(record, record.getAnnotations(), otherJacksonAnnotations);
      for (java.lang.reflect.Field f : record.getDeclaredFields()) {
        jacksonAnnotations(
            record,
            java.util.Arrays.stream(f.getAnnotations())
                .filter(a -> !(a instanceof JsonInclude))
                .toArray(java.lang.annotation.Annotation[]::new),
            otherJacksonAnnotations);
      }
      for (java.lang.reflect.Method m : record.getDeclaredMethods()) {
        // a component's JsonInclude lands on its accessor too: the same one as on its field
        JsonInclude onField = fieldInclude(record, m.getName());
        jacksonAnnotations(
            record,
            java.util.Arrays.stream(m.getAnnotations())
                .filter(a -> !(a instanceof JsonInclude && a.equals(onField)))
                .toArray(java.lang.annotation.Annotation[]::new),
            otherJacksonAnnotations);
      }
      for (RecordComponent c : record.getRecordComponents()) {
        if (!FactsWriter.writesItself(c.getGenericType())) {
          notWritten.add(record.getSimpleName() + "." + c.getName());
        }
        records.addAll(recordsIn(c.getGenericType()));
        if (!Set.of(
                JsonInclude.Include.ALWAYS,
                JsonInclude.Include.NON_NULL,
                JsonInclude.Include.NON_EMPTY)
            .contains(FactsWriter.inclusion(record, c))) {
          otherInclusions.add(record.getSimpleName() + "." + c.getName());
        }
      }
    }
    assertThat(seen).hasSizeGreaterThan(20);
    assertThat(notWritten).isEmpty();
    assertThat(otherInclusions).isEmpty();
    assertThat(otherJacksonAnnotations).isEmpty();
  }

  private static JsonInclude fieldInclude(Class<?> record, String name) {
    try {
      return record.getDeclaredField(name).getAnnotation(JsonInclude.class);
    } catch (NoSuchFieldException e) {
      return null;
    }
  }

  private static void jacksonAnnotations(
      Class<?> record, java.lang.annotation.Annotation[] annotations, List<String> found) {
    for (java.lang.annotation.Annotation a : annotations) {
      if (a.annotationType().getName().startsWith("com.fasterxml.jackson")) {
        found.add(record.getSimpleName() + ": " + a);
      }
    }
  }

  private static List<Class<?>> recordsIn(Type type) {
    if (type instanceof ParameterizedType p) {
      List<Class<?>> inner = new ArrayList<>();
      for (Type arg : p.getActualTypeArguments()) {
        inner.addAll(recordsIn(arg));
      }
      return inner;
    }
    return type instanceof Class<?> c && c.isRecord() ? List.of(c) : List.of();
  }
}
