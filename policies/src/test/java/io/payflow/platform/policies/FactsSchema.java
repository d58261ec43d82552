package io.payflow.platform.policies;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Set;

/** The facts JSON Schema shipped in this module, for tests that check documents against it. */
final class FactsSchema {
  private static final JsonSchema SCHEMA = load();
  private static final ObjectMapper JSON = new ObjectMapper();

  private FactsSchema() {}

  private static JsonSchema load() {
    try (InputStream in =
        FactsSchema.class.getResourceAsStream("/io/payflow/platform/policies/facts.schema.json")) {
      return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static void assertValid(String json, String name) {
    try {
      Set<ValidationMessage> errors = SCHEMA.validate(JSON.readTree(json));
      assertThat(errors).as(name + " against facts.schema.json").isEmpty();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Set<ValidationMessage> validate(String json) throws IOException {
    return SCHEMA.validate(JSON.readTree(json));
  }
}
