package io.payflow.platform.policies;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.payflow.platform.topology.SupportCatalog;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.SortedMap;
import java.util.function.UnaryOperator;

/**
 * The facts document as typed records, the one shape every adapter produces and the rules read
 * ({@code facts.schema.json}). {@code FactsJson} serializes it once, for the Wasm input and for
 * {@code payflow facts}. Every fact carries its {@code address}; {@code path} is its place in the
 * input file when known. A value the input cannot show is null and named in {@code unknown}; a link
 * the adapter inferred rather than read is named in {@code inferred}; a resource the rules read but
 * the adapter could not link or interpret is an {@link Unresolved}, never dropped.
 */
public record Facts(
    String schemaVersion,
    Source source,
    Organisation organisation,
    List<Environment> environments,
    List<Network> networks,
    List<Peering> peerings,
    List<Endpoint> endpoints,
    List<EksCluster> eksClusters,
    List<NodeGroup> nodeGroups,
    List<Database> databases,
    List<Cache> caches,
    List<Credential> credentials,
    List<IngressRule> ingressRules,
    List<Cost> costs,
    CostSummary costSummary,
    List<Unresolved> unresolved,
    List<Name> names,
    List<RouteTable> routeTables,
    List<Route> routes,
    List<Bastion> bastions,
    List<SubnetGroup> subnetGroups) {

  /**
   * Collections absent from a document written elsewhere are empty, never null; the cost summary is
   * always derived from the costs (one given is replaced, so it can never disagree with them).
   */
  public Facts {
    environments = orEmpty(environments);
    networks = orEmpty(networks);
    peerings = orEmpty(peerings);
    endpoints = orEmpty(endpoints);
    eksClusters = orEmpty(eksClusters);
    nodeGroups = orEmpty(nodeGroups);
    databases = orEmpty(databases);
    caches = orEmpty(caches);
    credentials = orEmpty(credentials);
    ingressRules = orEmpty(ingressRules);
    costs = orEmpty(costs);
    unresolved = orEmpty(unresolved);
    names = orEmpty(names);
    routeTables = orEmpty(routeTables);
    routes = orEmpty(routes);
    bastions = orEmpty(bastions);
    subnetGroups = orEmpty(subnetGroups);
    costSummary = CostSummary.of(costs);
  }

  private static <T> List<T> orEmpty(List<T> list) {
    return list == null ? List.of() : List.copyOf(list);
  }

  /** What the facts were read from, and how much of it became facts. */
  public record Source(
      String kind,
      long unattributed,
      SortedMap<String, Coverage> coverage,
      @JsonInclude(JsonInclude.Include.NON_NULL) SupportCatalogFact supportCatalog) {
    public Source {
      coverage = coverage == null ? new java.util.TreeMap<>() : coverage;
    }

    public Source(String kind, long unattributed, SortedMap<String, Coverage> coverage) {
      this(kind, unattributed, coverage, SupportCatalogFact.BUNDLED);
    }
  }

  /** The support catalog the versions were judged with: its version, date and staleness date. */
  public record SupportCatalogFact(String version, String effectiveDate, String staleAfter) {
    public static final SupportCatalogFact BUNDLED = of(SupportCatalog.bundled());

    public static SupportCatalogFact of(SupportCatalog catalog) {
      return new SupportCatalogFact(
          catalog.version(), catalog.effectiveDate().toString(), catalog.staleAfter().toString());
    }
  }

  /**
   * A version's support window from the catalog; no extended end where AWS offers no extended
   * support (RDS for MariaDB); no ends at all where AWS has announced none (ElastiCache's newer
   * majors: in standard support).
   */
  public record VersionSupportFact(
      @JsonInclude(JsonInclude.Include.NON_NULL) String standardSupportEnd,
      @JsonInclude(JsonInclude.Include.NON_NULL) String extendedSupportEnd) {
    public static VersionSupportFact of(String version) {
      return version == null ? null : of(SupportCatalog.bundled().eks(version));
    }

    // Not Optional.map with a lambda: Java 17's class-data archive did not keep this lambda's
    // class, and spinning it cost every run 4 ms of the main thread.
    static VersionSupportFact of(Optional<SupportCatalog.VersionSupport> support) {
      if (support.isEmpty()) {
        return null;
      }
      SupportCatalog.VersionSupport v = support.get();
      return new VersionSupportFact(
          v.standardSupportEnd() == null ? null : v.standardSupportEnd().toString(),
          v.extendedSupportEnd() == null ? null : v.extendedSupportEnd().toString());
    }
  }

  /**
   * An RDS for PostgreSQL, MySQL or MariaDB engine version's support window; null for other engines
   * (Aurora's and the commercial ones have calendars of their own, not in the catalog) or unlisted.
   */
  public static VersionSupportFact rdsSupport(String engine, String engineVersion) {
    if (engineVersion == null || engine == null) {
      return null;
    }
    return VersionSupportFact.of(SupportCatalog.bundled().rds(engine, engineVersion));
  }

  /**
   * An ElastiCache for Redis OSS or Valkey engine version's support window; null for Memcached (not
   * in the catalog) or unlisted.
   */
  public static VersionSupportFact cacheSupport(String engine, String engineVersion) {
    if (engineVersion == null || engine == null) {
      return null;
    }
    return VersionSupportFact.of(SupportCatalog.bundled().elasticache(engine, engineVersion));
  }

  /** Per resource type the rules read: declared in the input, read into facts, unresolved. */
  public record Coverage(int declared, int facts, int unresolved) {
    public Coverage plus(Coverage other) {
      return new Coverage(
          declared + other.declared, facts + other.facts, unresolved + other.unresolved);
    }
  }

  public record Organisation(String name, BigDecimal budgetUsd) {}

  public record Environment(
      String address,
      @JsonInclude(JsonInclude.Include.NON_NULL) String path,
      String name,
      String role,
      String tier,
      int hoursPerMonth,
      BigDecimal budgetUsd,
      List<String> dependsOn,
      State state,
      List<String> unknown) {}

  /** Remote state of an environment; only an S3 backend is judged. */
  public record State(
      String address,
      @JsonInclude(JsonInclude.Include.NON_NULL) String path,
      String bucket,
      String key,
      String region,
      String lockTable,
      Boolean encrypt,
      String kmsKey,
      // Written only when set: a lock file in the bucket (Terraform 1.10+), the other lock.
      @JsonInclude(JsonInclude.Include.NON_NULL) Boolean useLockfile) {}

  public record Network(
      String address,
      String environment,
      @JsonInclude(JsonInclude.Include.NON_NULL) String path,
      String name,
      String cidr,
      List<Subnet> subnets,
      List<String> unknown,
      @JsonInclude(JsonInclude.Include.NON_EMPTY) List<SecondaryCidr> secondaryCidrs) {
    /** Written only when there are some: a document without the key has none. */
    public Network {
      secondaryCidrs = secondaryCidrs == null ? List.of() : secondaryCidrs;
    }

    public Network qualified(UnaryOperator<String> q) {
      return new Network(
          q.apply(address),
          environment,
          path,
          name,
          cidr,
          subnets.stream().map(s -> s.qualified(q)).toList(),
          unknown,
          secondaryCidrs.stream().map(s -> s.qualified(q)).toList());
    }
  }

  /**
   * A range added to a VPC after its primary one ({@code aws_vpc_ipv4_cidr_block_association}):
   * subnets may lie in it, and it must overlap no other VPC. {@code cidr} is null, and {@code
   * unknown} says so, when only apply knows it (an expression, an IPAM pool).
   */
  public record SecondaryCidr(
      String address,
      @JsonInclude(JsonInclude.Include.NON_NULL) String path,
      String cidr,
      List<String> unknown,
      List<String> inferred) {
    public SecondaryCidr qualified(UnaryOperator<String> q) {
      return new SecondaryCidr(q.apply(address), path, cidr, unknown, inferred);
    }
  }

  public record Subnet(
      String address,
      @JsonInclude(JsonInclude.Include.NON_NULL) String path,
      String cidr,
      String az,
      String tier,
      @JsonInclude(JsonInclude.Include.NON_NULL) String lbRole,
      List<String> inferred,
      // The region its provider creates it in, when the input tells.
      @JsonInclude(JsonInclude.Include.NON_NULL) String region) {
    public Subnet qualified(UnaryOperator<String> q) {
      return new Subnet(q.apply(address), path, cidr, az, tier, lbRole, inferred, region);
    }
  }

  public record Peering(
      String address,
      String environment,
      @JsonInclude(JsonInclude.Include.NON_NULL) String path,
      String requester,
      String accepter,
      List<String> inferred,
      String acceptance) {
    /** Accepted by its own {@code auto_accept}. */
    public static final String AUTO = "auto";

    /** Accepted by an {@code aws_vpc_peering_connection_accepter} of the inputs. */
    public static final String ACCEPTER = "accepter";

    /** Nothing accepts it: it waits in pending-acceptance, then expires. */
    public static final String NONE = "none";

    /** Only apply knows (an expression, or an accepter of the inputs that could not be linked). */
    public static final String UNKNOWN = "unknown";

    /**
     * Its own {@code auto_accept} with a {@code peer_region}: the AWS provider refuses it (a
     * peering to another region is accepted there, by an accepter).
     */
    public static final String AUTO_ACROSS_REGIONS = "auto_across_regions";

    public Peering qualified(UnaryOperator<String> q) {
      return new Peering(
          q.apply(address),
          environment,
          path,
          q.apply(requester),
          q.apply(accepter),
          inferred,
          acceptance);
    }
  }

  public record Endpoint(
      String address,
      String environment,
      @JsonInclude(JsonInclude.Include.NON_NULL) String path,
      String network,
      String service,
      String type,
      List<String> inferred,
      // An interface endpoint's private DNS (off by default): without it, it serves no one who
      // resolves the service's usual name. Unset for a gateway endpoint, or when only apply knows
      // it (then "private_dns" is in unknown).
      @JsonInclude(JsonInclude.Include.NON_NULL) Boolean privateDns,
      @JsonInclude(JsonInclude.Include.NON_EMPTY) List<String> unknown) {
    public Endpoint {
      unknown = unknown == null ? List.of() : List.copyOf(unknown);
    }

    public Endpoint qualified(UnaryOperator<String> q) {
      return new Endpoint(
          q.apply(address),
          environment,
          path,
          q.apply(network),
          service,
          type,
          inferred,
          privateDns,
          unknown);
    }
  }

  public record EksCluster(
      String address,
      String environment,
      @JsonInclude(JsonInclude.Include.NON_NULL) String path,
      String name,
      String version,
      VersionSupportFact support,
      String network,
      Boolean endpointPublicAccess,
      Boolean endpointPrivateAccess,
      List<String> publicAccessCidrs,
      boolean secretsEncryption,
      List<String> subnets,
      List<String> apiGroups,
      List<String> unknown,
      List<String> inferred,
      // The version the cluster runs before a plan's update (null: not a plan's update).
      @JsonInclude(JsonInclude.Include.NON_NULL) String versionBefore) {
    public EksCluster {
      subnets = subnets == null ? List.of() : List.copyOf(subnets);
      apiGroups = apiGroups == null ? List.of() : List.copyOf(apiGroups);
    }

    public EksCluster qualified(UnaryOperator<String> q) {
      return new EksCluster(
          q.apply(address),
          environment,
          path,
          name,
          version,
          support,
          network == null ? null : q.apply(network),
          endpointPublicAccess,
          endpointPrivateAccess,
          publicAccessCidrs,
          secretsEncryption,
          subnets.stream().map(q).toList(),
          apiGroups.stream().map(q).toList(),
          unknown,
          inferred,
          versionBefore);
    }
  }

  /**
   * An EKS managed node group: {@code cluster} is its cluster's address (null, with {@code cluster}
   * unknown, when it could not be linked), {@code networks} the VPCs of the subnets it lists.
   */
  public record NodeGroup(
      String address,
      String environment,
      @JsonInclude(JsonInclude.Include.NON_NULL) String path,
      String cluster,
      List<String> azs,
      String capacityType,
      List<String> unknown,
      List<String> networks,
      // Its Kubernetes version when set as a value; null when not set (its cluster's) or only apply
      // knows it (then listed in unknown).
      @JsonInclude(JsonInclude.Include.NON_NULL) String version,
      // Its AMI type when set as a value; null when not set (EKS's default for its version) or only
      // apply knows it (then listed in unknown).
      @JsonInclude(JsonInclude.Include.NON_NULL) String amiType) {
    public NodeGroup {
      networks = networks == null ? List.of() : List.copyOf(networks);
    }

    public NodeGroup qualified(UnaryOperator<String> q) {
      return new NodeGroup(
          q.apply(address),
          environment,
          path,
          cluster == null ? null : q.apply(cluster),
          azs,
          capacityType,
          unknown,
          networks.stream().map(q).toList(),
          version,
          amiType);
    }
  }

  /**
   * An RDS instance; {@code subnetGroup} is the subnet group that places it, null when it names
   * none (AWS places it in the account's default VPC) or, with {@code subnet_group} unknown, when
   * the one it names could not be linked.
   */
  public record Database(
      String address,
      String environment,
      @JsonInclude(JsonInclude.Include.NON_NULL) String path,
      String engine,
      String engineVersion,
      VersionSupportFact support,
      boolean multiAz,
      List<String> unknown,
      String subnetGroup,
      @JsonInclude(JsonInclude.Include.NON_NULL) String availabilityZone,
      // Off unless set (the provider's default); unset when only apply knows it (then listed in
      // unknown as storage_encrypted).
      @JsonInclude(JsonInclude.Include.NON_NULL) Boolean storageEncrypted,
      // The engine version before a plan's update, and whether the update may change the major
      // version (both null: not a plan's update).
      @JsonInclude(JsonInclude.Include.NON_NULL) String engineVersionBefore,
      @JsonInclude(JsonInclude.Include.NON_NULL) Boolean allowMajorVersionUpgrade,
      // Off unless set; unset when only apply knows it (then listed in unknown).
      @JsonInclude(JsonInclude.Include.NON_NULL) Boolean publiclyAccessible,
      // A cluster's engine_mode (provisioned unless set); null for an instance, or when only apply
      // knows it (then listed in unknown).
      @JsonInclude(JsonInclude.Include.NON_NULL) String engineMode) {
    public Database qualified(UnaryOperator<String> q) {
      return new Database(
          q.apply(address),
          environment,
          path,
          engine,
          engineVersion,
          support,
          multiAz,
          unknown,
          subnetGroup == null ? null : q.apply(subnetGroup),
          availabilityZone,
          storageEncrypted,
          engineVersionBefore,
          allowMajorVersionUpgrade,
          publiclyAccessible,
          engineMode);
    }
  }

  /** An ElastiCache replication group or cluster; {@code subnetGroup} as for a {@link Database}. */
  public record Cache(
      String address,
      String environment,
      @JsonInclude(JsonInclude.Include.NON_NULL) String path,
      int nodes,
      boolean multiAz,
      String subnetGroup,
      List<String> unknown,
      @JsonInclude(JsonInclude.Include.NON_NULL) Boolean automaticFailover,
      // Encryption at rest and in transit, off unless set (the provider's defaults; a cache
      // cluster has no encryption at rest); unset when only apply knows them (then listed in
      // unknown). authToken: whether an auth token is set, which AWS takes only in transit.
      @JsonInclude(JsonInclude.Include.NON_NULL) Boolean atRestEncryption,
      @JsonInclude(JsonInclude.Include.NON_NULL) Boolean transitEncryption,
      @JsonInclude(JsonInclude.Include.NON_NULL) Boolean authToken,
      // redis, valkey or memcached; null when only apply knows it (then listed in unknown) or a
      // cache cluster of a replication group names none (the group's).
      @JsonInclude(JsonInclude.Include.NON_NULL) String engine,
      // Its version when set as a value; null when not set (ElastiCache's default, the newest) or
      // only apply knows it (then listed in unknown). support: the catalog's window for it.
      @JsonInclude(JsonInclude.Include.NON_NULL) String engineVersion,
      @JsonInclude(JsonInclude.Include.NON_NULL) VersionSupportFact support) {
    public Cache {
      unknown = unknown == null ? List.of() : List.copyOf(unknown);
    }

    public Cache qualified(UnaryOperator<String> q) {
      return new Cache(
          q.apply(address),
          environment,
          path,
          nodes,
          multiAz,
          subnetGroup == null ? null : q.apply(subnetGroup),
          unknown,
          automaticFailover,
          atRestEncryption,
          transitEncryption,
          authToken,
          engine,
          engineVersion,
          support);
    }
  }

  /**
   * Where a credential comes from; never its value. {@code secret} names the Secrets Manager secret
   * it reads, when the input says which.
   */
  public record Credential(
      String address,
      String environment,
      @JsonInclude(JsonInclude.Include.NON_NULL) String path,
      String kind,
      String source,
      @JsonInclude(JsonInclude.Include.NON_NULL) String secret) {
    public Credential(String address, String environment, String path, String kind, String source) {
      this(address, environment, path, kind, source, null);
    }

    public Credential qualified(UnaryOperator<String> q) {
      return new Credential(q.apply(address), environment, path, kind, source, secret);
    }
  }

  /** A name AWS requires unique in its scope (account or region), as the stacks give it. */
  public record Name(
      String address,
      String environment,
      @JsonInclude(JsonInclude.Include.NON_NULL) String path,
      String kind,
      String scope,
      String name) {
    public Name qualified(UnaryOperator<String> q) {
      return new Name(q.apply(address), environment, path, kind, scope, name);
    }
  }

  /**
   * One ingress rule: what it admits (protocol, ports, source ranges, source security groups) into
   * which security group ({@code group}, null when it cannot be linked); {@code target} is {@code
   * bastion} when that group is the bastion's. A source group read from another stack's remote
   * state is {@code pending_sources} until the merge links it. {@code prefix_lists}: the managed
   * prefix lists it admits from, as written (their ranges are not in the input).
   */
  public record IngressRule(
      String address,
      String environment,
      @JsonInclude(JsonInclude.Include.NON_NULL) String path,
      String protocol,
      int fromPort,
      int toPort,
      List<String> cidrs,
      String target,
      @JsonInclude(JsonInclude.Include.NON_NULL) String group,
      List<String> sourceGroups,
      @JsonInclude(JsonInclude.Include.NON_EMPTY) List<RemoteRef> pendingSources,
      @JsonInclude(JsonInclude.Include.NON_EMPTY) List<String> prefixLists) {
    public IngressRule {
      sourceGroups = sourceGroups == null ? List.of() : List.copyOf(sourceGroups);
      pendingSources = pendingSources == null ? List.of() : List.copyOf(pendingSources);
      prefixLists = prefixLists == null ? List.of() : List.copyOf(prefixLists);
    }

    public IngressRule qualified(UnaryOperator<String> q) {
      return new IngressRule(
          q.apply(address),
          environment,
          path,
          protocol,
          fromPort,
          toPort,
          cidrs,
          target,
          group == null ? null : q.apply(group),
          sourceGroups.stream().map(q).toList(),
          pendingSources,
          prefixLists);
    }
  }

  /** A value another stack's remote state holds: that stack's environment and the output read. */
  public record RemoteRef(String environment, String output) {}

  public record Cost(
      String address,
      String environment,
      @JsonInclude(JsonInclude.Include.NON_NULL) String path,
      String description,
      String priceKey,
      BigDecimal monthlyUsd) {
    public Cost qualified(UnaryOperator<String> q) {
      return new Cost(q.apply(address), environment, path, description, priceKey, monthlyUsd);
    }
  }

  /**
   * The costs' totals, as the budget rules and the report read them: every priced line's {@code
   * monthly_usd} summed exactly, for the estate and per environment (an environment whose lines are
   * all unpriced is there with 0), and the lines without a price, which PF-COST-003 names. The
   * rules read this instead of {@code costs}, so the policy's Wasm parses a few numbers instead of
   * every line: 24,000 lines were half of what it parsed of a 28,000-resource plan.
   */
  public record CostSummary(
      BigDecimal monthlyUsd, SortedMap<String, BigDecimal> environments, List<Cost> unpriced) {
    public CostSummary {
      environments =
          java.util.Collections.unmodifiableSortedMap(new java.util.TreeMap<>(environments));
      unpriced = List.copyOf(unpriced);
    }

    /** The summary of {@code costs}; a line without an environment counts only for the estate. */
    public static CostSummary of(List<Cost> costs) {
      BigDecimal total = BigDecimal.ZERO;
      SortedMap<String, BigDecimal> environments = new java.util.TreeMap<>();
      List<Cost> unpriced = new java.util.ArrayList<>();
      for (Cost cost : costs) {
        BigDecimal usd = cost.monthlyUsd();
        if (usd == null) {
          unpriced.add(cost);
          usd = BigDecimal.ZERO;
        }
        total = total.add(usd);
        if (cost.environment() != null) {
          environments.merge(cost.environment(), usd, BigDecimal::add);
        }
      }
      return new CostSummary(total, environments, unpriced);
    }
  }

  /**
   * A resource of a type the rules read that the adapter could not link or interpret, with the
   * reason: reported by PF-INPUT-001 so that an input not fully understood never passes.
   */
  public record Unresolved(
      String address,
      String environment,
      @JsonInclude(JsonInclude.Include.NON_NULL) String path,
      String type,
      String reason,
      @JsonInclude(JsonInclude.Include.NON_NULL) PendingPeering pending,
      @JsonInclude(JsonInclude.Include.NON_NULL) PendingRoute pendingRoute) {
    public Unresolved(String address, String environment, String path, String type, String reason) {
      this(address, environment, path, type, reason, null, null);
    }

    public Unresolved(
        String address,
        String environment,
        String path,
        String type,
        String reason,
        PendingPeering pending) {
      this(address, environment, path, type, reason, pending, null);
    }

    public Unresolved qualified(UnaryOperator<String> q) {
      return new Unresolved(
          q.apply(address),
          environment,
          path,
          type,
          reason,
          pending == null ? null : pending.qualified(q),
          pendingRoute == null ? null : pendingRoute.qualified(q));
    }
  }

  /**
   * A route whose table is read from another stack's remote state (a spoke's route on a hub table):
   * when the inputs are merged, it is linked to the table of that environment whose CDKTF output
   * name the reference reads ({@code cross-stack-output-aws_route_tablert-publicid}).
   */
  public record PendingRoute(Route route, String remoteEnvironment, String remoteOutput) {
    public PendingRoute qualified(UnaryOperator<String> q) {
      return new PendingRoute(route.qualifiedExceptTable(q), remoteEnvironment, remoteOutput);
    }
  }

  /**
   * A peering one side of which is read from another stack's remote state: when the inputs are
   * merged and that environment has exactly one VPC, the peering is linked to it (marked inferred).
   */
  public record PendingPeering(
      String requester, String accepter, String remoteEnvironment, String acceptance) {
    public PendingPeering qualified(UnaryOperator<String> q) {
      return new PendingPeering(
          requester == null ? null : q.apply(requester),
          accepter == null ? null : q.apply(accepter),
          remoteEnvironment,
          acceptance);
    }
  }

  /** The same facts with every address (and every reference to one) passed through {@code q}. */
  public Facts qualified(UnaryOperator<String> q) {
    return new Facts(
        schemaVersion,
        source,
        organisation,
        environments,
        networks.stream().map(n -> n.qualified(q)).toList(),
        peerings.stream().map(p -> p.qualified(q)).toList(),
        endpoints.stream().map(e -> e.qualified(q)).toList(),
        eksClusters.stream().map(c -> c.qualified(q)).toList(),
        nodeGroups.stream().map(n -> n.qualified(q)).toList(),
        databases.stream().map(d -> d.qualified(q)).toList(),
        caches.stream().map(c -> c.qualified(q)).toList(),
        credentials.stream().map(c -> c.qualified(q)).toList(),
        ingressRules.stream().map(r -> r.qualified(q)).toList(),
        costs.stream().map(c -> c.qualified(q)).toList(),
        null, // the cost summary, derived from the costs
        unresolved.stream().map(u -> u.qualified(q)).toList(),
        names.stream().map(n -> n.qualified(q)).toList(),
        routeTables.stream().map(t -> t.qualified(q)).toList(),
        routes.stream().map(r -> r.qualified(q)).toList(),
        bastions.stream().map(b -> b.qualified(q)).toList(),
        subnetGroups.stream().map(g -> g.qualified(q)).toList());
  }

  /**
   * The subnets AWS places a database ({@code kind} database: RDS, DocumentDB, Neptune) or a cache
   * ({@code kind} cache: ElastiCache) in; {@code unknown} names {@code subnets} when some of them
   * could not be linked to subnets of the input or only apply knows them.
   */
  public record SubnetGroup(
      String address,
      String environment,
      @JsonInclude(JsonInclude.Include.NON_NULL) String path,
      String kind,
      List<String> subnets,
      List<String> unknown,
      List<String> inferred) {
    public SubnetGroup qualified(UnaryOperator<String> q) {
      return new SubnetGroup(
          q.apply(address),
          environment,
          path,
          kind,
          subnets.stream().map(q).toList(),
          unknown,
          inferred);
    }
  }

  /**
   * A route table of a VPC and the subnets associated with it; {@code main} when it is the VPC's
   * main table (used by every subnet without an association).
   */
  public record RouteTable(
      String address,
      String environment,
      @JsonInclude(JsonInclude.Include.NON_NULL) String path,
      String network,
      boolean main,
      List<String> subnets,
      List<String> inferred) {
    public RouteTable qualified(UnaryOperator<String> q) {
      return new RouteTable(
          q.apply(address),
          environment,
          path,
          q.apply(network),
          main,
          subnets.stream().map(q).toList(),
          inferred);
    }
  }

  /**
   * One route of a table: its IPv4 destination (null when only apply knows it, or not IPv4), and
   * where it leads: {@code target_kind} igw, nat, peering (with {@code target} the peering's
   * address), transit_gateway, endpoint, instance, network_interface, other or unknown.
   */
  public record Route(
      String address,
      String environment,
      @JsonInclude(JsonInclude.Include.NON_NULL) String path,
      String table,
      String destination,
      String targetKind,
      String target,
      List<String> inferred) {
    public Route qualified(UnaryOperator<String> q) {
      return new Route(
          q.apply(address),
          environment,
          path,
          q.apply(table),
          destination,
          targetKind,
          target == null ? null : q.apply(target),
          inferred);
    }

    /** Qualified, with no table yet (a pending route's table is found at the merge). */
    Route qualifiedExceptTable(UnaryOperator<String> q) {
      return new Route(
          q.apply(address),
          environment,
          path,
          table,
          destination,
          targetKind,
          target == null ? null : q.apply(target),
          inferred);
    }
  }

  /** The bastion host: the subnet it stands in, and whether it has a public address. */
  public record Bastion(
      String address,
      String environment,
      @JsonInclude(JsonInclude.Include.NON_NULL) String path,
      String network,
      String subnet,
      boolean publicIp,
      List<String> securityGroups) {
    public Bastion {
      securityGroups = securityGroups == null ? List.of() : List.copyOf(securityGroups);
    }

    public Bastion qualified(UnaryOperator<String> q) {
      return new Bastion(
          q.apply(address),
          environment,
          path,
          q.apply(network),
          q.apply(subnet),
          publicIp,
          securityGroups.stream().map(q).toList());
    }
  }
}
