package io.payflow.platform.policies.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.payflow.platform.policies.Facts;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** A part's document holds exactly the sections named, each as the whole document writes it. */
class FactsSectionsTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  private static List<Path> documents() throws Exception {
    try (var files = Files.list(Path.of("src/test/resources/real-world-golden"))) {
      return files.filter(p -> p.toString().endsWith(".json")).sorted().toList();
    }
  }

  @Test
  void everySectionNamedIsTheWholeDocument() throws Exception {
    for (Path p : documents()) {
      Facts facts = FactsJson.read(Files.readString(p));
      JsonNode whole = JSON.readTree(FactsJson.compact(facts));
      assertThat(JSON.readTree(FactsSections.compact(facts, new HashSet<>(FactsSections.names()))))
          .as(p.toString())
          .isEqualTo(whole);
      assertThat(JSON.readTree(FactsSections.compact(facts, Set.of(FactsSections.ALL))))
          .isEqualTo(whole);
    }
  }

  @Test
  void someSectionsAreThoseSectionsOfTheWholeDocument() throws Exception {
    for (Path p : documents()) {
      Facts facts = FactsJson.read(Files.readString(p));
      JsonNode whole = JSON.readTree(FactsJson.compact(facts));
      JsonNode part = JSON.readTree(FactsSections.compact(facts, Set.of("costs", "networks", "x")));
      assertThat(part.size()).isEqualTo(2);
      assertThat(part.get("costs")).isEqualTo(whole.get("costs"));
      assertThat(part.get("networks")).isEqualTo(whole.get("networks"));
    }
  }

  @Test
  void entriesCountEveryListSection() throws Exception {
    for (Path p : documents()) {
      Facts facts = FactsJson.read(Files.readString(p));
      JsonNode whole = JSON.readTree(FactsJson.compact(facts));
      int expected = 0;
      for (JsonNode section : whole) {
        expected += section.isArray() ? section.size() : 0;
      }
      assertThat(FactsSections.entries(facts)).as(p.toString()).isEqualTo(expected);
    }
  }

  @Test
  void namesAreTheDocumentsKeys() throws Exception {
    Facts facts = FactsJson.read(Files.readString(documents().get(0)));
    List<String> keys = new java.util.ArrayList<>();
    JSON.readTree(FactsJson.compact(facts)).fieldNames().forEachRemaining(keys::add);
    assertThat(FactsSections.names()).containsExactlyInAnyOrderElementsOf(keys);
  }
}
