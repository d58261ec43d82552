package io.payflow.platform.policies.internal;

import com.fasterxml.jackson.databind.JsonNode;
import io.payflow.platform.policies.Facts;
import io.payflow.platform.topology.CapacityType;
import io.payflow.platform.topology.Money;
import io.payflow.platform.topology.PriceKeys;
import io.payflow.platform.topology.PricingCatalog;
import io.payflow.platform.topology.SupportCatalog;
import io.payflow.platform.topology.Today;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Prices Terraform resources with the same catalog and keys as the model estimator, so budgets
 * apply to plans and synthesized stacks alike. Resource types with no configuration-driven price
 * (IAM, routes, ...: {@link UnbilledTypes}) are not listed; a priced type whose price is missing is
 * listed as unpriced, and so is a type AWS bills that payflow has no price model for.
 */
final class TerraformCosts {
  static final String UNKNOWN_KEY = "unknown-until-apply";

  /**
   * The key of a billed resource of a type no price model covers (an MSK cluster, a load balancer).
   */
  static final String NO_MODEL_KEY = "no-price-model";

  private final PricingCatalog catalog;
  private final FactsBuilder facts;
  private final Linker linker;

  TerraformCosts(PricingCatalog catalog, FactsBuilder facts, Linker linker) {
    this.catalog = catalog;
    this.facts = facts;
    this.linker = linker;
  }

  /** Prices one resource of a type the catalog prices. */
  private interface Pricer {
    void price(TfResource r, String env, int hours);
  }

  void price(TfResource r, String env, int hours) {
    Pricer pricer = pricer(r.type());
    if (pricer == null) {
      if (!UnbilledTypes.unbilled(r)) {
        String description = r.type() + ", a type payflow has no price model for";
        facts.costs.add(
            new Facts.Cost(
                r.address() + ": " + description, env, r.path(), description, NO_MODEL_KEY, null));
      }
      return;
    }
    if (Instances.unknown(r)) {
      unpriced(r, env, "instances of a count only the plan knows");
      return;
    }
    pricer.price(r, env, hours);
  }

  /**
   * A resource Terraform deferred to a later plan: of a billed type, an unpriced line, so a budget
   * says it cannot be checked rather than passing without it.
   */
  void deferred(TfResource r, String env) {
    if (pricer(r.type()) != null || !UnbilledTypes.unbilled(r)) {
      unpriced(r, env, r.type() + " deferred to a later plan");
    }
  }

  /** How a type is priced; null for a type the catalog does not price. */
  private Pricer pricer(String type) {
    return switch (type) {
      case "aws_eks_cluster" ->
          (r, env, hours) -> {
            eksCluster(r, env, hours);
            controlPlaneLogs(r, env, hours);
          };
      case "aws_eks_node_group" -> this::nodeGroup;
      case "aws_nat_gateway" ->
          (r, env, hours) -> hourly(r, env, hours, "NAT gateway", PriceKeys.NAT_GATEWAY, 1);
      case "aws_eip" ->
          (r, env, hours) -> hourly(r, env, hours, "Public IPv4 address", PriceKeys.PUBLIC_IPV4, 1);
      case "aws_vpc_endpoint" -> this::endpoint;
      case "aws_instance" -> this::instance;
      case "aws_db_instance" -> this::database;
      case "aws_rds_cluster_instance" -> this::auroraInstance;
      case "aws_rds_cluster" -> this::rdsCluster;
      case "aws_elasticache_replication_group", "aws_elasticache_cluster" -> this::cache;
      case "aws_secretsmanager_secret" ->
          (r, env, hours) -> monthly(r, env, "Secrets Manager secret", PriceKeys.SECRET, 1);
      case "aws_kms_key" -> (r, env, hours) -> monthly(r, env, "KMS key", PriceKeys.KMS_KEY, 1);
      case TerraformJsonReader.MODULE ->
          (r, env, hours) -> unpriced(r, env, "resources of a module call");
      default -> null;
    };
  }

