package io.payflow.platform.policies.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.payflow.platform.policies.Facts;
import io.payflow.platform.policies.InputException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;

/**
 * The one mapper that writes facts (snake_case keys, sorted, indented: the same facts give the same
 * bytes) and reads the small JSON documents of the engine itself (results, catalogs).
 */
public final class FactsJson {
  static final ObjectMapper JSON =
      JsonMapper.builder()
          .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
          .enable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
          .enable(SerializationFeature.INDENT_OUTPUT)
          .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
          .build();

  static final ObjectWriter COMPACT = JSON.writer().without(SerializationFeature.INDENT_OUTPUT);

  private FactsJson() {}

  /** Typed facts from JSON written by another tool or a test. */
  public static Facts read(String json) throws InputException {
    try {
      Facts facts = JSON.readValue(json, Facts.class);
      if (facts == null) {
        throw new InputException("facts document is empty", null);
      }
      return facts;
    } catch (JsonProcessingException e) {
      throw new InputException("facts document does not match facts.schema.json", e);
    }
  }

  /**
   * Facts as the rules read them: the same keys in the same order as {@link #write}, without
   * indentation, written by {@link FactsWriter}.
   */
  public static byte[] compact(Facts facts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 16);
    try (JsonGenerator json = JSON.getFactory().createGenerator(out)) {
      FactsWriter.write(json, facts);
    } catch (IOException e) {
      throw new IllegalStateException("facts cannot be serialized", e);
    }
    return out.toByteArray();
  }

  /** Serializes facts once; the result is what the Wasm reads and {@code payflow facts} prints. */
  public static String write(Facts facts) {
    try {
      return JSON.writeValueAsString(facts) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("facts cannot be serialized", e);
    }
  }
}
