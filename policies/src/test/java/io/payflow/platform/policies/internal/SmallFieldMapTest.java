package io.payflow.platform.policies.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The object fields of a plan's tree behave as Jackson's own {@code LinkedHashMap}: each script of
 * operations is run on both, and after every step they agree on the value returned, the content and
 * the order. Sizes cross {@link SmallFieldMap#MAX_SCANNED}, where the fields move to a hash map.
 */
class SmallFieldMapTest {
  /**
   * Steps: {@code +k} put (value = step number), {@code -k} remove, {@code ?k} get, {@code *k}
   * remove through the entry iterator, {@code =k} set the value through the entry, {@code !} clear,
   * {@code ~k,l} keep only k and l.
   */
  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "puts keep order, a put again replaces in place | +a +b +c +b ?b ?z",
        "remove first, middle, last and absent | +a +b +c +d -b -a -d -z +a ?a",
        "iterator removes and sets values | +a +b +c *b =c +d *a",
        "clear, then use again | +a +b ! +c ?a",
        "grows past four | +a +b +c +d +e +f ?e -c +g",
        "twelve fields, then a thirteenth moves to a hash map | +a +b +c +d +e +f +g +h +i +j +k +l +m ?a ?m -c *d =e +c",
        "removal at the threshold keeps the array | +a +b +c +d +e +f +g +h +i +j +k +l -a +m +n ?n",
        "retain some | +a +b +c +d ~b,d ?a ?b",
        "retain some past the threshold | +a +b +c +d +e +f +g +h +i +j +k +l +m +n ~n,a,m",
      })
  void behavesAsALinkedHashMap(String what, String script) {
    Map<String, Integer> expected = new LinkedHashMap<>();
    Map<String, Integer> actual = new SmallFieldMap<>();
    int step = 0;
    for (String op : script.split(" ")) {
      step++;
      String key = op.substring(1);
      switch (op.charAt(0)) {
        case '+' -> assertThat(actual.put(key, step)).isEqualTo(expected.put(key, step));
        case '-' -> assertThat(actual.remove(key)).isEqualTo(expected.remove(key));
        case '?' -> {
          assertThat(actual.get(key)).isEqualTo(expected.get(key));
          assertThat(actual.containsKey(key)).isEqualTo(expected.containsKey(key));
        }
        case '*' -> {
          removeThroughIterator(expected, key);
          removeThroughIterator(actual, key);
        }
        case '=' -> {
          setThroughEntry(expected, key, -step);
          setThroughEntry(actual, key, -step);
        }
        case '!' -> {
          expected.clear();
          actual.clear();
        }
        case '~' -> {
          Set<String> kept = Set.of(key.split(","));
          assertThat(actual.keySet().retainAll(kept)).isEqualTo(expected.keySet().retainAll(kept));
        }
        default -> throw new IllegalArgumentException(op);
      }
      assertThat(new ArrayList<>(actual.entrySet()))
          .as("after %s", op)
          .isEqualTo(new ArrayList<>(expected.entrySet()));
      assertThat(actual).isEqualTo(expected);
      assertThat(actual.hashCode()).isEqualTo(expected.hashCode());
      assertThat(actual.size()).isEqualTo(expected.size());
      assertThat(new ArrayList<>(actual.values())).isEqualTo(new ArrayList<>(expected.values()));
    }
  }

  private static void removeThroughIterator(Map<String, Integer> map, String key) {
    for (Iterator<Map.Entry<String, Integer>> i = map.entrySet().iterator(); i.hasNext(); ) {
      if (i.next().getKey().equals(key)) {
        i.remove();
      }
    }
  }

  private static void setThroughEntry(Map<String, Integer> map, String key, int value) {
    for (Map.Entry<String, Integer> e : map.entrySet()) {
      if (e.getKey().equals(key)) {
        e.setValue(value);
      }
    }
  }

  /** Fields visited in order without entries, on both sides of the move to a hash map. */
  @ParameterizedTest(name = "{0} fields")
  @ValueSource(ints = {0, 1, SmallFieldMap.MAX_SCANNED, SmallFieldMap.MAX_SCANNED + 3})
  void forEachVisitsTheFieldsInOrderAsJacksonsMapDoes(int fields) {
    Map<String, Integer> small = new SmallFieldMap<>();
    Map<String, Integer> jackson = new LinkedHashMap<>();
    for (int i = fields; i > 0; i--) {
      small.put("k" + i, i);
      jackson.put("k" + i, i);
    }
    List<String> visited = new ArrayList<>();
    small.forEach((k, v) -> visited.add(k + "=" + v));
    List<String> expected = new ArrayList<>();
    jackson.forEach((k, v) -> expected.add(k + "=" + v));
    assertThat(visited).isEqualTo(expected).hasSize(fields);
  }

  @Test
  void forEachRefusesAMapChangedUnderIt() {
    Map<String, Integer> map = new SmallFieldMap<>();
    map.put("a", 1);
    map.put("b", 2);
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> map.forEach((k, v) -> map.remove("b")))
        .isInstanceOf(java.util.ConcurrentModificationException.class);
  }

  @Test
  void aKeyFoundByEqualityNotOnlyByIdentity() {
    Map<String, Integer> map = new SmallFieldMap<>();
    map.put(new String("name"), 1);
    assertThat(map.get(new String("name"))).isEqualTo(1);
    assertThat(map.put(new String("name"), 2)).isEqualTo(1);
    assertThat(map).hasSize(1);
  }

  private static final ObjectMapper JACKSON = new ObjectMapper();

  /** Trees read through StrictJson equal Jackson's own, in content and field order. */
  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "{}",
        "{\"a\": 1, \"b\": {\"c\": [1, {\"d\": null}], \"e\": \"x\"}, \"f\": true}",
        "{\"tags\": {\"1\":1,\"2\":2,\"3\":3,\"4\":4,\"5\":5,\"6\":6,\"7\":7,\"8\":8,\"9\":9,"
            + "\"10\":10,\"11\":11,\"12\":12,\"13\":13,\"14\":14}}",
      })
  void treesAreJacksonsTrees(String json) throws Exception {
    JsonNode compact = StrictJson.tree(json, "t.json");
    JsonNode jackson = JACKSON.readTree(json);
    assertThat(compact).isEqualTo(jackson);
    assertThat(jackson).isEqualTo(compact);
    assertThat(compact.hashCode()).isEqualTo(jackson.hashCode());
    assertThat(JACKSON.writeValueAsString(compact)).isEqualTo(JACKSON.writeValueAsString(jackson));
  }

  @Test
  void treesOfRealDocumentsAreJacksonsTrees() throws Exception {
    // The facts of the real-world plans: deep, wide and nested as a plan's values are.
    List<Path> plans;
    try (var files = Files.list(Path.of("src/test/resources/real-world-golden"))) {
      plans = files.filter(p -> p.toString().endsWith(".json")).sorted().toList();
    }
    assertThat(plans).isNotEmpty();
    for (Path p : plans) {
      String text = Files.readString(p);
      JsonNode compact = StrictJson.tree(text, p.toString());
      assertThat(compact).isEqualTo(JACKSON.readTree(text));
      assertThat(JACKSON.writeValueAsString(compact))
          .isEqualTo(JACKSON.writeValueAsString(JACKSON.readTree(text)));
    }
  }

  /**
   * Hostile input: an object of 200,000 keys, searched by scanning, would take some 10^10
   * comparisons to read; past twelve fields it is a hash map, and reads in well under a second. The
   * bound is generous: it fails on quadratic reading, not on a slow machine.
   */
  @Test
  void anObjectOfManyKeysIsNotScanned() throws Exception {
    StringBuilder json = new StringBuilder("{");
    for (int i = 0; i < 200_000; i++) {
      json.append(i == 0 ? "" : ",").append('"').append(i).append("\":").append(i);
    }
    String text = json.append('}').toString();
    JsonNode tree =
        assertTimeoutPreemptively(
            java.time.Duration.ofSeconds(30), () -> StrictJson.tree(text, "t.json"));
    assertThat(tree.size()).isEqualTo(200_000);
    assertThat(tree.get("199999").intValue()).isEqualTo(199_999);
  }

  @Test
  void editsThroughTheObjectNodeApi() throws Exception {
    ObjectNode node = (ObjectNode) StrictJson.tree("{\"a\":1,\"b\":2,\"c\":3}", "t.json");
    node.remove(List.of("a", "c"));
    node.put("d", 4);
    node.retain("b", "d", "z");
    node.removeIf(v -> v.intValue() == 4);
    assertThat(node).isEqualTo(JACKSON.readTree("{\"b\":2}"));
  }
}
