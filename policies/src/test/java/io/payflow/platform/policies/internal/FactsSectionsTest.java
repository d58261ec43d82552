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

  /**
   * With a table, every location ({@code path}) is written as its number in the table, the same
   * location as the same number, and nothing else changes: put back, the sections are the whole
   * document's.
   */
  @Test
  void locationsAreNumbersOfTheTableAndPutBackAreTheDocument() throws Exception {
    int numbered = 0;
    for (Path p : documents()) {
      Facts facts = FactsJson.read(Files.readString(p));
      JsonNode whole = JSON.readTree(FactsJson.compact(facts));
      Set<String> names = new HashSet<>(FactsSections.names());
      PathTable table = new PathTable();
      JsonNode part = JSON.readTree(FactsSections.compact(facts, names, table));
      List<Integer> numbers = new java.util.ArrayList<>();
      part.findValues("path").forEach(n -> numbers.add(n.intValue()));
      assertThat(part.findValues("path")).as(p.toString()).allMatch(JsonNode::isInt);
      assertThat(new HashSet<>(numbers)).hasSize(table.size());
      numbered += table.size();
      putBack(part, table);
      for (String name : names) {
        assertThat(part.get(name)).as(p + " " + name).isEqualTo(whole.get(name));
      }
    }
    assertThat(numbered).as("locations numbered in all documents").isGreaterThan(50);
  }

  @Test
  void aTableNumbersEachLocationOnceAndKnowsNoOther() {
    PathTable table = new PathTable();
    assertThat(table.number("resource_changes[3]")).isZero();
    assertThat(table.number("resource_changes[1]")).isEqualTo(1);
    assertThat(table.number("resource_changes[3]")).isZero();
    assertThat(table.location(1)).isEqualTo("resource_changes[1]");
    assertThat(table.location(2)).isNull();
    assertThat(table.location(-1)).isNull();
    assertThat(table.size()).isEqualTo(2);
  }

  private static void putBack(JsonNode node, PathTable table) {
    if (node instanceof com.fasterxml.jackson.databind.node.ObjectNode object) {
      if (object.has("path")) {
        object.put("path", table.location(object.get("path").intValue()));
      }
      object.forEach(child -> putBack(child, table));
    } else if (node.isArray()) {
      node.forEach(child -> putBack(child, table));
    }
  }
}
