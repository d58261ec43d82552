package io.payflow.platform.policies.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.payflow.platform.topology.PricingCatalog;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Terraform resources (from any reader) into facts, applying the AWS provider's defaults: an
 * omitted endpoint_public_access is public, an omitted multi_az is false. Values that only apply
 * knows are recorded as unknown so the rules can say so. Secret values are never copied.
 */
final class TerraformFactsWriter {
  static final String HOURS_TAG = "payflow:hours-per-month";
  static final String BUDGET_TAG = "payflow:budget-usd";

  private final List<TfStack> stacks;
  private final List<TfResource> resources;
  private final References references;
  private final TerraformCosts costs;
  private final FactsBuilder facts;
  private final Map<String, String> environmentOf = new HashMap<>();
  private final Map<String, ObjectNode> networks = new LinkedHashMap<>();

  private final Map<String, JsonNode> moduleInputs;
  private final PlanReader.Evidence evidence;

  TerraformFactsWriter(
      String kind,
      List<TfStack> stacks,
      List<TfResource> resources,
      Map<String, JsonNode> moduleInputs,
      PlanReader.Evidence evidence,
      PricingCatalog catalog) {
    this.moduleInputs = moduleInputs;
    this.evidence = evidence;
    this.stacks = stacks;
    this.resources = resources;
    this.references = new References(stacks, resources);
    this.facts = new FactsBuilder(kind);
    this.costs = new TerraformCosts(catalog, facts);
  }

  String write() {
    resources.forEach(r -> environmentOf.put(r.address(), attribute(r)));
    Map<String, Integer> hours = environments();
    for (TfResource r : resources) {
      if (r.type().equals("aws_vpc") && !r.data()) {
        network(r);
      }
    }
    for (TfResource r : resources) {
      if (!r.data()) {
        map(r, hours.getOrDefault(env(r), 730));
      }
    }
    long unattributed =
        resources.stream().filter(r -> !r.data() && env(r).equals("unattributed")).count();
    facts.root().withObjectProperty("source").put("unattributed", unattributed);
    return facts.toJson();
  }

  private String env(TfResource r) {
    return environmentOf.get(r.address());
  }

  /** CDKTF stack name, then backend key prefix, then the Environment tag; never a guess. */
  private String attribute(TfResource r) {
    if (r.stack() != null) {
      return r.stack();
    }
    if (stacks.size() == 1) {
      String key = keyPrefix(stacks.get(0));
      if (key != null) {
        return key;
      }
    }
    for (String tags : List.of("tags", "tags_all")) {
      String tag = TfValues.literal(r.values().path(tags).path("Environment"));
      if (tag != null && !tag.isBlank()) {
        return tag;
      }
    }
    if (stacks.size() == 1 && stacks.get(0).tags().containsKey("Environment")) {
      return stacks.get(0).tags().get("Environment");
    }
    return "unattributed";
  }

  private static String keyPrefix(TfStack stack) {
    String key =
        stack.backend() == null ? null : TfValues.literal(stack.backend().path("s3").path("key"));
    if (key == null) {
      key = stack.backend() == null ? null : TfValues.literal(stack.backend().path("key"));
    }
    return key != null && key.contains("/") ? key.substring(0, key.indexOf('/')) : null;
  }

  /** Writes one environment fact per stack or attributed name; returns hours per environment. */
  private Map<String, Integer> environments() {
    Map<String, Integer> hours = new HashMap<>();
    Set<String> written = new LinkedHashSet<>();
    for (TfStack stack : stacks) {
      String name = stack.name() != null ? stack.name() : keyPrefix(stack);
      if (name == null || !written.add(name)) {
        continue;
      }
      ObjectNode e = environment(name, stack.tags(), hours);
      stack.dependencies().forEach(((ArrayNode) e.get("depends_on"))::add);
      state(e, stack);
    }
    for (TfResource r : resources) {
      String name = env(r);
      if (!name.equals("unattributed") && written.add(name)) {
        Map<String, String> tags = new HashMap<>();
        r.values()
            .path("tags_all")
            .fields()
            .forEachRemaining(t -> tags.put(t.getKey(), t.getValue().asText()));
        ObjectNode e = environment(name, tags, hours);
        e.putNull("state");
        ((ArrayNode) e.get("unknown")).add("state");
      }
    }
    List<String> dependedOn = stacks.stream().flatMap(s -> s.dependencies().stream()).toList();
    for (JsonNode e : facts.root().path("environments")) {
      String name = e.path("name").asText();
      boolean hub =
          name.contains("hub")
              || name.contains("shared")
              || (dependedOn.contains(name) && e.path("depends_on").isEmpty());
      ((ObjectNode) e).put("role", hub ? "hub" : "spoke");
    }
    return hours;
  }

