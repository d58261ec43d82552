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
 * minor version, when its standard and extended support end, with the page they were read from. The
 * rules read it to refuse versions AWS will not create, the estimator to price extended support; it
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
  private final Map<String, VersionSupport> rdsPostgres;

  /** One minor version's support window. */
  public record VersionSupport(
      String version,
      LocalDate released,
      LocalDate standardSupportEnd,
      LocalDate extendedSupportEnd) {
    /** Where the version stands on a day. */
    public Phase phaseOn(LocalDate day) {
      if (day.isAfter(extendedSupportEnd)) {
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
      Map<String, VersionSupport> rdsPostgres) {
    this.version = InvalidValueException.requiredText(version, "catalog_version");
    this.effectiveDate = InvalidValueException.required(effectiveDate, "effective_date");
    this.eks = Collections.unmodifiableMap(new TreeMap<>(eks));
    this.rdsPostgres = Collections.unmodifiableMap(new TreeMap<>(rdsPostgres));
    if (!this.eks.containsKey(eksDefault)) {
      throw new InvalidValueException("eks_default", "'" + eksDefault + "' is not in the catalog");
    }
    this.eksDefault = eksDefault;
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
            versions(root.path("rds_postgres")));
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
                        LocalDate.parse(e.getValue().path("released").asText()),
                        LocalDate.parse(e.getValue().path("standard_support_end").asText()),
                        LocalDate.parse(e.getValue().path("extended_support_end").asText()))));
    return versions;
  }

  /**
   * An RDS for PostgreSQL engine version's support, by its major version ({@code 16.4} and {@code
   * 16} are 16; {@code 9.6.22} is 9.6).
   */
  public Optional<VersionSupport> rdsPostgres(String engineVersion) {
    return Optional.ofNullable(rdsPostgres.get(postgresMajor(engineVersion)));
  }

  static String postgresMajor(String engineVersion) {
    String[] parts = engineVersion.strip().split("\\.");
    return parts.length > 1 && parts[0].equals("9") ? parts[0] + "." + parts[1] : parts[0];
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
