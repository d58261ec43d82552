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

  private PriceKeys() {}

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