  /** Control-plane logs, priced on the catalog's assumption of GB ingested per log type. */
  private void controlPlaneLogs(TfResource r, String env, int hours) {
    if (r.onlyApplyKnows("enabled_cluster_log_types")) {
      unpriced(r, env, "Control-plane logs of types unknown until apply");
      return;
    }
    int types = TfValues.strings(r.attr("enabled_cluster_log_types")).size();
    if (types > 0) {
      whileRunning(
          r,
          env,
          hours,
          "Control-plane logs (assumed "
              + types * PriceKeys.LOG_GB_PER_TYPE_MONTH
              + " GB ingested)",
          PriceKeys.LOG_INGESTION,
          types * PriceKeys.LOG_GB_PER_TYPE_MONTH);
    }
  }

  /** A monthly quantity that exists only while the environment runs, prorated by its hours. */
  private void whileRunning(
      TfResource r, String env, int hours, String description, String key, long quantity) {
    BigDecimal units =
        BigDecimal.valueOf(quantity * (long) hours)
            .divide(BigDecimal.valueOf(730), 6, java.math.RoundingMode.HALF_UP);
    line(r, env, description, key, catalog.price(key).map(p -> p.monthly(units, 0)));
  }

  /** A control plane whose version is in extended support today is billed at that price. */
  private void eksCluster(TfResource r, String env, int hours) {
    String version = TfValues.literal(r.attr("version"));
    boolean extended =
        version != null
            && SupportCatalog.bundled()
                .eks(version)
                .map(v -> v.phaseOn(Today.get()) != SupportCatalog.Phase.STANDARD)
                .orElse(false);
    if (extended) {
      hourly(
          r,
          env,
          hours,
          "EKS control plane (" + version + ", extended support)",
          PriceKeys.EKS_CLUSTER_EXTENDED,
          1);
    } else {
      hourly(r, env, hours, "EKS control plane", PriceKeys.EKS_CLUSTER, 1);
    }
  }

  private void nodeGroup(TfResource r, String env, int hours) {
    String type = nodeType(r);
    if (type == null) {
      unpriced(
          r,
          env,
          "EKS node group of an instance type unknown until apply or set by its launch template");
      return;
    }
    Integer desired =
        TfNumbers.count(
            r, r.block("scaling_config").path("desired_size"), "scaling_config.desired_size");
    if (desired == null) {
      unpriced(r, env, "EKS node group of a size unknown until apply");
      return;
    }
    CapacityType capacity =
        "SPOT".equalsIgnoreCase(TfValues.literal(r.attr("capacity_type")))
            ? CapacityType.SPOT
            : CapacityType.ON_DEMAND;
    hourly(
        r,
        env,
        hours,
        "Nodes (" + desired + " x " + type + ")",
        PriceKeys.ec2(type, capacity),
        desired);
    Integer disk = TfNumbers.count(r, r.attr("disk_size"), "disk_size");
    // (With a launch template, disk_size cannot be set: the template sizes the disks.)
    if (disk == null && launchTemplate(r)) {
      unpriced(r, env, "Node root volumes set by the group's launch template");
      return;
    }
    if (disk == null && r.onlyApplyKnows("disk_size")) {
      unpriced(r, env, "Node root volumes of a size unknown until apply");
      return;
    }
    long gb = (long) desired * (disk == null ? PriceKeys.NODE_VOLUME_GB : disk);
    whileRunning(r, env, hours, "Node root volumes (" + gb + " GB gp3)", PriceKeys.EBS_GP3, gb);
  }

  /**
   * A node group's first instance type: the provider's default, t3.medium, when none is given; null
   * when only apply or the group's launch template knows it.
   */
  private static String nodeType(TfResource r) {
    if (r.onlyApplyKnows("instance_types")) {
      return null;
    }
    JsonNode types = r.attr("instance_types");
    if (types.isMissingNode() || types.isNull() || types.isArray() && types.isEmpty()) {
      return launchTemplate(r) ? null : "t3.medium";
    }
    return TfValues.literal(types.isArray() ? types.get(0) : types);
  }

