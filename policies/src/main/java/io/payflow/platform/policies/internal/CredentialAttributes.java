package io.payflow.platform.policies.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Where the AWS provider takes a password or token, for the types whose credentials are their only
 * facts (a database's and a cache's are read with their other facts). A path names nested blocks
 * with dots ({@code user.password}: every {@code user} block's password); each block, and each
 * element of a list of passwords, is a place of its own, so one literal among references is found.
 */
final class CredentialAttributes {
  /** A credential: what to call it, where it stands, and the flag that hands it to the service. */
  record Attribute(String kind, String path, String managedFlag) {}

  /**
   * One place a credential stands: the block that holds it, as a resource of its own (same address
   * and type; its values, unknowns and configuration expressions are the block's), and the
   * attribute's name in it. {@code holder} is null where only apply knows the blocks (a dynamic
   * block, an expression): a source that cannot be traced.
   */
  record Place(TfResource holder, String attribute) {}

  private static final String MASTER_USER_PASSWORD =
      "advanced_security_options.master_user_options.master_user_password";

  static final Map<String, Attribute> BY_TYPE =
      Map.ofEntries(
          Map.entry(
              "aws_docdb_cluster",
              new Attribute("master password", "master_password", "manage_master_user_password")),
          Map.entry(
              "aws_redshift_cluster",
              new Attribute("master password", "master_password", "manage_master_password")),
          Map.entry(
              "aws_redshiftserverless_namespace",
              new Attribute("admin password", "admin_user_password", "manage_admin_password")),
          Map.entry(
              "aws_lightsail_database", new Attribute("master password", "master_password", null)),
          Map.entry("aws_dms_endpoint", new Attribute("password", "password", null)),
          Map.entry(
              "aws_directory_service_directory", new Attribute("admin password", "password", null)),
          Map.entry("aws_elasticache_user", new Attribute("passwords", "passwords", null)),
          Map.entry(
              "aws_memorydb_user",
              new Attribute("passwords", "authentication_mode.passwords", null)),
          Map.entry("aws_mq_broker", new Attribute("user password", "user.password", null)),
          Map.entry(
              "aws_opensearch_domain",
              new Attribute("master user password", MASTER_USER_PASSWORD, null)),
          Map.entry(
              "aws_elasticsearch_domain",
              new Attribute("master user password", MASTER_USER_PASSWORD, null)),
          Map.entry("aws_ssm_parameter", new Attribute("SecureString value", "value", null)));

  static final Set<String> TYPES = BY_TYPE.keySet();

  private CredentialAttributes() {}

  /**
   * False for a resource that holds no credential whatever its values: an SSM parameter whose type
   * is known and is not SecureString. One whose type only apply knows is judged as one.
   */
  static boolean holdsCredential(TfResource r) {
    if (!r.type().equals("aws_ssm_parameter")) {
      return true;
    }
    String type = TfValues.literal(r.attr("type"));
    return type == null || type.equals("SecureString");
  }

  /** Every place {@code path} names in {@code r}. */
  static List<Place> places(TfResource r, String path) {
    String[] segments = path.split("\\.");
    List<TfResource> holders = List.of(r);
    List<Place> places = new ArrayList<>();
    for (int s = 0; s < segments.length - 1; s++) {
      List<TfResource> inner = new ArrayList<>();
      for (TfResource holder : holders) {
        if (!blocks(holder, segments[s], inner)) {
          places.add(new Place(null, path));
        }
      }
      holders = inner;
    }
    String leaf = segments[segments.length - 1];
    for (TfResource holder : holders) {
      JsonNode value = holder.values().path(leaf);
      if (holder.expressions() == null && value.isArray()) {
        // Without a plan's configuration, each password of a list is a literal or an interpolation
        // of its own (an empty list is none).
        for (int i = 0; i < value.size(); i++) {
          places.add(new Place(element(holder, leaf, i), leaf));
        }
      } else {
        places.add(new Place(holder, leaf));
      }
    }
    return places;
  }

  /**
   * Adds the blocks {@code name} of {@code holder} to {@code out}, each as a resource of its own;
   * false when only apply knows them.
   */
  private static boolean blocks(TfResource holder, String name, List<TfResource> out) {
    JsonNode values = holder.values().path(name);
    if (holder.values().path("dynamic").has(name)
        || TfValues.isExpression(values)
        || holder.isUnknown(name)) {
      return false;
    }
    List<JsonNode> found = holder.blocks(name);
    JsonNode written = holder.expressions() == null ? null : holder.expressions().path(name);
    for (int i = 0; i < found.size(); i++) {
      out.add(
          new TfResource(
              holder.address(),
              holder.localAddress(),
              holder.type(),
              holder.data(),
              found.get(i),
              inner(holder.unknown(), name),
              expressions(written, found.size(), i),
              holder.stack(),
              holder.path(),
              holder.pathOf(name + (values.isArray() ? "[" + i + "]" : ""))));
    }
    return true;
  }

  /**
   * The configuration's expressions of block {@code i} of {@code count}; null (the source cannot be
   * traced) when they do not line up with the values, as for a dynamic block.
   */
  private static JsonNode expressions(JsonNode written, int count, int i) {
    if (written == null) {
      return null;
    }
    if (written.isArray() && written.size() == count) {
      return written.get(i);
    }
    return written.isObject() && count == 1 ? written : null;
  }

  /** A plan's unknown paths inside block {@code name}, relative to it. */
  private static Set<String> inner(Set<String> unknown, String name) {
    Set<String> inside = new HashSet<>();
    for (String path : unknown) {
      if (path.startsWith(name + ".")) {
        inside.add(path.substring(name.length() + 1));
      }
    }
    return inside;
  }

  /** Password {@code i} of a list, as a holder of that one value. */
  private static TfResource element(TfResource holder, String leaf, int i) {
    return new TfResource(
        holder.address(),
        holder.localAddress(),
        holder.type(),
        holder.data(),
        FactsJson.JSON.createObjectNode().set(leaf, holder.values().path(leaf).get(i)),
        Set.of(),
        null,
        holder.stack(),
        holder.path(),
        holder.pathOf(leaf + "[" + i + "]"));
  }
}