  private ObjectNode environment(
      String name, Map<String, String> tags, Map<String, Integer> hours) {
    ObjectNode e = facts.fact("environments", name, null, null);
    e.remove("environment");
    e.put("name", name);
    e.put("role", "spoke");
    e.put("tier", tier(name));
    int h = parseInt(tags.get(HOURS_TAG), 730);
    hours.put(name, h);
    e.put("hours_per_month", h);
    Double budget = parseDouble(tags.get(BUDGET_TAG));
    if (budget == null) {
      e.putNull("budget_usd");
    } else {
      e.put("budget_usd", budget);
    }
    e.putArray("depends_on");
    e.putArray("unknown");
    return e;
  }

  private static String tier(String name) {
    String n = name.toLowerCase(Locale.ROOT);
    if (n.contains("prod")) {
      return "production";
    }
    if (n.contains("stag")) {
      return "staging";
    }
    if (n.contains("dev")) {
      return "development";
    }
    return n.contains("hub") || n.contains("shared") ? "shared" : "unknown";
  }

  /** An S3 backend's settings; local means no remote state; not shown (a plan) means unknown. */
  private void state(ObjectNode e, TfStack stack) {
    if (!stack.backendVisible()) {
      e.putNull("state");
      ((ArrayNode) e.get("unknown")).add("state");
      return;
    }
    JsonNode s3 = stack.backend() == null ? null : stack.backend().path("s3");
    if (s3 == null || !s3.isObject()) {
      boolean remote =
          stack.backend() != null && !stack.backend().has("local") && stack.backend().size() > 0;
      if (!remote) {
        e.putNull("state");
        return;
      }
      String type = stack.backend().fieldNames().next();
      ObjectNode state = e.putObject("state");
      state.put("address", e.path("name").asText() + ".backend." + type);
      state.put("bucket", type);
      state.put("key", e.path("name").asText());
      state.put("encrypt", true);
      state.put("lock_table", type);
      return;
    }
    ObjectNode state = e.putObject("state");
    state.put("address", e.path("name").asText() + ".backend.s3");
    state.put("path", stack.pathPrefix() + "terraform.backend.s3");
    state.put("bucket", TfValues.literal(s3.path("bucket")));
    state.put("key", TfValues.literal(s3.path("key")));
    state.put("region", TfValues.literal(s3.path("region")));
    state.put("lock_table", TfValues.literal(s3.path("dynamodb_table")));
    Boolean encrypt = TfValues.bool(s3.path("encrypt"));
    if (encrypt == null) {
      state.putNull("encrypt");
    } else {
      state.put("encrypt", encrypt);
    }
    state.put("kms_key", TfValues.literal(s3.path("kms_key_id")));
  }

  /** A CIDR as written, checked: Terraform would refuse it at apply, so refuse it now. */
  private static String cidr(TfResource r, String attribute) {
    String value = TfValues.literal(r.attr(attribute));
    if (value != null) {
      try {
        io.payflow.platform.topology.Cidr.parse(value);
      } catch (io.payflow.platform.topology.InvalidValueException e) {
        throw new BadInput(r.path() + "." + attribute + ": " + e.reason());
      }
    }
    return value;
  }

  private void network(TfResource r) {
    ObjectNode n = facts.fact("networks", r.address(), env(r), r.path());
    n.put("name", r.localAddress());
    String cidr = cidr(r, "cidr_block");
    ArrayNode unknown = n.putArray("unknown");
    if (cidr == null) {
      n.putNull("cidr");
      unknown.add("cidr");
    } else {
      n.put("cidr", cidr);
    }
    n.putArray("subnets");
    networks.put(r.address(), n);
  }

  private void map(TfResource r, int hours) {
    String env = env(r);
    switch (r.type()) {
      case "aws_subnet" -> subnet(r);
      case "aws_vpc_peering_connection" -> peering(r);
      case "aws_vpc_endpoint" -> endpoint(r);
      case "aws_eks_cluster" -> eks(r);
      case "aws_eks_node_group" -> nodeGroup(r);
      case "aws_db_instance" -> database(r);
      case "aws_rds_cluster" ->
          credential(
              r, "master password", "master_password", r.attr("manage_master_user_password"));
      case "aws_elasticache_replication_group" -> replicationGroup(r);
      case "aws_elasticache_cluster" -> cacheCluster(r);
      case "aws_secretsmanager_secret_version" ->
          credential(r, "secret string", "secret_string", null);
      case "aws_security_group" -> inlineIngress(r);
      case "aws_security_group_rule" -> securityGroupRule(r);
      case "aws_vpc_security_group_ingress_rule" -> ingressRule(r);
      default -> {}
    }
    costs.price(r, env, hours);
  }

