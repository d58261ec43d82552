package io.payflow.platform.policies.internal;

import com.fasterxml.jackson.databind.JsonNode;
import io.payflow.platform.policies.Facts;
import io.payflow.platform.topology.Cidr;
import io.payflow.platform.topology.InvalidValueException;
import io.payflow.platform.topology.PricingCatalog;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.FutureTask;
import java.util.regex.Pattern;

/**
 * Terraform resources (from any reader) into facts. Applies the AWS provider's defaults (an omitted
 * endpoint_public_access is public, an omitted multi_az is false), records what only apply knows as
 * unknown, links resources with the {@link Linker}, and puts every resource of a type the rules
 * read that it cannot link or interpret into {@code unresolved} with the reason. Every CIDR goes
 * through the model's {@link Cidr}, so the rules see canonical blocks only. Secret values are never
 * copied.
 */
final class TerraformFacts {
  /** Resource types the rules read: each becomes facts or an unresolved entry. */
  static final Set<String> READ_TYPES =
      union(
          CredentialAttributes.TYPES,
          Set.of(
              "aws_vpc",
              "aws_vpc_ipv4_cidr_block_association",
              "aws_subnet",
              "aws_vpc_peering_connection",
              "aws_vpc_peering_connection_accepter",
              "aws_vpc_endpoint",
              "aws_eks_cluster",
              "aws_eks_node_group",
              "aws_db_instance",
              "aws_rds_cluster",
              "aws_rds_cluster_instance",
              "aws_elasticache_replication_group",
              "aws_elasticache_cluster",
              "aws_db_subnet_group",
              "aws_docdb_subnet_group",
              "aws_neptune_subnet_group",
              "aws_elasticache_subnet_group",
              "aws_secretsmanager_secret_version",
              "aws_security_group",
              "aws_default_security_group",
              "aws_security_group_rule",
              "aws_vpc_security_group_ingress_rule",
              "aws_route_table",
              "aws_default_route_table",
              "aws_route",
              "aws_route_table_association",
              "aws_main_route_table_association"));

  /** Credentials are facts of their own (CredentialAttributes), beside the types listed here. */
  private static Set<String> union(Set<String> a, Set<String> b) {
    Set<String> all = new HashSet<>(a);
    all.addAll(b);
    return Set.copyOf(all);
  }

  static final String BACKEND = "terraform_backend";

  /**
   * The names AWS takes once per region, account or partition (buckets), by type: the attribute,
   * the kind of name and its scope. A copied environment repeats them, and the second fails apply.
   */
  private static final Map<String, String[]> NAMES =
      Map.ofEntries(
          Map.entry("aws_eks_cluster", new String[] {"name", "eks_cluster", "region"}),
          Map.entry("aws_iam_role", new String[] {"name", "iam_role", "account"}),
          Map.entry("aws_db_instance", new String[] {"identifier", "db_instance", "region"}),
          Map.entry(
              "aws_elasticache_replication_group",
              new String[] {"replication_group_id", "elasticache_replication_group", "region"}),
          Map.entry("aws_ecr_repository", new String[] {"name", "ecr_repository", "region"}),
          Map.entry("aws_secretsmanager_secret", new String[] {"name", "secret", "region"}),
          Map.entry("aws_s3_bucket", new String[] {"bucket", "s3_bucket", "partition"}),
          Map.entry("aws_kms_alias", new String[] {"name", "kms_alias", "region"}),
          Map.entry("aws_cloudwatch_log_group", new String[] {"name", "log_group", "region"}),
          Map.entry("aws_db_subnet_group", new String[] {"name", "db_subnet_group", "region"}),
          Map.entry(
              "aws_elasticache_subnet_group",
              new String[] {"name", "elasticache_subnet_group", "region"}),
          Map.entry("aws_iam_policy", new String[] {"name", "iam_policy", "account"}),
          Map.entry(
              "aws_iam_instance_profile", new String[] {"name", "iam_instance_profile", "account"}),
          Map.entry("aws_lb", new String[] {"name", "load_balancer", "region"}),
          Map.entry("aws_alb", new String[] {"name", "load_balancer", "region"}),
          Map.entry(
              "aws_rds_cluster", new String[] {"cluster_identifier", "rds_cluster", "region"}));

  private final List<TfStack> stacks;
  private final List<TfResource> resources;
  private final ModuleWiring wiring;
  private final PlanReader.Evidence evidence;
  private final FactsBuilder facts;
  private final PricingCatalog catalog;
  private final Map<String, String> environmentOf = new HashMap<>();

  /** Made in {@link #build}, once the linker's index is built. */
  private Linker linker;

  private TerraformCosts costs;
  private RouteFacts routing;

  /** The peerings the inputs' accepters accept; found at the first peering that needs them. */
  private PeeringAccepters accepters;

  /** The subnet groups databases and caches name; made at the first that needs them. */
  private SubnetPlacement placements;

  /** Made when the first RDS cluster or instance is read; each instance linked once. */
  private Map<String, List<TfResource>> clusterInstances;

  private Set<String> linkedInstances;

  /** Data sources by stack and local address, for credentials that read a secret version. */
  private Map<List<String>, TfResource> dataSources;

  /** A plan's updates of versioned resources: what each held before, by address. */
  private Map<String, PlanJson.Before> updatedFrom = Map.of();

  /** A plan's RDS databases that exist already (it updates or keeps them). */
  private Set<String> existingDatabases = Set.of();

  private List<PlanReader.Deferred> deferred = List.of();

  TerraformFacts(
      String kind,
      List<TfStack> stacks,
      List<TfResource> resources,
      ModuleWiring wiring,
      PlanReader.Evidence evidence,
      PricingCatalog catalog) {
    this.stacks = stacks;
    this.resources = resources;
    this.wiring = wiring;
    this.evidence = evidence;
    this.facts = new FactsBuilder(kind);
    this.catalog = catalog;
  }

