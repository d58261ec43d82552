package io.payflow.platform.topology;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A dated catalog of the versions AWS supports, beside the pricing catalog: for each EKS Kubernetes
 * minor version, each RDS for PostgreSQL, MySQL and MariaDB, Aurora PostgreSQL and MySQL major
 * version and each ElastiCache for Redis OSS and Valkey major version, when its standard and
 * extended support end, with the pages they were read from. The rules read it to refuse versions
 * AWS will not create or will upgrade by itself, the estimator to price extended support; it
 * carries its own date so a stale catalog is reported too.
 */
public final class SupportCatalog {
  private static final String BUNDLED = "/io/payflow/platform/topology/support-catalog.json";

  /** A catalog older than this (at evaluation time) is reported as stale. */
  public static final int STALE_AFTER_DAYS = 180;

  private final String version;
  private final LocalDate effectiveDate;
  private final String eksDefault;
  private final Map<String, VersionSupport> eks;
  private final Map<String, Map<String, VersionSupport>> rds;
  private final Map<String, Map<String, VersionSupport>> elasticache;

  /**
   * One version's support window; {@code extendedSupportEnd} null where AWS offers no extended
   * support (RDS for MariaDB: it upgrades the major version when standard support ends); {@code
   * standardSupportEnd} (and {@code released}) null where AWS has announced none (ElastiCache's
   * newer majors): in standard support on every day.
   */
  public record VersionSupport(
      String version,
      LocalDate released,
      LocalDate standardSupportEnd,
      LocalDate extendedSupportEnd) {
    /** Where the version stands on a day. */
    public Phase phaseOn(LocalDate day) {
      if (standardSupportEnd == null) {
        return Phase.STANDARD;
      }
      if (day.isAfter(extendedSupportEnd == null ? standardSupportEnd : extendedSupportEnd)) {
        return Phase.UNSUPPORTED;
      }
      return day.isAfter(standardSupportEnd) ? Phase.EXTENDED : Phase.STANDARD;
    }
  }

  /** Standard support, extended support (priced higher), or past both (refused by AWS). */
  public enum Phase {
    STANDARD,
    EXTENDED,
    UNSUPPORTED
  }

  public SupportCatalog(
      String version,
      LocalDate effectiveDate,
      String eksDefault,
      Map<String, VersionSupport> eks,
      Map<String, Map<String, VersionSupport>> rds,
      Map<String, Map<String, VersionSupport>> elasticache) {
    this.version = InvalidValueException.requiredText(version, "catalog_version");
    this.effectiveDate = InvalidValueException.required(effectiveDate, "effective_date");
    this.eks = Collections.unmodifiableMap(new TreeMap<>(eks));
    this.rds = byEngine(rds);
    this.elasticache = byEngine(elasticache);
    // Only ElastiCache and Aurora MySQL 8.0 have majors whose end the catalog does not record; an
    // EKS or RDS entry without one is a mistake in the catalog, never a version supported for ever.
    this.eks.values().forEach(SupportCatalog::requireEnd);
    this.rds.forEach(
        (engine, versions) -> {
          if (!engine.startsWith("aurora")) {
            versions.values().forEach(SupportCatalog::requireEnd);
          }
        });
    if (!this.eks.containsKey(eksDefault)) {
      throw new InvalidValueException("eks_default", "'" + eksDefault + "' is not in the catalog");
    }
    this.eksDefault = eksDefault;
  }

  private static void requireEnd(VersionSupport support) {
    if (support.standardSupportEnd() == null) {
      throw new InvalidValueException(
          "standard_support_end", "missing for version '" + support.version() + "'");
    }
  }

  private static Map<String, Map<String, VersionSupport>> byEngine(
      Map<String, Map<String, VersionSupport>> versionsByEngine) {
    Map<String, Map<String, VersionSupport>> byEngine = new TreeMap<>();
    versionsByEngine.forEach((engine, versions) -> byEngine.put(engine, Map.copyOf(versions)));
    return Collections.unmodifiableMap(byEngine);
  }

  public static SupportCatalog bundled() {
    return Bundled.CATALOG;
  }

