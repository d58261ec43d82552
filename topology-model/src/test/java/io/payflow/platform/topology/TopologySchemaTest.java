package io.payflow.platform.topology;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The topology JSON Schema is generated from the model's records, so it cannot drift: this test
 * regenerates it and compares it with the committed file (update with -Dpayflow.updateGolden=true).
 */
class TopologySchemaTest {
  private static final Path SCHEMA =
      Reference.locate(
          "topology-model/src/main/resources/io/payflow/platform/topology/topology.schema.json");
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final PropertyNamingStrategies.NamingBase SNAKE =
      (PropertyNamingStrategies.NamingBase) PropertyNamingStrategies.SNAKE_CASE;

  @Test
  void committedSchemaMatchesTheModel() throws Exception {
    String generated = JSON.writerWithDefaultPrettyPrinter().writeValueAsString(generate()) + "\n";
    if (Boolean.getBoolean("payflow.updateGolden")) {
      Files.writeString(SCHEMA, generated);
    }
    assertThat(Files.readString(SCHEMA)).isEqualTo(generated);
  }

  @Test
  void referenceTopologyValidatesAgainstTheSchema() throws Exception {
    JsonSchema schema =
        JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
            .getSchema(Files.readString(SCHEMA));
    JsonNode reference = JSON.readTree(TopologyWriter.toJson(Reference.load()));
    assertThat(schema.validate(reference)).isEmpty();
    ((ObjectNode) reference.path("environments").get(0)).put("hours_per_montth", 1);
    Set<ValidationMessage> errors = schema.validate(reference);
    assertThat(errors)
        .extracting(ValidationMessage::getMessage)
        .anyMatch(m -> m.contains("hours_per_montth"));
  }

  static ObjectNode generate() {
    ObjectNode schema = JSON.createObjectNode();
    schema.put("$schema", "https://json-schema.org/draft/2020-12/schema");
    schema.put("$id", "https://payflow.io/schemas/topology-1.json");
    schema.put("title", "PayFlow topology");
    ObjectNode defs = JSON.createObjectNode();
    ObjectNode root = describe(Topology.class, defs);
    schema.setAll(root);
    schema.set("$defs", defs);
    return schema;
  }

  private static ObjectNode describe(Type type, ObjectNode defs) {
    ObjectNode node = JSON.createObjectNode();
    if (type instanceof ParameterizedType p) {
      Type element = p.getActualTypeArguments()[0];
      node.put("type", "array");
      // The model refuses a name or a zone listed twice (Lists.unique); editors can say so too.
      if (element == String.class || element == AvailabilityZone.class) {
        node.put("uniqueItems", true);
      }
      node.set("items", describe(element, defs));
      return node;
    }
    Class<?> c = (Class<?>) type;
    if (c == Cidr.class) {
      node.put("type", "string");
      node.put("pattern", "^\\d{1,3}(\\.\\d{1,3}){3}/\\d{1,2}$");
      node.put("description", "IPv4 CIDR in canonical form, e.g. 10.0.0.0/16");
    } else if (c == AvailabilityZone.class) {
      node.put("type", "string");
      node.put("pattern", "^[a-z]{2}(-gov)?-[a-z]+-\\d+[a-z]$");
    } else if (c == Money.class) {
      node.put("type", "number");
      node.put("minimum", 0);
      node.put("description", "USD per month");
    } else if (c == String.class) {
      node.put("type", "string");
    } else if (c == Integer.class || c == int.class) {
      node.put("type", "integer");
    } else if (c == Boolean.class || c == boolean.class) {
      node.put("type", "boolean");
    } else if (c.isEnum()) {
      ArrayNode values = node.putArray("enum");
      for (Object constant : c.getEnumConstants()) {
        values.add(((Enum<?>) constant).name().toLowerCase(Locale.ROOT));
      }
    } else if (c.isRecord()) {
      if (c != Topology.class) {
        if (!defs.has(c.getSimpleName())) {
          defs.putObject(c.getSimpleName());
          defs.set(c.getSimpleName(), object(c, defs));
        }
        node.put("$ref", "#/$defs/" + c.getSimpleName());
        return node;
      }
      return object(c, defs);
    } else {
      throw new IllegalStateException("no schema for " + c);
    }
    return node;
  }

  private static ObjectNode object(Class<?> c, ObjectNode defs) {
    ObjectNode node = JSON.createObjectNode();
    node.put("type", "object");
    node.put("additionalProperties", false);
    ObjectNode properties = node.putObject("properties");
    for (RecordComponent component : c.getRecordComponents()) {
      properties.set(
          SNAKE.translate(component.getName()), describe(component.getGenericType(), defs));
    }
    return node;
  }
}