  /** The versions a plan's updates move from ({@link PlanReader.Result#updatedFrom}). */
  TerraformFacts updatedFrom(Map<String, PlanJson.Before> before) {
    this.updatedFrom = before;
    return this;
  }

  /** The RDS databases a plan does not create ({@link PlanReader.Result#existingDatabases}). */
  TerraformFacts existingDatabases(Set<String> addresses) {
    this.existingDatabases = addresses;
    return this;
  }

  /** A plan's changes Terraform deferred to a later plan: none of them is described here. */
  TerraformFacts deferred(List<PlanReader.Deferred> changes) {
    this.deferred = changes;
    return this;
  }

  /** A version an update moves from, as text; null when the input is not a plan's update. */
  private String versionBefore(TfResource r, boolean engine) {
    PlanJson.Before before = updatedFrom.get(r.address());
    if (before == null) {
      return null;
    }
    JsonNode version = engine ? before.engineVersion() : before.version();
    return version != null && version.isTextual() && !version.asText().isEmpty()
        ? version.asText()
        : null;
  }

  Facts build() {
    // The linker's index and the environments depend on nothing of each other: for a large input,
    // the index is built on another thread meanwhile (28,380 resources: 40 ms of CPU each).
    FutureTask<Linker> indexing = new FutureTask<>(() -> new Linker(stacks, resources, wiring));
    if (resources.size() >= ReadApart.from) {
      DaemonThreads.named("payflow-linker").newThread(indexing).start();
    } else {
      indexing.run();
    }
    Map<String, Integer> hours = null;
    BadInput environmentsFailed = null;
    try {
      resources.forEach(r -> environmentOf.put(r.address(), Attribution.of(r, stacks)));
      hours = new TerraformEnvironments(stacks, resources, environmentOf, facts).write();
    } catch (BadInput e) {
      environmentsFailed = e;
    }
    linker = DaemonThreads.joined(indexing, "indexing the resources to link them");
    if (environmentsFailed != null) {
      throw environmentsFailed;
    }
    costs = new TerraformCosts(catalog, facts, linker);
    routing = new RouteFacts(linker, facts, this::env);
    for (TfResource r : resources) {
      if (r.type().equals("aws_vpc") && !r.data()) {
        if (Instances.unknown(r)) {
          uncounted(r);
        } else {
          network(r);
        }
      }
    }
    ReadApart apart = ReadApart.start(resources, this::env, hours, linker, catalog);
    BadInput failed = null;
    try {
      for (int i = 0; i < resources.size(); i++) {
        TfResource r = resources.get(i);
        if (!r.data()) {
          facts.step(step(i, NAME));
          name(r);
          facts.step(step(i, MAP));
          if (apart == null || !apart.readsFactsOf(i)) {
            map(r);
          }
          if (apart == null || !apart.pricesOf(i)) {
            facts.step(step(i, PRICE));
            costs.price(r, env(r), hours.getOrDefault(env(r), HOURS_A_MONTH));
          }
        }
      }
    } catch (BadInput e) {
      if (apart == null) {
        throw e;
      }
      failed = e;
    }
    if (apart != null) {
      apart.addTo(facts, failed, failed == null ? FactsBuilder.LAST_STEP : facts.step());
    }
    facts.step(FactsBuilder.LAST_STEP);
    for (PlanReader.Deferred d : deferred) {
      TfResource r = d.resource();
      if (!r.data()) {
        String env = Attribution.of(r, stacks);
        costs.deferred(r, env);
        facts.unresolved(
            new Facts.Unresolved(
                r.address(),
                env,
                r.path(),
                r.type(),
                "Terraform deferred it to a later plan (reason: "
                    + d.reason()
                    + "), so this plan does not say what it will be (make the next plan, and check"
                    + " it)"));
      }
    }
    routing.finish();
    facts.unattributed(
        resources.stream()
            .filter(r -> !r.data() && env(r).equals(Attribution.UNATTRIBUTED))
            .count());
    return facts.build();
  }

  /** The hours a month of an environment the topology gives no hours for. */
  static final int HOURS_A_MONTH = 730;

  /** What a resource's turn in the main loop does, in this order: see {@link #step}. */
  static final int NAME = 0;

  static final int MAP = 1;
  static final int PRICE = 2;

  /**
   * The step of the build at which one resource's facts are read: the order a single thread reads
   * them in, so that facts read apart (ReadApart) are merged, and their first error chosen, as if
   * they had not been.
   */
  static long step(int resource, int part) {
    return 3L * resource + part;
  }

  private String env(TfResource r) {
    return environmentOf.get(r.address());
  }

  /** A block of a type the rules read whose number of instances only the plan knows. */
  private void uncounted(TfResource r) {
    unresolved(
        r,
        Instances.unknownArgument(r)
            + " is set by an expression, so how many there are is known only at plan (check the"
            + " plan)");
  }

  private void unresolved(TfResource r, String reason) {
    facts.unresolved(new Facts.Unresolved(r.address(), env(r), r.path(), r.type(), reason));
  }

  /**
   * A CIDR in canonical form, null when only apply knows it; one Cidr refuses is an input error.
   */
  static String cidr(TfResource r, JsonNode value, String attribute) {
    if (value.isMissingNode() || value.isNull() || TfValues.isExpression(value)) {
      return null;
    }
    if (!value.isTextual()) {
      throw new BadInput(r.pathOf(attribute), "expected a CIDR string such as 10.0.0.0/16");
    }
    try {
      return Cidr.parse(value.asText()).toString();
    } catch (InvalidValueException e) {
      throw new BadInput(r.pathOf(attribute), e.reason());
    }
  }