  private static final class Bundled {
    static final SupportCatalog CATALOG = read();

    private static SupportCatalog read() {
      try (InputStream in = SupportCatalog.class.getResourceAsStream(BUNDLED)) {
        if (in == null) {
          throw new IllegalStateException("bundled support catalog missing: " + BUNDLED);
        }
        JsonNode root = new ObjectMapper().readTree(in);
        return new SupportCatalog(
            root.path("catalog_version").asText(),
            LocalDate.parse(root.path("effective_date").asText()),
            root.path("eks_default").asText(),
            versions(root.path("eks")),
            Map.of(
                "postgres", versions(root.path("rds_postgres")),
                "mysql", versions(root.path("rds_mysql")),
                "mariadb", versions(root.path("rds_mariadb")),
                "aurora-postgresql", versions(root.path("aurora_postgresql")),
                "aurora-mysql", versions(root.path("aurora_mysql")),
                // (Aurora MySQL version 1, MySQL 5.6-compatible, was the engine "aurora")
                "aurora", Map.of("5.6", versions(root.path("aurora_mysql")).get("5.6"))),
            Map.of(
                "redis", versions(root.path("elasticache_redis")),
                "valkey", versions(root.path("elasticache_valkey"))));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  private static Map<String, VersionSupport> versions(JsonNode node) {
    Map<String, VersionSupport> versions = new TreeMap<>();
    node.fields()
        .forEachRemaining(
            e ->
                versions.put(
                    e.getKey(),
                    new VersionSupport(
                        e.getKey(),
                        date(e.getValue(), "released"),
                        date(e.getValue(), "standard_support_end"),
                        date(e.getValue(), "extended_support_end"))));
    return versions;
  }

  private static LocalDate date(JsonNode version, String field) {
    return version.hasNonNull(field) ? LocalDate.parse(version.path(field).asText()) : null;
  }

  /**
   * An RDS or Aurora engine version's support, by its major version: PostgreSQL's first number
   * ({@code 16.4} and {@code 16} are 16; {@code 9.6.22} is 9.6), MySQL's and MariaDB's first two
   * ({@code 5.7.44} is 5.7, {@code 10.11.6} is 10.11, Aurora's {@code 8.0.mysql_aurora.3.05.2} is
   * 8.0). Empty for an engine or a version the catalog does not date.
   */
  public Optional<VersionSupport> rds(String engine, String engineVersion) {
    Map<String, VersionSupport> versions = rds.get(engine);
    if (versions == null) {
      return Optional.empty();
    }
    return Optional.ofNullable(versions.get(major(engine, engineVersion)));
  }

  static String major(String engine, String engineVersion) {
    String[] parts = engineVersion.strip().split("\\.");
    boolean postgres = engine.equals("postgres") || engine.equals("aurora-postgresql");
    boolean twoNumbers = !postgres || parts[0].equals("9");
    return twoNumbers && parts.length > 1 ? parts[0] + "." + parts[1] : parts[0];
  }

  /**
   * An ElastiCache engine version's support, by its major version, the first number ({@code 5.0.6}
   * and {@code 6.x} are 5 and 6). Empty for an engine or a version the catalog does not date
   * (Memcached, Redis OSS 3.2).
   */
  public Optional<VersionSupport> elasticache(String engine, String engineVersion) {
    Map<String, VersionSupport> versions = elasticache.get(engine);
    if (versions == null) {
      return Optional.empty();
    }
    return Optional.ofNullable(versions.get(engineVersion.strip().split("\\.")[0]));
  }

  public Optional<VersionSupport> eks(String kubernetesVersion) {
    return Optional.ofNullable(eks.get(kubernetesVersion));
  }

  /** The version a topology gets when it names none. */
  public String eksDefault() {
    return eksDefault;
  }

  public String version() {
    return version;
  }

  public LocalDate effectiveDate() {
    return effectiveDate;
  }

  /** The day from which this catalog is reported as stale. */
  public LocalDate staleAfter() {
    return effectiveDate.plusDays(STALE_AFTER_DAYS);
  }
}