  private void subnet(TfResource r) {
    Optional<ObjectNode> network =
        references.resolve(r, "vpc_id").map(TfResource::address).map(networks::get);
    String cidr = cidr(r, "cidr_block");
    if (network.isEmpty() || cidr == null) {
      return;
    }
    ObjectNode s = ((ArrayNode) network.get().get("subnets")).addObject();
    s.put("address", r.address());
    s.put("path", r.path());
    s.put("cidr", cidr);
    s.put("az", TfValues.literal(r.attr("availability_zone")));
    boolean isPublic =
        Boolean.TRUE.equals(TfValues.bool(r.attr("map_public_ip_on_launch")))
            || "public".equalsIgnoreCase(TfValues.literal(r.values().path("tags").path("Tier")));
    s.put("tier", isPublic ? "public" : "private");
  }

  private void peering(TfResource r) {
    Optional<TfResource> requester = references.resolve(r, "vpc_id");
    Optional<TfResource> accepter = references.resolve(r, "peer_vpc_id");
    if (requester.isPresent() && accepter.isPresent()) {
      ObjectNode p = facts.fact("peerings", r.address(), env(r), r.path());
      p.put("requester", requester.get().address());
      p.put("accepter", accepter.get().address());
    }
  }

  private void endpoint(TfResource r) {
    String service = TfValues.literal(r.attr("service_name"));
    Optional<TfResource> network = references.resolve(r, "vpc_id");
    if (service == null || network.isEmpty()) {
      return;
    }
    ObjectNode e = facts.fact("endpoints", r.address(), env(r), r.path());
    e.put("network", network.get().address());
    e.put("service", service.replaceFirst("^com\\.amazonaws\\.[a-z0-9-]+\\.", ""));
    String type = TfValues.literal(r.attr("vpc_endpoint_type"));
    e.put("type", type == null ? "gateway" : type.toLowerCase(Locale.ROOT));
  }

  private void eks(TfResource r) {
    ObjectNode c = facts.fact("eks_clusters", r.address(), env(r), r.path());
    JsonNode vpc = r.attr("vpc_config");
    c.put("name", TfValues.literal(r.attr("name")));
    ArrayNode unknown = c.putArray("unknown");
    flag(
        c,
        unknown,
        r,
        "endpoint_public_access",
        vpc.path("endpoint_public_access"),
        "vpc_config.endpoint_public_access",
        true);
    flag(
        c,
        unknown,
        r,
        "endpoint_private_access",
        vpc.path("endpoint_private_access"),
        "vpc_config.endpoint_private_access",
        false);
    ArrayNode cidrs = c.putArray("public_access_cidrs");
    TfValues.strings(vpc.path("public_access_cidrs")).forEach(cidrs::add);
    JsonNode encryption = r.attr("encryption_config");
    boolean secrets =
        TfValues.strings(encryption.path("resources")).contains("secrets")
            || (r.expressions() != null
                && !r.expressions().path("encryption_config").isMissingNode());
    c.put("secrets_encryption", secrets);
    Optional<String> network =
        references.resolveAll(r, "vpc_config.subnet_ids").stream()
            .map(s -> references.resolve(s, "vpc_id"))
            .flatMap(Optional::stream)
            .map(TfResource::address)
            .findFirst();
    if (network.isPresent()) {
      c.put("network", network.get());
    } else {
      c.putNull("network");
    }
  }

  /** A boolean with the provider's default when omitted, or unknown when set by an expression. */
  private static void flag(
      ObjectNode fact,
      ArrayNode unknown,
      TfResource r,
      String field,
      JsonNode value,
      String path,
      boolean awsDefault) {
    Boolean known = TfValues.bool(value);
    if (known != null) {
      fact.put(field, known);
    } else if (r.isUnknown(path) || TfValues.isExpression(value)) {
      fact.putNull(field);
      unknown.add(field);
    } else {
      fact.put(field, awsDefault);
    }
  }

  private void nodeGroup(TfResource r) {
    ObjectNode n = facts.fact("node_groups", r.address(), env(r), r.path());
    n.put("cluster", TfValues.literal(r.attr("cluster_name")));
    Set<String> zones = new TreeSet<>();
    for (TfResource subnet : references.resolveAll(r, "subnet_ids")) {
      String az = TfValues.literal(subnet.attr("availability_zone"));
      if (az != null) {
        zones.add(az);
      }
    }
    ArrayNode azs = n.putArray("azs");
    zones.forEach(azs::add);
    if (zones.isEmpty()) {
      n.putArray("unknown").add("azs");
    }
    String capacity = TfValues.literal(r.attr("capacity_type"));
    n.put("capacity_type", capacity == null ? "on_demand" : capacity.toLowerCase(Locale.ROOT));
  }

