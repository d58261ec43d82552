package io.payflow.platform.topology;

import java.util.Locale;

/** The catalog's key for each priced resource, shared by every input kind. */
public final class PriceKeys {
  public static final String EKS_CLUSTER = "eks.cluster";

  /** gp3 block storage, per GB-month (node and bastion root volumes). */
  public static final String EBS_GP3 = "ebs.gp3";

  /** CloudWatch Logs ingestion, per GB. */
  public static final String LOG_INGESTION = "cloudwatch.logs.ingestion";

  /** Root volume of a managed node group's node (the EKS default disk size), GB. */
  public static final int NODE_VOLUME_GB = 20;

  /** Root volume of the bastion (the Amazon Linux AMI default), GB. */
  public static final int BASTION_VOLUME_GB = 8;

  /** The assumption behind log pricing: GB ingested per control-plane log type per month. */
  public static final int LOG_GB_PER_TYPE_MONTH = 2;

  /** The control-plane log types the stacks enable (api, audit, authenticator). */
  public static final int CONTROL_PLANE_LOG_TYPES = 3;

  /** A control plane whose version is in extended support: billed at a higher hourly price. */
  public static final String EKS_CLUSTER_EXTENDED = "eks.cluster.extended_support";

  public static final String NAT_GATEWAY = "vpc.nat_gateway";
  public static final String INTERFACE_ENDPOINT = "vpc.interface_endpoint";
  public static final String PUBLIC_IPV4 = "vpc.public_ipv4";
  public static final String SECRET = "secretsmanager.secret";
  public static final String KMS_KEY = "kms.key";
  public static final String ECR_STORAGE = "ecr.storage";
  public static final String S3_STANDARD = "s3.standard";
  public static final String RDS_STORAGE = "rds.storage.gp3";

  /** RDS Extended Support, per vCPU-hour, in its first two years and in its third. */
  public static final String RDS_EXTENDED_SUPPORT_YEARS_1_2 = "rds.extended_support.yr1_2";

  public static final String RDS_EXTENDED_SUPPORT_YEAR_3 = "rds.extended_support.yr3";

  /**
   * Extended Support of an instance class whose vCPUs {@link #rdsVcpus} does not know: no catalog
   * holds this key, so the line is listed unpriced, never priced as some number of vCPUs.
   */
  public static final String RDS_EXTENDED_SUPPORT_VCPUS_UNKNOWN =
      "rds.extended_support.vcpus_unknown";

  private PriceKeys() {}

  /**
   * The Extended Support price key of a version on a day: none in standard support or past Extended
   * Support (RDS has upgraded it then); the year 1-2 price for two years from the end of standard
   * support, the year 3 price after.
   */
  public static java.util.Optional<String> rdsExtendedSupport(
      SupportCatalog.VersionSupport support, java.time.LocalDate day) {
    return extendedSupportYears(support, day).map(years -> "rds.extended_support." + years);
  }

  /**
   * The ElastiCache Extended Support price key of a node type's version on a day, as {@link
   * #rdsExtendedSupport} (the catalog prices it per node-hour of each node type: a premium on the
   * node's own price).
   */
  public static java.util.Optional<String> elasticacheExtendedSupport(
      SupportCatalog.VersionSupport support, java.time.LocalDate day, String nodeType) {
    return extendedSupportYears(support, day)
        .map(
            years ->
                "elasticache.extended_support." + years + "." + nodeType.toLowerCase(Locale.ROOT));
  }

  /**
   * yr1_2 or yr3 of Extended Support on a day; none in standard support or past Extended Support.
   */
  private static java.util.Optional<String> extendedSupportYears(
      SupportCatalog.VersionSupport support, java.time.LocalDate day) {
    if (support.phaseOn(day) != SupportCatalog.Phase.EXTENDED) {
      return java.util.Optional.empty();
    }
    // Extended Support starts the day after standard support ends; its third year two years on.
    java.time.LocalDate yearThree = support.standardSupportEnd().plusDays(1).plusYears(2);
    return java.util.Optional.of(day.isBefore(yearThree) ? "yr1_2" : "yr3");
  }

  /**
   * An RDS instance class's vCPUs, from its size as AWS names them (db.r6g.large: 2, db.m5.4xlarge:
   * 16; a t2 micro or small: 1); null for a size this does not know.
   */
  public static Integer rdsVcpus(String instanceClass) {
    String[] parts = instanceClass.toLowerCase(Locale.ROOT).split("\\.");
    if (parts.length != 3 || !parts[0].equals("db")) {
      return null;
    }
    String size = parts[2];
    if (size.equals("micro") || size.equals("small")) {
      return parts[1].startsWith("t2") ? 1 : 2;
    }
    if (size.equals("medium") || size.equals("large")) {
      return 2;
    }
    if (size.equals("xlarge")) {
      return 4;
    }
    if (size.endsWith("xlarge")) {
      try {
        int times = Integer.parseInt(size.substring(0, size.length() - "xlarge".length()));
        return times > 0 && times <= 64 ? 4 * times : null;
      } catch (NumberFormatException e) {
        return null;
      }
    }
    return null;
  }

  public static String ec2(String instanceType, CapacityType capacity) {
    String kind = capacity == CapacityType.SPOT ? "spot" : "on_demand";
    return "ec2." + kind + "." + instanceType.toLowerCase(Locale.ROOT);
  }

  /** Single-AZ hourly price; a multi-AZ deployment runs (and bills) a standby of the same class. */
  public static String rds(String engine, String instanceClass) {
    return "rds." + normalizeEngine(engine) + "." + instanceClass.toLowerCase(Locale.ROOT);
  }

  /**
   * An Aurora instance: priced apart from RDS's (the same class costs more), so never looked up
   * under an RDS key; the bundled catalog has none, and such an instance is listed unpriced.
   */
  public static String aurora(String engine, String instanceClass) {
    return "aurora." + normalizeEngine(engine) + "." + instanceClass.toLowerCase(Locale.ROOT);
  }

  /** A Multi-AZ DB cluster's three instances, priced apart from an instance's (none bundled). */
  public static String rdsCluster(String engine, String instanceClass) {
    return "rds-cluster." + normalizeEngine(engine) + "." + instanceClass.toLowerCase(Locale.ROOT);
  }

  public static String elasticache(String nodeType) {
    return "elasticache." + nodeType.toLowerCase(Locale.ROOT);
  }

  private static String normalizeEngine(String engine) {
    String e = engine.toLowerCase(Locale.ROOT);
    if (e.startsWith("aurora-postgres") || e.startsWith("postgres")) {
      return "postgres";
    }
    if (e.startsWith("mysql") || e.startsWith("aurora-mysql") || e.startsWith("mariadb")) {
      return "mysql";
    }
    return e;
  }
}