  /** A node group launched from a template takes its instance type and disk from it if unset. */
  private static boolean launchTemplate(TfResource r) {
    JsonNode template = r.block("launch_template");
    return !template.isMissingNode() && !template.isNull()
        || r.expressions() != null && r.expressions().has("launch_template");
  }

  private void endpoint(TfResource r, String env, int hours) {
    String type = EndpointType.of(r);
    if (type == null) {
      unpriced(r, env, "VPC endpoint of a type unknown until apply");
      return;
    }
    if (!type.equals("interface")) {
      return;
    }
    JsonNode subnets = r.values().path("subnet_ids");
    int zones = Math.max(1, subnets.size());
    // A list is counted even if its ids are references or known only after apply; a set of ids
    // only apply knows (subnets created in the same plan) is counted by the subnets it links to.
    if (!subnets.isArray() && r.onlyApplyKnows("subnet_ids")) {
      Linker.Link linked = linker.resolve(r, "subnet_ids", "aws_subnet", true);
      if (!linked.linked() || linked.partial()) {
        unpriced(r, env, "Interface endpoint in subnets unknown until apply");
        return;
      }
      zones = linked.targets().size();
    }
    hourly(
        r,
        env,
        hours,
        "Interface endpoint (" + zones + " AZ)",
        PriceKeys.INTERFACE_ENDPOINT,
        zones);
  }

  private void instance(TfResource r, String env, int hours) {
    String type = TfValues.literal(r.attr("instance_type"));
    if (type == null) {
      unpriced(r, env, "EC2 instance of a type unknown until apply");
      return;
    }
    hourly(r, env, hours, "EC2 " + type, PriceKeys.ec2(type, CapacityType.ON_DEMAND), 1);
    volume(
        r,
        env,
        hours,
        "Root volume",
        r.block("root_block_device"),
        "root_block_device",
        PriceKeys.BASTION_VOLUME_GB,
        "gp3");
    if (r.onlyApplyKnows("ebs_block_device")
        || r.values().path("dynamic").has("ebs_block_device")) {
      unpriced(r, env, "EBS volumes known only after apply");
    } else {
      for (JsonNode block : r.blocks("ebs_block_device")) {
        String device = TfValues.literal(block.path("device_name"));
        // The provider's default type for an attached volume is gp2.
        volume(
            r,
            env,
            hours,
            "EBS volume " + (device == null ? "(device set by an expression)" : device),
            block,
            "ebs_block_device",
            null,
            "gp2");
      }
    }
    Boolean publicIp = PublicAddress.of(r, linker);
    if (Boolean.TRUE.equals(publicIp)) {
      hourly(r, env, hours, "Public IPv4 of " + r.localAddress(), PriceKeys.PUBLIC_IPV4, 1);
    } else if (publicIp == null && r.onlyApplyKnows("associate_public_ip_address")) {
      unpriced(r, env, "Public IPv4 address, if any: known only after apply");
    }
  }

  /**
   * An RDS instance's storage by its type: the provider's default is io1 with IOPS set, gp2
   * without; gp2 and gp3 cost the same per GB in RDS, any other type is unpriced (never gp3's
   * price), and so are gp3's IOPS beyond its baseline (3,000; 12,000 from 400 GB for PostgreSQL,
   * MySQL and MariaDB).
   */
  private void rdsStorage(TfResource r, String env, String engine, int storage, int copies) {
    JsonNode typeSet = r.attr("storage_type");
    if (TfValues.isExpression(typeSet) || r.onlyApplyKnows("storage_type")) {
      unpriced(r, env, "RDS storage of a type unknown until apply");
      return;
    }
    Integer iops = TfNumbers.count(r, r.attr("iops"), "iops");
    String type = TfValues.literal(typeSet);
    // (a plan writes iops 0 for storage without provisioned IOPS)
    type = type != null ? type : iops != null && iops > 0 ? "io1" : "gp2";
    boolean general = type.equals("gp2") || type.equals("gp3");
    monthly(
        r,
        env,
        "RDS storage " + storage + " GB" + (general ? "" : " " + type),
        general ? PriceKeys.RDS_STORAGE : "rds.storage." + type,
        (long) storage * copies);
    int baseline =
        storage >= 400 && Set.of("postgres", "mysql", "mariadb").contains(engine)
            ? RDS_GP3_LARGE_IOPS
            : GP3_IOPS;
    if (type.equals("gp3") && iops != null && iops > baseline) {
      int extra = iops - baseline;
      monthly(
          r,
          env,
          "RDS storage IOPS above gp3's " + baseline + " (" + extra + ")",
          "rds.storage.gp3.iops",
          (long) extra * copies);
    }
  }

