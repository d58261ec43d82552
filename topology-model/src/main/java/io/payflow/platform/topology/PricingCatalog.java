package io.payflow.platform.topology;

import io.payflow.platform.topology.internal.CatalogReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A versioned price list for one region: every price with its unit and the page it was read from.
 * Keys are built by {@link PriceKeys}, so the model estimator and the plan adapters price the same
 * resource the same way.
 */
public final class PricingCatalog {
  private static final String BUNDLED = "/io/payflow/platform/topology/pricing-us-east-1.json";

  private final String version;
  private final String region;
  private final String currency;
  private final LocalDate effectiveDate;
  private final Map<String, Price> prices;

  public PricingCatalog(
      String version,
      String region,
      String currency,
      LocalDate effectiveDate,
      Map<String, Price> prices) {
    this.version = InvalidValueException.requiredText(version, "catalog_version");
    this.region = InvalidValueException.requiredText(region, "region");
    if (!"USD".equals(currency)) {
      throw new InvalidValueException(
          "currency", "'" + currency + "' is not supported (expected USD)");
    }
    this.currency = currency;
    this.effectiveDate = InvalidValueException.required(effectiveDate, "effective_date");
    this.prices = new TreeMap<>(prices);
  }

  /** The catalog that ships with the toolkit (AWS list prices, us-east-1). */
  public static PricingCatalog bundled() {
    return Bundled.CATALOG;
  }

  private static final class Bundled {
    static final PricingCatalog CATALOG = read();

    private static PricingCatalog read() {
      try (InputStream in = PricingCatalog.class.getResourceAsStream(BUNDLED)) {
        if (in == null) {
          throw new IllegalStateException("bundled pricing catalog missing: " + BUNDLED);
        }
        return CatalogReader.read(in);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  public Optional<Price> price(String key) {
    return Optional.ofNullable(prices.get(key));
  }

  public Map<String, Price> prices() {
    return java.util.Collections.unmodifiableMap(prices);
  }

  public String version() {
    return version;
  }

  public String region() {
    return region;
  }

  public String currency() {
    return currency;
  }

  public LocalDate effectiveDate() {
    return effectiveDate;
  }
}
