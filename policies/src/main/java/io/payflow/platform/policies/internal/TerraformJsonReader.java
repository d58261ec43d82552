package io.payflow.platform.policies.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Terraform JSON configuration: a CDKTF {@code cdk.tf.json} or any {@code *.tf.json}. Values are
 * literals or {@code ${...}} interpolations; an interpolated attribute is unknown until apply.
 */
final class TerraformJsonReader {
  private TerraformJsonReader() {}

  record Result(TfStack stack, List<TfResource> resources) {}

  static boolean looksLike(JsonNode root) {
    return root.isObject()
        && !root.has("format_version")
        && (root.has("resource")
            || root.has("data")
            || root.has("terraform")
            || root.has("provider")
            || root.has("module"));
  }

  /**
   * {@code stackName} overrides the CDKTF metadata; {@code cdktf} says a missing backend means
   * local.
   */
  static Result read(
      JsonNode root,
      String pathPrefix,
      String stackName,
      List<String> dependencies,
      boolean cdktf) {
    String stack =
        stackName != null ? stackName : textOrNull(root.at("/\u002F\u002F/metadata/stackName"));
    boolean isCdktf = cdktf || root.has("//");
    JsonNode backends = root.at("/terraform/backend");
    JsonNode backend = backends.isObject() ? backends : null;
    if (backend == null && backends.isArray() && backends.size() > 0) {
      backend = backends.get(0);
    }
    Map<String, String> outputs = new LinkedHashMap<>();
    root.path("output")
        .fields()
        .forEachRemaining(o -> outputs.put(o.getKey(), o.getValue().path("value").asText("")));
    Map<String, String> tags = new LinkedHashMap<>();
    JsonNode aws = TfValues.unwrap(root.at("/provider/aws"));
    TfValues.unwrap(aws.path("default_tags"))
        .path("tags")
        .fields()
        .forEachRemaining(t -> tags.put(t.getKey(), t.getValue().asText()));
    TfStack tfStack =
        new TfStack(
            stack, pathPrefix, backend, backend != null || isCdktf, dependencies, outputs, tags);
    List<TfResource> resources = new ArrayList<>();
    collect(root.path("resource"), false, stack, pathPrefix, resources);
    collect(root.path("data"), true, stack, pathPrefix, resources);
    return new Result(tfStack, resources);
  }

  private static void collect(
      JsonNode block, boolean data, String stack, String pathPrefix, List<TfResource> out) {
    for (Iterator<Map.Entry<String, JsonNode>> types = block.fields(); types.hasNext(); ) {
      Map.Entry<String, JsonNode> type = types.next();
      for (Iterator<Map.Entry<String, JsonNode>> names = type.getValue().fields();
          names.hasNext(); ) {
        Map.Entry<String, JsonNode> named = names.next();
        String local = (data ? "data." : "") + type.getKey() + "." + named.getKey();
        ObjectNode values =
            named.getValue().isObject()
                ? ((ObjectNode) named.getValue()).deepCopy()
                : FactsBuilder.JSON.createObjectNode();
        values.remove("//");
        out.add(
            new TfResource(
                stack == null ? local : stack + ":" + local,
                local,
                type.getKey(),
                data,
                values,
                expressionAttributes(values),
                null,
                stack,
                pathPrefix
                    + (data ? "data." : "resource.")
                    + type.getKey()
                    + "."
                    + named.getKey()));
      }
    }
  }

  /** Attributes whose value is an interpolation, at any depth, as dotted paths. */
  private static Set<String> expressionAttributes(JsonNode values) {
    Set<String> unknown = new HashSet<>();
    walk(values, "", unknown);
    return unknown;
  }

  private static void walk(JsonNode node, String prefix, Set<String> unknown) {
    if (node.isObject()) {
      node.fields()
          .forEachRemaining(
              f ->
                  walk(
                      f.getValue(),
                      prefix.isEmpty() ? f.getKey() : prefix + "." + f.getKey(),
                      unknown));
    } else if (node.isArray()) {
      node.forEach(element -> walk(element, prefix, unknown));
    } else if (TfValues.isExpression(node)) {
      unknown.add(prefix);
    }
  }

  private static String textOrNull(JsonNode node) {
    return node.isTextual() ? node.asText() : null;
  }
}