  /** gp3's IOPS and throughput (MB/s) that come with its price; more is billed apart. */
  private static final int GP3_IOPS = 3000;

  private static final int GP3_THROUGHPUT = 125;

  /** RDS gp3's IOPS baseline from 400 GB (PostgreSQL, MySQL, MariaDB). */
  private static final int RDS_GP3_LARGE_IOPS = 12000;

  /**
   * A volume of an instance, billed while it runs: by its type's key (a type the catalog has no
   * price for, io2 or st1, is unpriced, never gp3's price), with gp3's IOPS and throughput beyond
   * its baseline as lines of their own. A size or type only apply knows is unpriced; an omitted
   * size is {@code defaultGb}, or unpriced where there is none (a snapshot's).
   */
  private void volume(
      TfResource r,
      String env,
      int hours,
      String label,
      JsonNode block,
      String path,
      Integer defaultGb,
      String defaultType) {
    JsonNode sizeSet = block.path("volume_size");
    JsonNode typeSet = block.path("volume_type");
    Integer size = TfNumbers.count(r, sizeSet, path + ".volume_size");
    Integer gb = size != null ? size : defaultGb;
    if (TfValues.isExpression(sizeSet) || TfValues.isExpression(typeSet) || gb == null) {
      unpriced(r, env, label + " of a size or type unknown until apply");
      return;
    }
    String type = TfValues.literal(typeSet);
    type = type == null ? defaultType : type;
    whileRunning(r, env, hours, label + " (" + gb + " GB " + type + ")", "ebs." + type, gb);
    if (type.equals("gp3")) {
      Integer iops = TfNumbers.count(r, block.path("iops"), path + ".iops");
      beyondBaseline(r, env, hours, label + " IOPS", "ebs.gp3.iops", iops, GP3_IOPS, "");
      Integer throughput = TfNumbers.count(r, block.path("throughput"), path + ".throughput");
      beyondBaseline(
          r,
          env,
          hours,
          label + " throughput",
          "ebs.gp3.throughput",
          throughput,
          GP3_THROUGHPUT,
          " MB/s");
    }
  }

  /** What a gp3 volume provisions beyond its baseline, a line of its own while it runs. */
  private void beyondBaseline(
      TfResource r,
      String env,
      int hours,
      String what,
      String key,
      Integer provisioned,
      int baseline,
      String unit) {
    if (provisioned != null && provisioned > baseline) {
      int extra = provisioned - baseline;
      String description = what + " above gp3's " + baseline + unit + " (" + extra + ")";
      whileRunning(r, env, hours, description, key, extra);
    }
  }

  private void database(TfResource r, String env, int hours) {
    String engine = TfValues.literal(r.attr("engine"));
    String instanceClass = TfValues.literal(r.attr("instance_class"));
    if (engine == null || instanceClass == null) {
      unpriced(r, env, "RDS instance of an engine or class unknown until apply");
      return;
    }
    if (r.onlyApplyKnows("multi_az")) {
      unpriced(r, env, "RDS instance whose Multi-AZ is unknown until apply");
      return;
    }
    int copies = Boolean.TRUE.equals(TfValues.bool(r.attr("multi_az"))) ? 2 : 1;
    hourly(
        r,
        env,
        hours,
        "RDS " + engine + " " + instanceClass,
        PriceKeys.rds(engine, instanceClass),
        copies);
    Integer storage = TfNumbers.count(r, r.attr("allocated_storage"), "allocated_storage");
    if (storage != null) {
      rdsStorage(r, env, engine, storage, copies);
    } else if (r.onlyApplyKnows("allocated_storage")) {
      unpriced(r, env, "RDS storage of a size unknown until apply");
    }
    if (Boolean.TRUE.equals(TfValues.bool(r.attr("manage_master_user_password")))) {
      monthly(r, env, "Managed master password secret", PriceKeys.SECRET, 1);
    }
    extendedSupport(r, env, hours, engine, instanceClass, copies);
  }