  private void network(TfResource r) {
    String cidr = cidr(r, r.attr("cidr_block"), "cidr_block");
    facts.network(
        new Facts.Network(
            r.address(),
            env(r),
            r.path(),
            r.localAddress(),
            cidr,
            List.of(),
            cidr == null ? List.of("cidr") : List.of(),
            List.of()));
    facts.read(r.type());
  }

  /** A literal name; one only apply knows (a name_prefix, an expression) cannot collide here. */
  private void name(TfResource r) {
    String[] spec = NAMES.get(r.type());
    String name = spec == null ? null : TfValues.literal(r.attr(spec[0]));
    if (name != null) {
      facts.names.add(new Facts.Name(r.address(), env(r), r.path(), spec[1], spec[2], name));
    }
  }

  private void map(TfResource r) {
    if (r.type().equals(TerraformJsonReader.MODULE)) {
      unresolved(
          r,
          "a module call: the resources it declares are not in Terraform JSON (check the plan,"
              + " which has them)");
      return;
    }
    if (r.type().equals("aws_instance")) {
      routing.instance(r);
    }
    if (!READ_TYPES.contains(r.type()) || r.type().equals("aws_vpc")) {
      return;
    }
    if (Instances.unknown(r)) {
      uncounted(r);
      return;
    }
    if (RouteFacts.TYPES.contains(r.type())) {
      routing.read(r);
      return;
    }
    switch (r.type()) {
      case "aws_subnet" -> subnet(r);
      case "aws_vpc_ipv4_cidr_block_association" -> secondaryCidr(r);
      case "aws_vpc_peering_connection" -> peering(r);
      case "aws_vpc_peering_connection_accepter" -> accepter(r);
      case "aws_vpc_endpoint" -> endpoint(r);
      case "aws_eks_cluster" -> eks(r);
      case "aws_eks_node_group" -> nodeGroup(r);
      case "aws_db_instance" -> database(r);
      case "aws_rds_cluster" -> rdsCluster(r);
      case "aws_rds_cluster_instance" -> clusterInstance(r);
      case "aws_elasticache_replication_group" -> replicationGroup(r);
      case "aws_elasticache_cluster" -> cacheCluster(r);
      case "aws_db_subnet_group", "aws_docdb_subnet_group", "aws_neptune_subnet_group" ->
          subnetGroup(r, "database");
      case "aws_elasticache_subnet_group" -> subnetGroup(r, "cache");
      case "aws_secretsmanager_secret_version" ->
          credential(r, "secret string", "secret_string", null);
      default -> {
        if (CredentialAttributes.TYPES.contains(r.type())) {
          credentials(r, CredentialAttributes.BY_TYPE.get(r.type()));
          return;
        }
        if (!SecurityGroupFacts.TYPES.contains(r.type())) {
          throw new IllegalStateException("a type the rules read without a reader: " + r.type());
        }
        new SecurityGroupFacts(r, env(r), linker, facts).read();
      }
    }
  }

  /**
   * The VPC {@code r}'s vpc_id links to, or null once {@code r} is recorded as unresolved: no link,
   * or a VPC that is not checked itself (one whose count only the plan knows has no network fact to
   * place {@code r} in).
   */
  private Linker.Link placedIn(TfResource r, String what) {
    Linker.Link vpc = linker.resolve(r, "vpc_id", "aws_vpc", false);
    if (vpc.single().isEmpty()) {
      unresolved(r, vpc.problem() != null ? vpc.problem() : "has no vpc_id, so its VPC is unknown");
      return null;
    }
    String network = vpc.single().get().address();
    if (!facts.hasNetwork(network)) {
      unresolved(
          r, "its VPC " + network + " is not checked itself, so the " + what + " cannot be placed");
      return null;
    }
    return vpc;
  }

  private void secondaryCidr(TfResource r) {
    Linker.Link vpc = placedIn(r, "range");
    if (vpc == null) {
      return;
    }
    String cidr = cidr(r, r.attr("cidr_block"), "cidr_block");
    facts.secondaryCidr(
        vpc.single().get().address(),
        new Facts.SecondaryCidr(
            r.address(),
            r.path(),
            cidr,
            cidr == null ? List.of("cidr") : List.of(),
            vpc.inferred() ? List.of("vpc_id") : List.of()));
    facts.read(r.type());
  }

  private void subnet(TfResource r) {
    Linker.Link vpc = placedIn(r, "subnet");
    if (vpc == null) {
      return;
    }
    String cidr = cidr(r, r.attr("cidr_block"), "cidr_block");
    if (cidr == null) {
      unresolved(r, "cidr_block is known only after apply, so the subnet cannot be placed");
      return;
    }
    boolean isPublic =
        Boolean.TRUE.equals(TfValues.bool(r.attr("map_public_ip_on_launch")))
            || "public".equalsIgnoreCase(TfValues.literal(r.values().path("tags").path("Tier")));
    facts.subnet(
        vpc.single().get().address(),
        new Facts.Subnet(
            r.address(),
            r.path(),
            cidr,
            TfValues.literal(r.attr("availability_zone")),
            isPublic ? "public" : "private",
            lbRole(r),
            vpc.inferred() ? List.of("vpc_id") : List.of(),
            region(r)));
    facts.read(r.type());
  }

  /**
   * The region a resource is created in: that of the provider configuration it uses, aliases
   * followed; null when the input does not tell.
   */
  private String region(TfResource r) {
    for (TfStack stack : stacks) {
      if (java.util.Objects.equals(stack.name(), r.stack())) {
        return stack.regions().of(r);
      }
    }
    return null;
  }

