package io.payflow.platform.policies.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.util.TokenBuffer;
import io.payflow.platform.policies.Facts;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * The top-level sections of a facts document ({@code networks}, {@code costs}...), by the names the
 * rules read them by: a part of the rules is given only the sections it reads.
 */
public final class FactsSections {
  /** A part that reads every section (what the policy build writes when it cannot tell). */
  public static final String ALL = "*";

  private record Section(String name, Method accessor) {}

  private static final List<Section> SECTIONS = sections();

  private FactsSections() {}

  private static List<Section> sections() {
    var naming = (PropertyNamingStrategies.NamingBase) PropertyNamingStrategies.SNAKE_CASE;
    List<Section> sections = new ArrayList<>();
    for (RecordComponent c : Facts.class.getRecordComponents()) {
      sections.add(new Section(naming.translate(c.getName()), c.getAccessor()));
    }
    return List.copyOf(sections);
  }

  /** Every section's name, as the facts document writes it. */
  public static List<String> names() {
    return SECTIONS.stream().map(Section::name).toList();
  }

  /** How many entries the document's list sections hold together: its size, for the engine. */
  public static int entries(Facts facts) {
    int entries = 0;
    for (Section s : SECTIONS) {
      if (value(facts, s) instanceof Collection<?> list) {
        entries += list.size();
      }
    }
    return entries;
  }

  /**
   * The compact document of only the named sections (all of them for {@link #ALL}), each written as
   * {@link FactsJson#compact} writes it.
   */
  public static byte[] compact(Facts facts, Set<String> names) {
    return compact(facts, names, null);
  }

  /**
   * As {@link #compact(Facts, Set)}, each location written as its number in {@code paths} (no table
   * for {@link #ALL}: the whole document as written).
   */
  public static byte[] compact(Facts facts, Set<String> names, PathTable paths) {
    if (names.contains(ALL)) {
      return FactsJson.compact(facts);
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 16);
    try (JsonGenerator json = FactsJson.JSON.getFactory().createGenerator(out)) {
      write(json, facts, names, paths);
    } catch (IOException e) {
      throw new IllegalStateException("facts cannot be serialized", e);
    }
    return out.toByteArray();
  }

  /**
   * As {@link #compact(Facts, Set, PathTable)}, as the tokens the JSON would hold: what the bundled
   * policy's host reads into the Wasm's values without text between ({@link PolicyInput}).
   */
  public static PolicyInput input(Facts facts, Set<String> names, PathTable paths) {
    if (names.contains(ALL)) {
      return PolicyInput.ofJson(FactsJson.compact(facts));
    }
    TokenBuffer tokens = new TokenBuffer(FactsJson.JSON, false);
    try {
      write(tokens, facts, names, paths);
      tokens.close();
    } catch (IOException e) {
      throw new IllegalStateException("facts cannot be serialized", e);
    }
    return PolicyInput.ofTokens(tokens);
  }

  private static void write(JsonGenerator json, Facts facts, Set<String> names, PathTable paths)
      throws IOException {
    json.writeStartObject();
    for (Section s : SECTIONS) {
      if (names.contains(s.name())) {
        json.writeFieldName(s.name());
        FactsWriter.write(json, value(facts, s), paths);
      }
    }
    json.writeEndObject();
  }

  /** {@link #entries(Facts)} of a document given as JSON (checked before: an object). */
  public static int entries(String json) {
    int entries = 0;
    for (JsonNode section : tree(json)) {
      entries += section.isArray() ? section.size() : 0;
    }
    return entries;
  }

  /**
   * {@link #compact(Facts, Set)} of a document given as JSON: its sections as they are, including
   * keys the typed facts do not know.
   */
  public static byte[] compact(String json, Set<String> names) {
    ObjectNode part = tree(json);
    if (!names.contains(ALL)) {
      part.retain(names);
    }
    try {
      return FactsJson.COMPACT.writeValueAsBytes(part);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("facts cannot be serialized", e);
    }
  }

  private static ObjectNode tree(String json) {
    try {
      return (ObjectNode) FactsJson.JSON.readTree(json);
    } catch (JsonProcessingException | ClassCastException e) {
      throw new IllegalStateException("facts were checked before they were split", e);
    }
  }

  private static Object value(Facts facts, Section section) {
    try {
      return section.accessor().invoke(facts);
    } catch (IllegalAccessException | InvocationTargetException e) {
      throw new IllegalStateException("facts section " + section.name() + " cannot be read", e);
    }
  }
}