  /**
   * RDS Extended Support of a version past standard support on the day of the run, per vCPU of each
   * instance (a Multi-AZ standby's too). A version only apply knows is not priced, and is reported
   * by PF-RDS-001; a class whose vCPUs are not known is listed unpriced.
   */
  private void extendedSupport(
      TfResource r, String env, int hours, String engine, String instanceClass, int copies) {
    String version = TfValues.literal(r.attr("engine_version"));
    if (version == null) {
      return;
    }
    Optional<String> key =
        SupportCatalog.bundled()
            .rds(engine, version)
            .flatMap(v -> PriceKeys.rdsExtendedSupport(v, Today.get()));
    if (key.isEmpty()) {
      return;
    }
    Integer vcpus = PriceKeys.rdsVcpus(instanceClass);
    if (vcpus == null) {
      line(
          r,
          env,
          "RDS Extended Support " + engine + " " + version + " (vCPUs of the class not known)",
          PriceKeys.RDS_EXTENDED_SUPPORT_VCPUS_UNKNOWN,
          Optional.empty());
      return;
    }
    hourly(
        r,
        env,
        hours,
        "RDS Extended Support " + engine + " " + version + " (" + vcpus + " vCPU)",
        key.get(),
        (long) vcpus * copies);
  }

  private void cache(TfResource r, String env, int hours) {
    String nodeType = TfValues.literal(r.attr("node_type"));
    if (nodeType == null) {
      unpriced(r, env, "ElastiCache nodes of a type unknown until apply");
      return;
    }
    if (cacheCountUnknown(r)) {
      unpriced(r, env, "ElastiCache nodes of a count unknown until apply");
      return;
    }
    hourly(
        r, env, hours, "ElastiCache " + nodeType, PriceKeys.elasticache(nodeType), cacheNodes(r));
    cacheExtendedSupport(r, env, hours, nodeType);
  }

  /**
   * ElastiCache Extended Support of a Redis OSS version past standard support on the day of the
   * run, per node-hour of each node (a premium on the node type's price; a node type the catalog
   * holds no premium for is listed unpriced). A version only apply knows or left to ElastiCache's
   * newest is not priced; PF-CACHE-001 reports the first.
   */
  private void cacheExtendedSupport(TfResource r, String env, int hours, String nodeType) {
    String version = TfValues.literal(r.attr("engine_version"));
    String engine = TfValues.literal(r.attr("engine"));
    if (engine == null && r.type().equals("aws_elasticache_replication_group")) {
      engine = "redis"; // (the provider's default; a cache cluster names its engine or its group)
    }
    if (version == null || engine == null) {
      return;
    }
    Optional<String> key =
        SupportCatalog.bundled()
            .elasticache(engine.toLowerCase(Locale.ROOT), version)
            .flatMap(v -> PriceKeys.elasticacheExtendedSupport(v, Today.get(), nodeType));
    if (key.isPresent()) {
      hourly(
          r,
          env,
          hours,
          "ElastiCache Extended Support " + engine + " " + version + " (" + nodeType + ")",
          key.get(),
          cacheNodes(r));
    }
  }

  /** Fields that give a cache's node count directly, the first one set winning. */
  private static final String[] CACHE_NODE_COUNTS = {
    "num_cache_clusters", "number_cache_clusters", "num_cache_nodes"
  };

  /** Fields of a cluster-mode replication group's count: its shards and their replicas. */
  private static final String[] CACHE_SHARD_COUNTS = {"num_node_groups", "replicas_per_node_group"};