  /**
   * The load-balancer role tag, read from {@code tags} (or {@code tags_all} in a plan); unknown
   * when the tags are known only after apply, so a rule never takes it for a tag that is there.
   */
  private static String lbRole(TfResource r) {
    if (r.isUnknown("tags") && r.attr("tags_all").isMissingNode()) {
      return "unknown";
    }
    for (String field : List.of("tags", "tags_all")) {
      JsonNode tags = r.attr(field);
      if (TfValues.isExpression(tags)) {
        return "unknown";
      }
      if ("1".equals(TfValues.literal(tags.path("kubernetes.io/role/elb")))) {
        return "elb";
      }
      if ("1".equals(TfValues.literal(tags.path("kubernetes.io/role/internal-elb")))) {
        return "internal-elb";
      }
    }
    return "none";
  }

  private void peering(TfResource r) {
    Linker.Link requester = linker.resolve(r, "vpc_id", "aws_vpc", false);
    Linker.Link accepter = linker.resolve(r, "peer_vpc_id", "aws_vpc", false);
    if (requester.single().isPresent() != accepter.single().isPresent()) {
      Linker.Link remote = requester.single().isEmpty() ? requester : accepter;
      if (remote.remoteEnvironment() != null) {
        String known =
            (requester.single().isPresent() ? requester : accepter).single().get().address();
        facts.unresolved(
            new Facts.Unresolved(
                r.address(),
                env(r),
                r.path(),
                r.type(),
                remote.problem(),
                new Facts.PendingPeering(
                    requester.single().isPresent() ? known : null,
                    accepter.single().isPresent() ? known : null,
                    remote.remoteEnvironment(),
                    acceptance(r))));
        return;
      }
    }
    if (requester.single().isEmpty() || accepter.single().isEmpty()) {
      Linker.Link broken = requester.single().isEmpty() ? requester : accepter;
      String side = requester.single().isEmpty() ? "vpc_id" : "peer_vpc_id";
      unresolved(r, broken.problem() != null ? broken.problem() : "has no " + side);
      return;
    }
    List<String> inferred = new ArrayList<>();
    if (requester.inferred()) {
      inferred.add("vpc_id");
    }
    if (accepter.inferred()) {
      inferred.add("peer_vpc_id");
    }
    facts.peerings.add(
        new Facts.Peering(
            r.address(),
            env(r),
            r.path(),
            requester.single().get().address(),
            accepter.single().get().address(),
            inferred,
            acceptance(r)));
    facts.read(r.type());
  }

  /**
   * How a peering is accepted: its own auto_accept, an accepter of the inputs that sets
   * auto_accept, neither, or unknown (an expression, or an accepter that could not be linked and
   * may be it); its own auto_accept beside a peer_region is refused by the provider.
   */
  private String acceptance(TfResource peering) {
    Boolean auto = flag(peering, peering.attr("auto_accept"), "auto_accept", false);
    if (auto == null) {
      return Facts.Peering.UNKNOWN;
    }
    if (auto) {
      // The provider refuses auto_accept beside a peer_region it is given (even its own region).
      JsonNode region = peering.attr("peer_region");
      if (peering.onlyApplyKnows("peer_region") || TfValues.isExpression(region)) {
        return Facts.Peering.UNKNOWN;
      }
      String literal = TfValues.literal(region);
      return literal == null || literal.isEmpty()
          ? Facts.Peering.AUTO
          : Facts.Peering.AUTO_ACROSS_REGIONS;
    }
    if (accepters == null) {
      accepters = new PeeringAccepters(resources, linker);
    }
    return accepters.acceptance(peering);
  }

  /** The accepter's own fact: linked to its peering, or unresolved. */
  private void accepter(TfResource r) {
    Linker.Link peering =
        linker.resolve(r, "vpc_peering_connection_id", "aws_vpc_peering_connection", false);
    if (peering.single().isEmpty()) {
      unresolved(
          r, peering.problem() != null ? peering.problem() : "has no vpc_peering_connection_id");
      return;
    }
    facts.read(r.type());
  }

  /**
   * {@code com.amazonaws.<region>.} before an endpoint's service: compiled once
   * (String.replaceFirst compiled it for each endpoint: 12 ms of the facts' main thread at 28,380
   * resources).
   */
  private static final Pattern AWS_SERVICE_PREFIX =
      Pattern.compile("^com\\.amazonaws\\.[a-z0-9-]+\\.");

  private void endpoint(TfResource r) {
    String service =
        r.text("service_name", null, "expected a string such as com.amazonaws.eu-west-1.s3");
    Linker.Link vpc = linker.resolve(r, "vpc_id", "aws_vpc", false);
    if (service == null) {
      unresolved(r, "service_name is known only after apply");
      return;
    }
    if (vpc.single().isEmpty()) {
      unresolved(r, vpc.problem() != null ? vpc.problem() : "has no vpc_id");
      return;
    }
    String type = EndpointType.of(r);
    if (type == null) {
      unresolved(r, "vpc_endpoint_type is known only after apply or set by an expression");
      return;
    }
    Boolean privateDns =
        type.equals("interface")
            ? flag(r, r.attr("private_dns_enabled"), "private_dns_enabled", false)
            : null;
    facts.endpoints.add(
        new Facts.Endpoint(
            r.address(),
            env(r),
            r.path(),
            vpc.single().get().address(),
            AWS_SERVICE_PREFIX.matcher(service).replaceFirst(""),
            type,
            vpc.inferred() ? List.of("vpc_id") : List.of(),
            privateDns,
            type.equals("interface") && privateDns == null ? List.of("private_dns") : List.of()));
    facts.read(r.type());
  }

