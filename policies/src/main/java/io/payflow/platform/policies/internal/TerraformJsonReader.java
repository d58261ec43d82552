package io.payflow.platform.policies.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Terraform JSON configuration: a CDKTF {@code cdk.tf.json} or any {@code *.tf.json}, in every
 * shape Terraform accepts (a block's object form and its array-of-objects form). Values are
 * literals or {@code ${...}} interpolations; an interpolated attribute is unknown until apply. A
 * block of the wrong type is an input error with its path, never skipped.
 */
final class TerraformJsonReader {
  private static final Set<String> BACKEND_STRINGS =
      Set.of("bucket", "key", "region", "dynamodb_table", "kms_key_id");
  private static final List<String> BACKEND_BOOLEANS = List.of("encrypt", "use_lockfile");

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
   * {@code stackName} overrides the CDKTF metadata ({@code //.metadata.stackName}); {@code cdktf}
   * says a missing backend means local.
   */
  static Result read(
      JsonNode root,
      String pathPrefix,
      String stackName,
      List<String> dependencies,
      boolean cdktf) {
    if (!root.isObject()) {
      throw new BadInput("(document)", "expected a JSON object of Terraform blocks");
    }
    JsonNode meta = root.path("//").path("metadata").path("stackName");
    String stack = stackName != null ? stackName : meta.isTextual() ? meta.asText() : null;
    boolean isCdktf = cdktf || root.has("//");
    Map<String, JsonNode> backends = new LinkedHashMap<>();
    for (Block terraform : Blocks.entries(root.get("terraform"), "terraform")) {
      backends.putAll(Blocks.named(terraform.body().get("backend"), terraform.path() + ".backend"));
    }
    if (backends.size() > 1) {
      throw new BadInput(
          "terraform.backend", "declares " + backends.size() + " backends; Terraform takes one");
    }
    String backendType = backends.isEmpty() ? null : backends.keySet().iterator().next();
    JsonNode backend = backendType == null ? null : backends.get(backendType);
    if (backend != null) {
      literalOnly(backend, "terraform.backend." + backendType);
    }
    if ("s3".equals(backendType)) {
      checkS3(backend);
    }
    Map<String, String> outputs = new LinkedHashMap<>();
    Blocks.named(root.get("output"), "output")
        .forEach((name, body) -> outputs.put(name, body.path("value").asText("")));
    TfStack tfStack =
        new TfStack(
            stack,
            pathPrefix,
            backendType,
            backend,
            backendType != null || isCdktf,
            dependencies,
            outputs,
            defaultTags(root),
            regions(root));
    List<TfResource> resources = new ArrayList<>();
    Instances instances = new Instances();
    collect(root.get("resource"), "resource", false, stack, pathPrefix, instances, resources);
    collect(root.get("data"), "data", true, stack, pathPrefix, instances, resources);
    moduleCalls(root.get("module"), stack, pathPrefix, resources);
    return new Result(tfStack, resources);
  }

  /** Terraform refuses expressions in a backend block: one here would never be applied. */
  private static void literalOnly(JsonNode backend, String path) {
    backend
        .fields()
        .forEachRemaining(
            field -> {
              if (TfValues.isExpression(field.getValue())) {
                throw new BadInput(
                    path + "." + field.getKey(),
                    "Terraform takes no expressions in a backend block (write the value, or pass"
                        + " it with -backend-config and give payflow the plan)");
              }
            });
  }

  private static void checkS3(JsonNode s3) {
    for (String field : BACKEND_STRINGS) {
      JsonNode value = s3.get(field);
      if (value != null && !value.isTextual() && !value.isNull()) {
        throw new BadInput("terraform.backend.s3." + field, "expected a string");
      }
    }
    for (String field : BACKEND_BOOLEANS) {
      JsonNode value = s3.get(field);
      if (value != null && !value.isNull() && TfValues.bool(value) == null) {
        throw new BadInput("terraform.backend.s3." + field, "expected true or false");
      }
    }
  }

  /**
   * The region of each AWS provider configuration, by its key ({@code aws}, {@code aws.east}), when
   * it is written as a value; none when it is an expression or not set (then the environment's
   * AWS_REGION gives it, which the input does not show).
   */
  private static ProviderRegions regions(JsonNode root) {
    JsonNode providers = root.get("provider");
    if (providers == null) {
      return ProviderRegions.NONE;
    }
    Map<String, String> byKey = new HashMap<>();
    for (Block provider : Blocks.entries(providers, "provider")) {
      for (Block aws : Blocks.entries(provider.body().get("aws"), "provider.aws")) {
        JsonNode alias = aws.body().path("alias");
        String key = alias.isTextual() ? "aws." + alias.asText() : "aws";
        JsonNode region = aws.body().path("region");
        String value = TfValues.isExpression(region) ? null : TfValues.literal(region);
        byKey.putIfAbsent(key, value == null || value.isEmpty() ? null : value);
      }
    }
    return new ProviderRegions(byKey, Map.of(), byKey.get("aws"));
  }

  /** The AWS provider's default tags (the provider without an alias), as strings. */
  private static Map<String, String> defaultTags(JsonNode root) {
    Map<String, String> tags = new LinkedHashMap<>();
    JsonNode providers = root.get("provider");
    if (providers == null) {
      return tags;
    }
    List<Block> awsProviders = new ArrayList<>();
    for (Block provider : Blocks.entries(providers, "provider")) {
      awsProviders.addAll(Blocks.entries(provider.body().get("aws"), "provider.aws"));
    }
    for (Block aws : awsProviders) {
      if (aws.body().has("alias")) {
        continue;
      }
      for (Block defaults :
          Blocks.entries(aws.body().get("default_tags"), aws.path() + ".default_tags")) {
        JsonNode values = defaults.body().get("tags");
        if (values == null) {
          continue;
        }
        if (!values.isObject()) {
          throw new BadInput(
              defaults.path() + ".tags", "expected an object of tag names and values");
        }
        values
            .fields()
            .forEachRemaining(
                t -> {
                  if (!t.getValue().isTextual()) {
                    throw new BadInput(
                        defaults.path() + ".tags." + t.getKey(), "expected a string");
                  }
                  tags.put(t.getKey(), t.getValue().asText());
                });
      }
    }
    return tags;
  }

  private static void collect(
      JsonNode block,
      String kind,
      boolean data,
      String stack,
      String pathPrefix,
      Instances instances,
      List<TfResource> out) {
    Set<String> seen = new HashSet<>();
    Blocks.named(block, kind)
        .forEach(
            (type, byName) ->
                Blocks.named(byName, kind + "." + type)
                    .forEach(
                        (name, body) -> {
                          String local = (data ? "data." : "") + type + "." + name;
                          String path = kind + "." + type + "." + name;
                          if (!seen.add(local)) {
                            throw new BadInput(path, TWICE);
                          }
                          ObjectNode values = ((ObjectNode) body).deepCopy();
                          values.remove("//");
                          List<String> suffixes = instances.of(values, path);
                          if (suffixes == null) {
                            // How many only the plan knows: one resource, its count unknown.
                            suffixes = List.of("");
                          } else {
                            values.remove("count");
                            values.remove("for_each");
                          }
                          Set<String> unknown = expressionAttributes(values);
                          for (String suffix : suffixes) {
                            out.add(
                                new TfResource(
                                    (stack == null ? "" : stack + ":") + local + suffix,
                                    local + suffix,
                                    type,
                                    data,
                                    values,
                                    unknown,
                                    null,
                                    stack,
                                    pathPrefix + path,
                                    pathPrefix + path));
                          }
                        }));
  }

  /**
   * Each module call, as a resource of type {@link #MODULE}: the resources a module declares are in
   * its source, not in Terraform JSON, so the call is unresolved (and unpriced), never passed
   * unread.
   */
  private static void moduleCalls(
      JsonNode block, String stack, String pathPrefix, List<TfResource> out) {
    Blocks.named(block, "module")
        .forEach(
            (name, body) -> {
              String local = "module." + name;
              ObjectNode values = ((ObjectNode) body).deepCopy();
              values.remove("//");
              out.add(
                  new TfResource(
                      (stack == null ? "" : stack + ":") + local,
                      local,
                      MODULE,
                      false,
                      values,
                      expressionAttributes(values),
                      null,
                      stack,
                      pathPrefix + local,
                      pathPrefix + local));
            });
  }

  /** The type of a module call read from Terraform JSON. */
  static final String MODULE = "module";

  /**
   * Attributes whose value is an interpolation, at any depth, as dotted paths, and the blocks a
   * {@code dynamic} block makes (their number and contents are known only at plan).
   */
  private static Set<String> expressionAttributes(JsonNode values) {
    Set<String> unknown = new HashSet<>();
    walk(values, "", unknown);
    values.path("dynamic").fieldNames().forEachRemaining(unknown::add);
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

  private static final String TWICE =
      "is declared twice; Terraform refuses two blocks of one type and name (rename or remove one)";

  /** One block body and where it stands. */
  record Block(ObjectNode body, String path) {}

  /** Terraform JSON's two forms of a block: an object, or an array of objects merged in order. */
  static final class Blocks {
    private Blocks() {}

    /** The bodies of an unlabelled block ({@code terraform}, {@code default_tags}). */
    static List<Block> entries(JsonNode node, String path) {
      List<Block> out = new ArrayList<>();
      if (node == null || node.isNull()) {
        return out;
      }
      if (node.isObject()) {
        out.add(new Block((ObjectNode) node, path));
      } else if (node.isArray()) {
        for (int i = 0; i < node.size(); i++) {
          if (!node.get(i).isObject()) {
            throw new BadInput(path + "[" + i + "]", "expected an object (a block's body)");
          }
          out.add(new Block((ObjectNode) node.get(i), path));
        }
      } else {
        throw new BadInput(path, "expected an object or an array of objects");
      }
      return out;
    }

    /** One label level ({@code resource}, {@code resource.aws_vpc}): label to body, in order. */
    static Map<String, JsonNode> named(JsonNode node, String path) {
      Map<String, JsonNode> out = new LinkedHashMap<>();
      List<Block> blocks = entries(node, path);
      for (int i = 0; i < blocks.size(); i++) {
        // Where this element stands, so that an error is located (resource[1].aws_vpc.a).
        String at = node.isArray() ? path + "[" + i + "]" : path;
        blocks
            .get(i)
            .body()
            .fields()
            .forEachRemaining(
                f -> {
                  if (f.getKey().equals("//")) {
                    return;
                  }
                  JsonNode value = f.getValue();
                  if (value.isArray() && value.size() == 1 && value.get(0).isObject()) {
                    value = value.get(0);
                  }
                  if (!value.isObject()) {
                    throw new BadInput(path + "." + f.getKey(), "expected an object");
                  }
                  if (out.containsKey(f.getKey()) && path.indexOf('.') > 0) {
                    throw new BadInput(at + "." + f.getKey(), TWICE);
                  }
                  String key = at + "." + f.getKey();
                  out.merge(
                      f.getKey(), value, (a, b) -> merge((ObjectNode) a, (ObjectNode) b, key));
                });
      }
      return out;
    }

    /**
     * One type's blocks split over several elements of an array ({@code resource: [{aws_vpc: {a}},
     * {aws_vpc: {b}}]}), as Terraform JSON allows; a name in two of them is declared twice (merged,
     * the second hid the first).
     */
    private static JsonNode merge(ObjectNode a, ObjectNode b, String path) {
      ObjectNode merged = a.deepCopy();
      b.fieldNames()
          .forEachRemaining(
              name -> {
                if (merged.has(name) && !name.equals("//")) {
                  throw new BadInput(path + "." + name, TWICE);
                }
              });
      merged.setAll(b);
      return merged;
    }
  }
}