  /**
   * No count of nodes is given directly, and apply knows one of the fields the count is made of
   * (the provider computes those not set): a known number of shards with replicas only apply knows
   * is a count unknown too, not shards without replicas.
   */
  private static boolean cacheCountUnknown(TfResource r) {
    for (String field : CACHE_NODE_COUNTS) {
      if (TfNumbers.count(r, r.attr(field), field) != null) {
        return false;
      }
    }
    for (String[] fields : new String[][] {CACHE_NODE_COUNTS, CACHE_SHARD_COUNTS}) {
      for (String field : fields) {
        if (r.onlyApplyKnows(field)) {
          return true;
        }
      }
    }
    return false;
  }

  static int cacheNodes(TfResource r) {
    for (String field : CACHE_NODE_COUNTS) {
      Integer n = TfNumbers.count(r, r.attr(field), field);
      if (n != null) {
        return n;
      }
    }
    Integer groups = TfNumbers.count(r, r.attr("num_node_groups"), "num_node_groups");
    Integer replicas =
        TfNumbers.count(r, r.attr("replicas_per_node_group"), "replicas_per_node_group");
    if (groups == null) {
      return 1;
    }
    long nodes = (long) groups * ((replicas == null ? 0L : replicas) + 1);
    if (nodes > Integer.MAX_VALUE) {
      throw new BadInput(
          r.pathOf("num_node_groups"),
          "num_node_groups x (replicas_per_node_group + 1) is more nodes than a count holds");
    }
    return (int) nodes;
  }

  /** Listed under its own key: the catalog has no Aurora price, so the budgets say partial. */
  private void auroraInstance(TfResource r, String env, int hours) {
    String engine = TfValues.literal(r.attr("engine"));
    String instanceClass = TfValues.literal(r.attr("instance_class"));
    if (engine == null || instanceClass == null) {
      unpriced(r, env, "Aurora instance of an engine or class unknown until apply");
      return;
    }
    hourly(
        r,
        env,
        hours,
        "Aurora " + engine + " " + instanceClass,
        PriceKeys.aurora(engine, instanceClass),
        1);
  }

  /**
   * A Multi-AZ DB cluster's instances (three, of its cluster instance class); an Aurora cluster's
   * instances are resources of their own, and its storage and I/O are billed by use, as data
   * transfer is (not listed).
   */
  private void rdsCluster(TfResource r, String env, int hours) {
    boolean multiAz =
        r.onlyApplyKnows("db_cluster_instance_class")
            || !(r.attr("db_cluster_instance_class").isMissingNode()
                || r.attr("db_cluster_instance_class").isNull());
    if (!multiAz) {
      return;
    }
    String engine = TfValues.literal(r.attr("engine"));
    String instanceClass = TfValues.literal(r.attr("db_cluster_instance_class"));
    if (engine == null || instanceClass == null) {
      unpriced(r, env, "Multi-AZ DB cluster of an engine or class unknown until apply");
      return;
    }
    hourly(
        r,
        env,
        hours,
        "Multi-AZ DB cluster " + engine + " " + instanceClass + " (3 instances)",
        PriceKeys.rdsCluster(engine, instanceClass),
        3);
  }

  private void hourly(
      TfResource r, String env, int hours, String description, String key, long quantity) {
    add(r, env, description, key, quantity, hours);
  }

  private void monthly(TfResource r, String env, String description, String key, long quantity) {
    add(r, env, description, key, quantity, 0);
  }

  private void add(
      TfResource r, String env, String description, String key, long quantity, int hours) {
    line(
        r,
        env,
        description,
        key,
        catalog.price(key).map(p -> p.monthly(BigDecimal.valueOf(quantity), hours)));
  }

  private void line(
      TfResource r, String env, String description, String key, Optional<Money> cost) {
    facts.costs.add(
        new Facts.Cost(
            r.address() + ": " + description,
            env,
            r.path(),
            description,
            key,
            cost.map(Money::amount).orElse(null)));
  }

  /** A priced type whose size only apply knows: listed unpriced, so the budget check says so. */
  private void unpriced(TfResource r, String env, String description) {
    facts.costs.add(
        new Facts.Cost(
            r.address() + ": " + description, env, r.path(), description, UNKNOWN_KEY, null));
  }
}
