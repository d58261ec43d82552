package io.payflow.platform.topology;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Prices a topology with a catalog. Hourly prices are multiplied by each environment's hours per
 * month (730 always on; fewer for a development estate that scales to zero); storage and monthly
 * prices are not, because data and keys exist all month.
 */
public final class CostEstimator {
  private final PricingCatalog catalog;
  private final SupportCatalog support;
  private final java.time.LocalDate today;

  /** Prices with the bundled support catalog, as of today. */
  public CostEstimator(PricingCatalog catalog) {
    this(catalog, SupportCatalog.bundled(), Today.get());
  }

  /**
   * {@code today} decides which EKS versions are in extended support, billed at the extended hourly
   * price (a version past extended support is auto-upgraded by AWS; it is priced as extended, and
   * the rules report it).
   */
  public CostEstimator(PricingCatalog catalog, SupportCatalog support, java.time.LocalDate today) {
    this.catalog = catalog;
    this.support = support;
    this.today = today;
  }

  public CostReport estimate(Topology topology) {
    List<EnvironmentCost> environments = new ArrayList<>();
    for (int i = 0; i < topology.environments().size(); i++) {
      Environment env = topology.environments().get(i);
      environments.add(
          new EnvironmentCost(
              env.name(),
              env.hoursPerMonth(),
              Optional.ofNullable(env.monthlyBudgetUsd()),
              items(topology, env, "environments[" + i + "]")));
    }
    return new CostReport(
        catalog.version(),
        environments,
        Optional.ofNullable(topology.organisation().monthlyBudgetUsd()),
        sharing(topology));
  }

  private List<LineItem> items(Topology topology, Environment env, String at) {
    Items items = new Items(env.hoursPerMonth());
    int natCount = env.natGatewayCount();
    items.hourly(at + ".vpc.nat", "NAT gateway", PriceKeys.NAT_GATEWAY, natCount);
    items.hourly(at + ".vpc.nat", "NAT gateway public IPv4", PriceKeys.PUBLIC_IPV4, natCount);
    int endpoints = env.vpc().endpoints().interfaceServices().size() * env.endpointZones().size();
    items.hourly(
        at + ".vpc.endpoints",
        "Interface endpoints ("
            + env.vpc().endpoints().interfaceServices().size()
            + " services x "
            + env.endpointZones().size()
            + " AZ)",
        PriceKeys.INTERFACE_ENDPOINT,
        endpoints);
    if (env.bastion() != null) {
      String instance = PriceKeys.ec2(env.bastion().instanceType(), CapacityType.ON_DEMAND);
      items.hourly(at + ".bastion", "Bastion " + env.bastion().instanceType(), instance, 1);
      items.hourly(at + ".bastion", "Bastion public IPv4", PriceKeys.PUBLIC_IPV4, 1);
      items.whileRunning(
          at + ".bastion",
          "Bastion root volume (" + PriceKeys.BASTION_VOLUME_GB + " GB gp3)",
          PriceKeys.EBS_GP3,
          PriceKeys.BASTION_VOLUME_GB);
    }
    if (env.eks() != null) {
      addEks(items, env, at + ".eks");
    }
    for (int d = 0; d < env.databases().size(); d++) {
      addDatabase(items, env.databases().get(d), at + ".databases[" + d + "]");
    }
    for (int c = 0; c < env.caches().size(); c++) {
      Cache cache = env.caches().get(c);
      items.hourly(
          at + ".caches[" + c + "]",
          "ElastiCache " + cache.name() + " (" + cache.nodes() + " x " + cache.nodeType() + ")",
          PriceKeys.elasticache(cache.nodeType()),
          cache.nodes());
    }
    long managedSecrets =
        env.databases().stream()
            .filter(db -> db.masterPassword().source() == CredentialSource.MANAGED)
            .count();
    items.monthly(
        at + ".secrets",
        "Secrets Manager secrets",
        PriceKeys.SECRET,
        env.secrets().size() + managedSecrets);
    int ecrGb = env.ecrRepositories().stream().mapToInt(EcrRepository::storageGb).sum();
    items.monthly(at + ".ecr_repositories", "ECR image storage (GB)", PriceKeys.ECR_STORAGE, ecrGb);
    StateBackend backend = topology.stateBackend();
    if (backend.owner().equals(env.name())) {
      items.monthly(
          "state_backend", "State bucket storage (GB)", PriceKeys.S3_STANDARD, backend.storageGb());
      items.monthly(
          "state_backend",
          "State KMS key",
          PriceKeys.KMS_KEY,
          backend.kmsKeyAlias() == null ? 0 : 1);
    }
    return items.list;
  }