  private void database(TfResource r) {
    ObjectNode d = facts.fact("databases", r.address(), env(r), r.path());
    d.put("engine", TfValues.literal(r.attr("engine")));
    Boolean multiAz = TfValues.bool(r.attr("multi_az"));
    d.put("multi_az", multiAz != null && multiAz);
    credential(r, "master password", "password", r.attr("manage_master_user_password"));
  }

  private void replicationGroup(TfResource r) {
    ObjectNode c = facts.fact("caches", r.address(), env(r), r.path());
    c.put("nodes", TerraformCosts.cacheNodes(r));
    Boolean multiAz = TfValues.bool(r.attr("multi_az_enabled"));
    c.put("multi_az", multiAz != null && multiAz);
    credential(r, "auth token", "auth_token", null);
  }

  private void cacheCluster(TfResource r) {
    ObjectNode c = facts.fact("caches", r.address(), env(r), r.path());
    c.put("nodes", TerraformCosts.cacheNodes(r));
    c.put("multi_az", "cross-az".equals(TfValues.literal(r.attr("az_mode"))));
  }

  /** Where a credential comes from, traced through configuration; the value itself is dropped. */
  private void credential(TfResource r, String kind, String attribute, JsonNode managedFlag) {
    String source =
        Boolean.TRUE.equals(
                TfValues.bool(managedFlag == null ? r.values().path("__none") : managedFlag))
            ? "managed"
            : CredentialSources.of(r, attribute, moduleInputs, evidence);
    if (source != null) {
      ObjectNode c = facts.fact("credentials", r.address(), env(r), r.path());
      c.put("kind", kind);
      c.put("source", source);
    }
  }

  private void inlineIngress(TfResource r) {
    JsonNode ingress = r.values().path("ingress");
    List<JsonNode> rules = new ArrayList<>();
    if (ingress.isArray()) {
      ingress.forEach(rules::add);
    } else {
      rules.add(ingress);
    }
    for (int i = 0; i < rules.size(); i++) {
      JsonNode rule = rules.get(i);
      if (rule.isObject()) {
        ingress(
            r,
            r.address() + ".ingress[" + i + "]",
            rule.path("protocol"),
            rule.path("from_port"),
            rule.path("to_port"),
            TfValues.strings(rule.path("cidr_blocks")),
            target(r));
      }
    }
  }

  private void securityGroupRule(TfResource r) {
    if (!"ingress".equals(TfValues.literal(r.attr("type")))) {
      return;
    }
    String target = references.resolve(r, "security_group_id").map(this::target).orElse("other");
    ingress(
        r,
        r.address(),
        r.attr("protocol"),
        r.attr("from_port"),
        r.attr("to_port"),
        TfValues.strings(r.attr("cidr_blocks")),
        target);
  }

  private void ingressRule(TfResource r) {
    String target = references.resolve(r, "security_group_id").map(this::target).orElse("other");
    String cidr = TfValues.literal(r.attr("cidr_ipv4"));
    ingress(
        r,
        r.address(),
        r.attr("ip_protocol"),
        r.attr("from_port"),
        r.attr("to_port"),
        cidr == null ? List.of() : List.of(cidr),
        target);
  }

  private void ingress(
      TfResource r,
      String address,
      JsonNode protocol,
      JsonNode from,
      JsonNode to,
      List<String> cidrs,
      String target) {
    String proto = TfValues.literal(protocol);
    Integer fromPort = TfValues.integer(from);
    Integer toPort = TfValues.integer(to);
    if (proto == null) {
      return;
    }
    boolean all = proto.equals("-1") || proto.equalsIgnoreCase("all");
    ObjectNode rule = facts.fact("ingress_rules", address, env(r), r.path());
    rule.put("protocol", proto.toLowerCase(Locale.ROOT));
    rule.put("from_port", all || fromPort == null ? 0 : fromPort);
    rule.put("to_port", all || toPort == null ? 65535 : toPort);
    ArrayNode list = rule.putArray("cidrs");
    cidrs.forEach(list::add);
    rule.put("target", target);
  }

  /** A security group is the bastion's when its name, description or Name tag says so. */
  private String target(TfResource group) {
    String text =
        String.join(
            " ",
            group.localAddress(),
            String.valueOf(TfValues.literal(group.attr("name"))),
            String.valueOf(TfValues.literal(group.attr("description"))),
            String.valueOf(TfValues.literal(group.values().path("tags").path("Name"))));
    return text.toLowerCase(Locale.ROOT).contains("bastion") ? "bastion" : "other";
  }

  private static int parseInt(String text, int fallback) {
    try {
      return text == null ? fallback : Math.max(1, Math.min(744, Integer.parseInt(text.strip())));
    } catch (NumberFormatException e) {
      return fallback;
    }
  }

  private static Double parseDouble(String text) {
    try {
      return text == null ? null : Double.valueOf(text.strip());
    } catch (NumberFormatException e) {
      return null;
    }
  }
}
