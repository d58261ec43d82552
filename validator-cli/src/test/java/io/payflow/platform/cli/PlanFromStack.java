package io.payflow.platform.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Iterator;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns one synthesized {@code cdk.tf.json} into what {@code terraform show -json} would print for
 * a first apply: every resource created, literals known, interpolations unknown until apply (with
 * their references in {@code configuration}), {@code tags_all} from the provider's default tags.
 * Data sources and the backend are left out, as a real plan leaves them out.
 */
final class PlanFromStack {
  private static final ObjectMapper JSON =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
  private static final Pattern INTERPOLATION = Pattern.compile("\\$\\{([^}]*)\\}");

  private PlanFromStack() {}

  static String generate(JsonNode stack) throws Exception {
    ObjectNode plan = JSON.createObjectNode();
    plan.put("format_version", "1.2");
    plan.put("terraform_version", "1.9.8");
    ArrayNode planned =
        plan.putObject("planned_values").putObject("root_module").putArray("resources");
    ArrayNode changes = plan.putArray("resource_changes");
    ArrayNode configured =
        plan.putObject("configuration").putObject("root_module").putArray("resources");
    JsonNode defaultTags = stack.at("/provider/aws/0/default_tags/0/tags");
    for (Iterator<Map.Entry<String, JsonNode>> types = stack.path("resource").fields();
        types.hasNext(); ) {
      Map.Entry<String, JsonNode> type = types.next();
      for (Iterator<Map.Entry<String, JsonNode>> names = type.getValue().fields();
          names.hasNext(); ) {
        Map.Entry<String, JsonNode> named = names.next();
        String address = type.getKey() + "." + named.getKey();
        ObjectNode config = ((ObjectNode) named.getValue()).deepCopy();
        config.remove("//");
        config.remove("depends_on");
        ObjectNode after = JSON.createObjectNode();
        ObjectNode unknown = JSON.createObjectNode();
        ObjectNode expressions = JSON.createObjectNode();
        config
            .fields()
            .forEachRemaining(f -> split(f.getKey(), f.getValue(), after, unknown, expressions));
        if (config.has("tags") || defaultTags.isObject()) {
          ObjectNode tagsAll = JSON.createObjectNode();
          if (defaultTags.isObject()) {
            tagsAll.setAll((ObjectNode) defaultTags);
          }
          if (config.path("tags").isObject()) {
            tagsAll.setAll((ObjectNode) config.path("tags"));
          }
          after.set("tags_all", tagsAll);
        }
        ObjectNode value = planned.addObject();
        value
            .put("address", address)
            .put("mode", "managed")
            .put("type", type.getKey())
            .put("name", named.getKey());
        value.set("values", after);
        ObjectNode change = changes.addObject();
        change
            .put("address", address)
            .put("mode", "managed")
            .put("type", type.getKey())
            .put("name", named.getKey());
        ObjectNode body = change.putObject("change");
        body.putArray("actions").add("create");
        body.putNull("before");
        body.set("after", after);
        body.set("after_unknown", unknown);
        ObjectNode resource = configured.addObject();
        resource
            .put("address", address)
            .put("mode", "managed")
            .put("type", type.getKey())
            .put("name", named.getKey());
        resource.set("expressions", expressions);
      }
    }
    return JSON.writeValueAsString(plan);
  }

  /**
   * One attribute: known part into after, unknown part into after_unknown, origin into expressions.
   */
  private static void split(
      String name, JsonNode value, ObjectNode after, ObjectNode unknown, ObjectNode expressions) {
    if (value.isTextual() && value.asText().contains("${")) {
      unknown.put(name, true);
      references(value.asText(), expressions.putObject(name).putArray("references"));
    } else if (value.isObject()) {
      ObjectNode knownBlock = JSON.createObjectNode();
      ObjectNode unknownBlock = JSON.createObjectNode();
      ObjectNode blockExpressions = JSON.createObjectNode();
      value
          .fields()
          .forEachRemaining(
              f -> split(f.getKey(), f.getValue(), knownBlock, unknownBlock, blockExpressions));
      after.putArray(name).add(knownBlock);
      unknown.putArray(name).add(unknownBlock);
      expressions.putArray(name).add(blockExpressions);
    } else if (value.isArray() && value.toString().contains("${")) {
      unknown.put(name, true);
      ArrayNode references = expressions.putObject(name).putArray("references");
      value.forEach(v -> references(v.asText(), references));
    } else {
      after.set(name, value);
      expressions.putObject(name).set("constant_value", value);
    }
  }

  /** Terraform lists each referenced expression and the object it reads ({@code aws_vpc.vpc}). */
  private static void references(String text, ArrayNode out) {
    Matcher m = INTERPOLATION.matcher(text);
    while (m.find()) {
      String expression = m.group(1);
      out.add(expression);
      int dot = expression.lastIndexOf('.');
      if (dot > 0 && !expression.startsWith("var.")) {
        out.add(expression.substring(0, dot));
      }
    }
  }
}