  private void eks(TfResource r) {
    JsonNode vpc = r.block("vpc_config");
    List<String> unknown = new ArrayList<>();
    Boolean publicAccess =
        flag(r, vpc.path("endpoint_public_access"), "vpc_config.endpoint_public_access", true);
    Boolean privateAccess =
        flag(r, vpc.path("endpoint_private_access"), "vpc_config.endpoint_private_access", false);
    if (publicAccess == null) {
      unknown.add("endpoint_public_access");
    }
    if (privateAccess == null) {
      unknown.add("endpoint_private_access");
    }
    List<String> publicCidrs = new ArrayList<>();
    JsonNode cidrs = vpc.path("public_access_cidrs");
    for (int i = 0; i < cidrs.size(); i++) {
      String cidr = cidr(r, cidrs.get(i), "vpc_config.public_access_cidrs[" + i + "]");
      if (cidr != null) {
        publicCidrs.add(cidr);
      }
    }
    JsonNode encryption = r.block("encryption_config");
    boolean secrets =
        TfValues.strings(encryption.path("resources")).contains("secrets")
            || (r.expressions() != null
                && !r.expressions().path("encryption_config").isMissingNode());
    Linker.Link subnets = linker.resolve(r, "vpc_config.subnet_ids", "aws_subnet", true);
    Networks placed = networksOf(subnets.targets());
    Set<String> networks = placed.addresses();
    boolean inferred = subnets.inferred() || placed.inferred();
    if (networks.size() != 1) {
      unknown.add("network");
    }
    if (subnets.problem() != null) {
      unknown.add("subnets");
    }
    String version = TfValues.literal(r.attr("version"));
    if (version == null) {
      unknown.add("version");
    }
    facts.eksClusters.add(
        new Facts.EksCluster(
            r.address(),
            env(r),
            r.path(),
            TfValues.literal(r.attr("name")),
            version,
            Facts.VersionSupportFact.of(version),
            networks.size() == 1 ? networks.iterator().next() : null,
            publicAccess,
            privateAccess,
            publicCidrs,
            secrets,
            subnets.targets().stream().map(TfResource::address).toList(),
            linker
                .resolve(r, "vpc_config.security_group_ids", "aws_security_group", true)
                .targets()
                .stream()
                .map(TfResource::address)
                .toList(),
            unknown,
            inferred && networks.size() == 1 ? List.of("network") : List.of(),
            versionBefore(r, false)));
    facts.read(r.type());
  }

  /**
   * The subnets a database or cache is placed in; {@code subnets} is unknown when some of them
   * could not be linked (an ID of a subnet outside the input, a data source, a value only apply
   * knows), so the rule reports that it cannot check the group instead of judging part of it.
   */
  private void subnetGroup(TfResource r, String kind) {
    Linker.Link subnets = linker.resolve(r, "subnet_ids", "aws_subnet", true);
    facts.subnetGroups.add(
        new Facts.SubnetGroup(
            r.address(),
            env(r),
            r.path(),
            kind,
            subnets.targets().stream().map(TfResource::address).toList(),
            subnets.problem() != null ? List.of("subnets") : List.of(),
            subnets.inferred() ? List.of("subnets") : List.of()));
    facts.read(r.type());
  }

  /** A boolean with the provider's default when omitted, or null when set by an expression. */
  static Boolean flag(TfResource r, JsonNode value, String path, boolean awsDefault) {
    Boolean known = TfValues.bool(value);
    if (known != null) {
      return known;
    }
    if (r.isUnknown(path) || TfValues.isExpression(value)) {
      return null;
    }
    if (!value.isMissingNode() && !value.isNull()) {
      throw new BadInput(r.pathOf(path), "expected true or false");
    }
    return awsDefault;
  }

  private void nodeGroup(TfResource r) {
    Set<String> zones = new TreeSet<>();
    Linker.Link subnets = linker.resolve(r, "subnet_ids", "aws_subnet", true);
    // Every subnet's zone, or none: the zones of some would undercount a group's spread.
    boolean allZones = subnets.problem() == null;
    for (TfResource subnet : subnets.targets()) {
      String az = TfValues.literal(subnet.attr("availability_zone"));
      if (az != null) {
        zones.add(az);
      } else {
        allZones = false;
      }
    }
    if (!allZones) {
      zones.clear();
    }
    String capacity =
        r.text("capacity_type", "ON_DEMAND", "expected a string (ON_DEMAND, SPOT...)");
    List<String> unknown = new ArrayList<>();
    if (zones.isEmpty()) {
      unknown.add("azs");
    }
    if (capacity == null) {
      unknown.add("capacity_type");
    }
    String cluster = clusterOf(r);
    if (cluster == null) {
      unknown.add("cluster");
    }
    // Unset, it is the cluster's (a plan marks that unknown: the provider computes it).
    String version = TfValues.literal(r.attr("version"));
    if (version == null && r.onlyApplyKnows("version")) {
      unknown.add("version");
    }
    // Unset, it is EKS's default for the version (AL2023 from 1.30 on), which a plan marks unknown.
    String amiType = r.text("ami_type", null, "expected a string (AL2023_x86_64_STANDARD...)");
    if (amiType == null && r.onlyApplyKnows("ami_type")) {
      unknown.add("ami_type");
    }
    facts.nodeGroups.add(
        new Facts.NodeGroup(
            r.address(),
            env(r),
            r.path(),
            cluster,
            List.copyOf(zones),
            capacity == null ? null : capacity.toLowerCase(Locale.ROOT),
            List.copyOf(unknown),
            List.copyOf(new TreeSet<>(networksOf(subnets.targets()).addresses())),
            version == null || version.isEmpty() ? null : version,
            amiType == null || amiType.isEmpty() ? null : amiType));
    facts.read(r.type());
  }

  /** The VPCs of some subnets, in their order, and whether a subnet's link to one was inferred. */
  private record Networks(Set<String> addresses, boolean inferred) {}

