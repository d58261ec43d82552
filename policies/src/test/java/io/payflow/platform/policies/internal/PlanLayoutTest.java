package io.payflow.platform.policies.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The scan that finds where a plan's changes lie: exact offsets where the document is as expected,
 * and null (bind the plan whole) for anything else.
 */
class PlanLayoutTest {
  private static final Set<String> BOUND = PlanHalves.BOUND;

  private static PlanLayout of(String json) {
    return PlanLayout.of(json.getBytes(StandardCharsets.US_ASCII), BOUND);
  }

  private static List<String> elements(String json, PlanLayout layout) {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < layout.elements(); i++) {
      out.add(json.substring(layout.start(i), layout.end(i)));
    }
    return out;
  }

  @Test
  void findsEachChangeAndTheValuesTheBindingDoesNotRead() {
    String json =
        "{\"format_version\": \"1.2\", \"planned_values\": {\"a\": [1, \"]}\\\"\"]},\n"
            + " \"resource_changes\" : [ {\"address\": \"a\", \"x\": {\"y\": [{}]}} ,\n"
            + "{\"address\": \"b\\\\\"}\t], \"prior_state\": true,"
            + " \"configuration\": {\"k\": \"v\"}, \"timestamp\": \"2026\"}";
    PlanLayout layout = of(json);
    assertThat(layout).isNotNull();
    assertThat(json.charAt(layout.open)).isEqualTo('[');
    assertThat(json.charAt(layout.close)).isEqualTo(']');
    assertThat(elements(json, layout))
        .containsExactly("{\"address\": \"a\", \"x\": {\"y\": [{}]}}", "{\"address\": \"b\\\\\"}");
    List<String> unread = new ArrayList<>();
    for (int i = 0; i < layout.unread.length; i += 2) {
      unread.add(json.substring(layout.unread[i], layout.unread[i + 1]));
    }
    assertThat(unread).containsExactly("{\"a\": [1, \"]}\\\"\"]}", "true", "\"2026\"");
    assertThat(layout.configuration).isEqualTo("{\"k\": \"v\"}".length());
    assertThat(layout.elementFrom(layout.start(1))).isEqualTo(1);
    assertThat(layout.elementFrom(layout.start(1) + 1)).isEqualTo(2);
    assertThat(layout.elementFrom(0)).isZero();
  }

  @Test
  void aKeyWrittenWithEscapesStaysWithTheBinding() {
    String json =
        "{\"resource_changes\": [{}, {}], \"prior\\u005fstate\": 1, \"prior_state\": 2,"
            + " \"configuration\": \""
            + "x".repeat(2 * PlanLayout.MIN_CHANGE_BYTES)
            + "\"}";
    PlanLayout layout = of(json);
    assertThat(layout.unread).hasSize(2);
    assertThat(json.substring(layout.unread[0], layout.unread[1])).isEqualTo("2");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "[]",
        "\"resource_changes\"",
        "{}",
        "{\"format_version\": \"1.2\"}",
        "{\"resource_changes\": null}",
        "{\"resource_changes\": []}",
        "{\"resource_changes\": [{}]}",
        "{\"resource_changes\": [{}, {}], \"resource_changes\": [{}, {}]}",
        "{\"resource_changes\": [{}, 1]}",
        "{\"resource_changes\": [{}, null]}",
        "{\"resource_changes\": [{}, {},]}",
        "{\"resource_changes\": [{},, {}]}",
        "{\"resource_changes\": [{} {}]}",
        "{\"resource_changes\": [{}, {\"a\": \"unterminated}]}",
        "{\"resource_changes\": [{}, {}]",
        "{\"resource_changes\": [{}, {}] \"x\": 1}",
        "{\"x\": , \"resource_changes\": [{}, {}]}",
        "{\"x\" 1, \"resource_changes\": [{}, {}]}",
        "{\"resource_changes\": [{}, {}], 5: 1}",
      })
  void anythingElseIsBoundWhole(String json) {
    assertThat(of(json)).isNull();
  }

  @Test
  void changesSmallerThanTerraformWritesThemAreBoundWhole() {
    String change = "{\"a\": \"" + "x".repeat(PlanLayout.MIN_CHANGE_BYTES) + "\"}";
    String real = "{\"resource_changes\": [" + (change + ", ").repeat(20) + change + "]}";
    assertThat(of(real).elements()).isEqualTo(21);
    String tiny = "{\"resource_changes\": [" + "{}, ".repeat(2000) + "{}]}";
    assertThat(of(tiny)).isNull();
  }

  @Test
  void aPlanOfManyUnreadKeysIsBoundWhole() {
    StringBuilder keys = new StringBuilder();
    for (int i = 0; i < PlanLayout.MAX_UNREAD; i++) {
      keys.append("\"k").append(i).append("\": 1, ");
    }
    assertThat(of("{" + keys + "\"resource_changes\": [{}, {}]}").unread)
        .hasSize(2 * PlanLayout.MAX_UNREAD);
    assertThat(of("{" + keys + "\"one_more\": 1, \"resource_changes\": [{}, {}]}")).isNull();
  }

  @Test
  void nestingNearJacksonsBoundIsBoundWhole() {
    int limit = StrictJson.MAX_NESTING;
    // The root object and the array are two levels, an element's own object a third; one level of
    // margin below the bound.
    String deep = "[".repeat(limit - 4) + "]".repeat(limit - 4);
    String near = "[".repeat(limit - 3) + "]".repeat(limit - 3);
    assertThat(of("{\"resource_changes\": [{\"a\": " + deep + "}, {}]}")).isNotNull();
    assertThat(of("{\"resource_changes\": [{\"a\": " + near + "}, {}]}")).isNull();
    assertThat(
            of(
                "{\"x\": "
                    + "[".repeat(limit)
                    + "]".repeat(limit)
                    + ", \"resource_changes\": [{}, {}]}"))
        .isNull();
  }
}