  private void addEks(Items items, Environment env, String at) {
    EksCluster eks = env.eks();
    boolean extended =
        support
            .eks(eks.version())
            .map(v -> v.phaseOn(today) != SupportCatalog.Phase.STANDARD)
            .orElse(false);
    if (extended) {
      items.hourly(
          at,
          "EKS control plane " + eks.name() + " (" + eks.version() + ", extended support)",
          PriceKeys.EKS_CLUSTER_EXTENDED,
          1);
    } else {
      items.hourly(at, "EKS control plane " + eks.name(), PriceKeys.EKS_CLUSTER, 1);
    }
    items.monthly(at, "EKS secrets KMS key", PriceKeys.KMS_KEY, eks.secretsEncryption() ? 1 : 0);
    items.whileRunning(
        at,
        "EKS control-plane logs (assumed "
            + PriceKeys.LOG_GB_PER_TYPE_MONTH * PriceKeys.CONTROL_PLANE_LOG_TYPES
            + " GB ingested)",
        PriceKeys.LOG_INGESTION,
        PriceKeys.LOG_GB_PER_TYPE_MONTH * PriceKeys.CONTROL_PLANE_LOG_TYPES);
    for (int g = 0; g < eks.nodeGroups().size(); g++) {
      NodeGroup group = eks.nodeGroups().get(g);
      items.hourly(
          at + ".node_groups[" + g + "]",
          "Nodes "
              + group.name()
              + " ("
              + group.desiredSize()
              + " x "
              + group.instanceType()
              + " "
              + group.capacityType().name().toLowerCase(java.util.Locale.ROOT)
              + ")",
          PriceKeys.ec2(group.instanceType(), group.capacityType()),
          group.desiredSize());
      items.whileRunning(
          at + ".node_groups[" + g + "]",
          "Node root volumes "
              + group.name()
              + " ("
              + group.desiredSize()
              + " x "
              + PriceKeys.NODE_VOLUME_GB
              + " GB gp3)",
          PriceKeys.EBS_GP3,
          (long) group.desiredSize() * PriceKeys.NODE_VOLUME_GB);
    }
  }

  private void addDatabase(Items items, Database db, String at) {
    int copies = db.multiAz() ? 2 : 1;
    String az = db.multiAz() ? "multi-AZ" : "single-AZ";
    items.hourly(
        at,
        "RDS " + db.engine() + " " + db.name() + " (" + db.instanceClass() + ", " + az + ")",
        PriceKeys.rds(db.engine(), db.instanceClass()),
        copies);
    items.monthly(
        at,
        "RDS storage " + db.storageGb() + " GB gp3 (" + az + ")",
        PriceKeys.RDS_STORAGE,
        (long) db.storageGb() * copies);
    Integer vcpus = PriceKeys.rdsVcpus(db.instanceClass());
    Optional<String> extended =
        support
            .rds(db.engine(), db.engineVersion())
            .flatMap(v -> PriceKeys.rdsExtendedSupport(v, today));
    if (extended.isPresent()) {
      items.hourly(
          at,
          "RDS Extended Support " + db.engine() + " " + db.engineVersion() + " (" + az + ")",
          vcpus == null ? PriceKeys.RDS_EXTENDED_SUPPORT_VCPUS_UNKNOWN : extended.get(),
          (long) (vcpus == null ? 1 : vcpus) * copies);
    }
  }

  /**
   * The hub services a spoke would need a copy of without the hub: bastion, image registry, state
   * backend and the monitoring cluster. Not NAT (see {@link HubSharing}), not the endpoints (every
   * VPC needs its own), not secrets (priced per secret wherever they live).
   */
  private HubSharing sharing(Topology topology) {
    Environment hub = topology.hub();
    List<LineItem> hubItems =
        items(topology, hub, "environments[" + topology.environments().indexOf(hub) + "]");
    List<LineItem> shared =
        hubItems.stream()
            .filter(item -> !item.address().endsWith(".vpc.nat"))
            .filter(item -> !item.priceKey().equals(PriceKeys.INTERFACE_ENDPOINT))
            // A secret costs the same in whichever account holds it: no saving.
            .filter(item -> !item.priceKey().equals(PriceKeys.SECRET))
            .toList();
    return new HubSharing(shared, topology.spokes().size());
  }

  /** Collects line items, skipping zero quantities and marking missing prices. */
  private final class Items {
    private final int hours;
    private final List<LineItem> list = new ArrayList<>();

    Items(int hours) {
      this.hours = hours;
    }

    void hourly(String address, String description, String key, long quantity) {
      add(address, description, key, quantity, hours);
    }

    void monthly(String address, String description, String key, long quantity) {
      add(address, description, key, quantity, 0);
    }

    /**
     * A monthly quantity that exists only while the environment runs (root volumes, logs): prorated
     * by its hours, so a scale-to-zero environment pays for the hours it is up.
     */
    void whileRunning(String address, String description, String key, long quantity) {
      if (quantity <= 0) {
        return;
      }
      BigDecimal units =
          BigDecimal.valueOf(quantity * (long) hours)
              .divide(
                  BigDecimal.valueOf(Environment.ALWAYS_ON_HOURS),
                  6,
                  java.math.RoundingMode.HALF_UP);
      Optional<Money> monthly = catalog.price(key).map(price -> price.monthly(units, 0));
      list.add(new LineItem(address, description, key, units, hours, monthly));
    }

    private void add(
        String address, String description, String key, long quantity, int hoursBilled) {
      if (quantity <= 0) {
        return;
      }
      BigDecimal units = BigDecimal.valueOf(quantity);
      Optional<Money> monthly = catalog.price(key).map(price -> price.monthly(units, hoursBilled));
      list.add(new LineItem(address, description, key, units, hoursBilled, monthly));
    }
  }
}