  private Networks networksOf(List<TfResource> subnets) {
    Set<String> addresses = new LinkedHashSet<>();
    boolean inferred = false;
    for (TfResource subnet : subnets) {
      Linker.Link network = linker.resolve(subnet, "vpc_id", "aws_vpc", false);
      network.single().ifPresent(n -> addresses.add(n.address()));
      inferred |= network.inferred();
    }
    return new Networks(addresses, inferred);
  }

  /** The address of a node group's cluster: by reference, or by its name in the same stack. */
  private String clusterOf(TfResource group) {
    Optional<TfResource> linked =
        linker.resolve(group, "cluster_name", "aws_eks_cluster", false).single();
    if (linked.isPresent()) {
      return linked.get().address();
    }
    String name = TfValues.literal(group.attr("cluster_name"));
    return name == null
        ? null
        : linker.named(group, "aws_eks_cluster", name).map(TfResource::address).orElse(null);
  }

  private void database(TfResource r) {
    // A zone set beside Multi-AZ is refused by AWS (PF-HA-002); one only apply knows is no zone
    // set: AWS picks it.
    databaseFact(
        r,
        Boolean.TRUE.equals(TfValues.bool(r.attr("multi_az"))),
        TfValues.isExpression(r.attr("availability_zone"))
            ? "set by an expression"
            : TfValues.literal(r.attr("availability_zone")),
        r.onlyApplyKnows("multi_az"),
        storageEncrypted(r, "replicate_source_db", "snapshot_identifier"),
        flag(r, r.attr("publicly_accessible"), "publicly_accessible", false));
    masterPassword(
        r, "password", "replicate_source_db", "snapshot_identifier", "restore_to_point_in_time");
  }

  /**
   * An RDS cluster is a database as an instance is. Aurora runs its compute in more than one zone
   * only with two instances or more not all pinned to one zone (storage always spans three); Aurora
   * Serverless v1 and a Multi-AZ DB cluster (an engine of RDS with a cluster instance class) span
   * zones by themselves.
   */
  private void rdsCluster(TfResource r) {
    databaseFact(
        r,
        "serverless".equals(TfValues.literal(r.attr("engine_mode")))
            || r.onlyApplyKnows("db_cluster_instance_class")
            || TfValues.literal(r.attr("db_cluster_instance_class")) != null
            || inZones(clusterInstances().getOrDefault(r.address(), List.of())),
        null,
        false,
        // Aurora Serverless v1 is always encrypted.
        "serverless".equals(TfValues.literal(r.attr("engine_mode")))
            ? Boolean.TRUE
            : storageEncrypted(r, "replication_source_identifier", "snapshot_identifier"),
        publiclyAccessible(clusterInstances().getOrDefault(r.address(), List.of())));
    masterPassword(
        r,
        "master_password",
        "replication_source_identifier",
        "snapshot_identifier",
        "restore_to_point_in_time",
        // (a global cluster's secondary takes the primary's)
        "global_cluster_identifier");
  }

  /**
   * A database's master password. RDS refuses to create an instance or a cluster with none unless
   * it manages the password or the database copies another (a replica, a snapshot, a point in
   * time): one set nowhere is a credential that is {@code absent}, not no credential to judge (a
   * database a plan keeps or updates was created already, and needs none to stay). A managed flag
   * only apply knows, or set by an expression, may be off: then the source cannot be traced.
   */
  private void masterPassword(TfResource r, String attribute, String... copiedFrom) {
    JsonNode managed = r.attr("manage_master_user_password");
    int before = facts.credentials.size();
    credential(r, "master password", attribute, managed);
    if (facts.credentials.size() > before
        || copies(r, copiedFrom)
        || existingDatabases.contains(r.address())) {
      return;
    }
    boolean flagUnsettled =
        r.onlyApplyKnows("manage_master_user_password") || TfValues.isExpression(managed);
    credentialFact(r, "master password", attribute, flagUnsettled ? "unknown" : "absent");
  }

  /**
   * Whether any of {@code sources} is configured: a value, or one only apply knows (a plan marks
   * these unknown when they are left to the provider too: only a configured one counts).
   */
  private static boolean copies(TfResource r, String... sources) {
    for (String source : sources) {
      JsonNode from = r.attr(source);
      boolean empty = from.isMissingNode() || from.isNull() || (from.isArray() && from.isEmpty());
      if (!empty || r.onlyApplyKnows(source)) {
        return true;
      }
    }
    return false;
  }

  /**
   * An instance's or a cluster's database fact: engine, version, zones and placement; Multi-AZ off
   * and listed unknown when only apply knows it ({@code multiAzUnknown}).
   */
  private void databaseFact(
      TfResource r,
      boolean multiAz,
      String zone,
      boolean multiAzUnknown,
      Boolean encrypted,
      Boolean publiclyAccessible) {
    SubnetPlacement.Placement placement = placements().of(r);
    String engine = TfValues.literal(r.attr("engine"));
    String version = TfValues.literal(r.attr("engine_version"));
    List<String> unknown = new ArrayList<>();
    if (version == null
        && (r.isUnknown("engine_version") || TfValues.isExpression(r.attr("engine_version")))) {
      unknown.add("engine_version");
    }
    if (multiAzUnknown) {
      unknown.add("multi_az");
    }
    if (encrypted == null) {
      unknown.add("storage_encrypted");
    }
    if (publiclyAccessible == null) {
      unknown.add("publicly_accessible");
    }
    unknown.addAll(placement.unknown());
    String versionBefore = versionBefore(r, true);
    String engineMode = null;
    if (r.type().equals("aws_rds_cluster")) {
      engineMode = r.text("engine_mode", "provisioned", "expected a string (provisioned...)");
      if (engineMode == null) {
        unknown.add("engine_mode");
      }
    }
    facts.databases.add(
        new Facts.Database(
            r.address(),
            env(r),
            r.path(),
            engine,
            version,
            Facts.rdsSupport(engine, version),
            multiAz,
            unknown,
            placement.group(),
            zone == null || zone.isEmpty() ? null : zone,
            encrypted,
            versionBefore,
            versionBefore == null
                ? null
                : flag(
                    r, r.attr("allow_major_version_upgrade"), "allow_major_version_upgrade", false),
            publiclyAccessible,
            engineMode));
  }

  /**
   * A cluster is publicly accessible when one of its instances is; unknown when none is and one
   * only apply knows.
   */
  private static Boolean publiclyAccessible(List<TfResource> instances) {
    Boolean any = false;
    for (TfResource instance : instances) {
      Boolean one =
          flag(instance, instance.attr("publicly_accessible"), "publicly_accessible", false);
      if (Boolean.TRUE.equals(one)) {
        return true;
      }
      if (one == null) {
        any = null;
      }
    }
    return any;
  }

  /** Two instances or more, unless every one is pinned to the same zone. */
  private static boolean inZones(List<TfResource> instances) {
    Set<String> zones = new HashSet<>();
    for (TfResource instance : instances) {
      String zone = TfValues.literal(instance.attr("availability_zone"));
      if (zone == null) {
        return instances.size() >= 2;
      }
      zones.add(zone);
    }
    return zones.size() >= 2;
  }

  /** The instances of each RDS cluster of the input, by the cluster's address. */
  private Map<String, List<TfResource>> clusterInstances() {
    if (clusterInstances == null) {
      clusterInstances = new HashMap<>();
      linkedInstances = new HashSet<>();
      for (TfResource r : resources) {
        if (r.type().equals("aws_rds_cluster_instance") && !r.data() && !Instances.unknown(r)) {
          linker
              .resolve(r, "cluster_identifier", "aws_rds_cluster", false)
              .single()
              .ifPresent(
                  c -> {
                    clusterInstances.computeIfAbsent(c.address(), k -> new ArrayList<>()).add(r);
                    linkedInstances.add(r.address());
                  });
        }
      }
    }
    return clusterInstances;
  }

  private void clusterInstance(TfResource r) {
    clusterInstances();
    if (linkedInstances.contains(r.address())) {
      facts.read(r.type());
    } else {
      unresolved(
          r,
          "its cluster_identifier could not be linked to an aws_rds_cluster of the input, so the"
              + " zones of that cluster's instances cannot be checked");
    }
  }

  private void replicationGroup(TfResource r) {
    Boolean multiAz = TfValues.bool(r.attr("multi_az_enabled"));
    SubnetPlacement.Placement placement = placements().of(r);
    List<String> unknown = new ArrayList<>(placement.unknown());
    if (r.onlyApplyKnows("multi_az_enabled")) {
      unknown.add("multi_az");
    }
    // Off unless set (the provider's default); one only apply knows is said so, never taken as on.
    JsonNode failoverSet = r.attr("automatic_failover_enabled");
    Boolean failover = false;
    if (r.onlyApplyKnows("automatic_failover_enabled") || TfValues.isExpression(failoverSet)) {
      failover = null;
      unknown.add("automatic_failover");
    } else if (!failoverSet.isMissingNode() && !failoverSet.isNull()) {
      failover = TfValues.bool(failoverSet);
      if (failover == null) {
        throw new BadInput(r.pathOf("automatic_failover_enabled"), "expected true or false");
      }
    }
    Boolean atRest = encryption(r, "at_rest_encryption_enabled", "at_rest_encryption", unknown);
    Boolean transit = encryption(r, "transit_encryption_enabled", "transit_encryption", unknown);
    JsonNode token = r.attr("auth_token");
    boolean authToken = (!token.isMissingNode() && !token.isNull()) || r.isUnknown("auth_token");
    String engine = cacheEngine(r, "redis", unknown);
    String version = cacheEngineVersion(r, unknown);
    facts.caches.add(
        new Facts.Cache(
            r.address(),
            env(r),
            r.path(),
            TerraformCosts.cacheNodes(r),
            Boolean.TRUE.equals(multiAz),
            placement.group(),
            unknown,
            failover,
            atRest,
            transit,
            authToken,
            engine,
            version,
            Facts.cacheSupport(engine, version)));
    credential(r, "auth token", "auth_token", null);
  }

  /**
   * A cache's engine: {@code awsDefault} when not set (a replication group's is redis; a cache
   * cluster of a replication group has its group's, null here), null and unknown when only apply
   * knows it.
   */
  private static String cacheEngine(TfResource r, String awsDefault, List<String> unknown) {
    String engine = r.text("engine", awsDefault, "expected a string (redis, valkey, memcached)");
    if (engine == null && r.onlyApplyKnows("engine")) {
      unknown.add("engine");
    }
    return engine == null || engine.isEmpty() ? null : engine.toLowerCase(Locale.ROOT);
  }

  /**
   * A cache's engine version as set; null when not set (ElastiCache's default, its newest), or when
   * only apply knows it, then listed in unknown.
   */
  private static String cacheEngineVersion(TfResource r, List<String> unknown) {
    JsonNode set = r.attr("engine_version");
    if (r.onlyApplyKnows("engine_version") || TfValues.isExpression(set)) {
      unknown.add("engine_version");
      return null;
    }
    if (set.isMissingNode() || set.isNull()) {
      return null;
    }
    // (a number is the text Terraform makes of it, as for every version)
    String version = TfValues.literal(set);
    if (version == null) {
      throw new BadInput(r.pathOf("engine_version"), "expected a string (7.1, 6.x...)");
    }
    return version.isBlank() ? null : version;
  }

  private void cacheCluster(TfResource r) {
    SubnetPlacement.Placement placement = placements().of(r);
    List<String> unknown = new ArrayList<>(placement.unknown());
    if (r.onlyApplyKnows("az_mode")) {
      unknown.add("multi_az");
    }
    // A cache cluster has no encryption at rest (a replication group has).
    Boolean transit = encryption(r, "transit_encryption_enabled", "transit_encryption", unknown);
    String engine = cacheEngine(r, null, unknown);
    String version = cacheEngineVersion(r, unknown);
    facts.caches.add(
        new Facts.Cache(
            r.address(),
            env(r),
            r.path(),
            TerraformCosts.cacheNodes(r),
            "cross-az".equals(TfValues.literal(r.attr("az_mode"))),
            placement.group(),
            unknown,
            null,
            Boolean.FALSE,
            transit,
            null,
            engine,
            version,
            Facts.cacheSupport(engine, version)));
    facts.read(r.type());
  }

  /**
   * A database's storage encryption: off unless set (the provider's default), null when only apply
   * knows it; and, left unset on a replica or a restore ({@code sources}), the source's, which the
   * input does not show: null too, never off or on.
   */
  private static Boolean storageEncrypted(TfResource r, String... sources) {
    JsonNode set = r.attr("storage_encrypted");
    if ((set.isMissingNode() || set.isNull()) && copies(r, sources)) {
      return null;
    }
    return flag(r, set, "storage_encrypted", false);
  }

  /** An encryption setting, off unless set; null (and {@code fact} unknown) when apply decides. */
  private static Boolean encryption(
      TfResource r, String attribute, String fact, List<String> unknown) {
    Boolean on = flag(r, r.attr(attribute), attribute, false);
    if (on == null) {
      unknown.add(fact);
    }
    return on;
  }

  private SubnetPlacement placements() {
    if (placements == null) {
      placements = new SubnetPlacement(linker);
    }
    return placements;
  }

  /** Where a credential comes from, traced through configuration; the value itself is dropped. */
  private void credential(TfResource r, String kind, String attribute, JsonNode managedFlag) {
    if (managedFlag != null && Boolean.TRUE.equals(TfValues.bool(managedFlag))) {
      credentialFact(r, kind, attribute, "managed");
    } else {
      for (String position : List.of(attribute, attribute + WRITE_ONLY)) {
        credentialFact(r, kind, position, CredentialSources.of(r, position, wiring, evidence));
      }
    }
    facts.read(r.type());
  }

  /**
   * A write-only argument's suffix (Terraform 1.11 and later: password_wo): it keeps the value out
   * of state and plan, not out of the configuration, so it is a credential position too.
   */
  static final String WRITE_ONLY = "_wo";

  private void credentialFact(TfResource r, String kind, String attribute, String source) {
    if (source != null) {
      String secret = source.equals("secrets_manager") ? secretRead(r, attribute) : null;
      facts.credentials.add(
          new Facts.Credential(r.address(), env(r), r.path(), kind, source, secret));
    }
  }

  /** Every place of a type's credential: a block only apply knows is a source not traced. */
  private void credentials(TfResource r, CredentialAttributes.Attribute credential) {
    boolean managed =
        credential.managedFlag() != null
            && Boolean.TRUE.equals(TfValues.bool(r.attr(credential.managedFlag())));
    if (managed) {
      credentialFact(r, credential.kind(), credential.path(), "managed");
    } else if (CredentialAttributes.holdsCredential(r)) {
      List<CredentialAttributes.Place> places =
          new ArrayList<>(CredentialAttributes.places(r, credential.path()));
      if (!credential.path().contains(".")) {
        places.addAll(CredentialAttributes.places(r, credential.path() + WRITE_ONLY));
      }
      for (CredentialAttributes.Place place : places) {
        TfResource holder = place.holder();
        credentialFact(
            holder == null ? r : holder,
            credential.kind(),
            place.attribute(),
            holder == null
                ? "unknown"
                : CredentialSources.of(holder, place.attribute(), wiring, evidence));
      }
    }
    facts.read(r.type());
  }

  /**
   * The name of the secret a credential reads: the {@code secret_id} of the {@code
   * aws_secretsmanager_secret_version} data source it refers to, written as a name or as a
   * reference to an {@code aws_secretsmanager_secret}; null when the input does not say (a plan
   * leaves data sources out unless it read them).
   */
  private String secretRead(TfResource r, String attribute) {
    List<String> refs = new ArrayList<>();
    if (r.expressions() != null) {
      r.expressions().path(attribute).path("references").forEach(n -> refs.add(n.asText()));
    }
    TfValues.interpolations(r.values().path(attribute))
        .forEach(e -> refs.addAll(TfValues.references(e)));
    String prefix = CredentialSources.modulePrefix(r.localAddress());
    for (String ref : refs) {
      List<String> parts = Addresses.segments(ref);
      if (parts.size() < 3 || !ref.startsWith("data.aws_secretsmanager_secret_version.")) {
        continue;
      }
      String local = prefix + "data.aws_secretsmanager_secret_version." + parts.get(2);
      TfResource d = dataSource(r.stack(), local);
      if (d != null) {
        String id = TfValues.literal(d.attr("secret_id"));
        if (id != null) {
          return id;
        }
        return linker
            .resolve(d, "secret_id", "aws_secretsmanager_secret", false)
            .single()
            .map(s -> TfValues.literal(s.attr("name")))
            .orElse(null);
      }
    }
    return null;
  }

  /** The first data source of that local address in that stack (indexed once: plans are large). */
  private TfResource dataSource(String stack, String localAddress) {
    if (dataSources == null) {
      dataSources = new HashMap<>();
      for (TfResource d : resources) {
        if (d.data()) {
          dataSources.putIfAbsent(Arrays.asList(d.stack(), d.localAddress()), d);
        }
      }
    }
    return dataSources.get(Arrays.asList(stack, localAddress));
  }
}
