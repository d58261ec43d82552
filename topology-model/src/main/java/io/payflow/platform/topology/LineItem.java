package io.payflow.platform.topology;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * One priced (or unpriceable) part of an environment's bill: what it is, the catalog key, how many
 * units for how many hours, and the monthly cost. {@code monthly} is empty when the catalog has no
 * price for {@code priceKey}, so a budget check can say it is partial.
 */
public record LineItem(
    String address,
    String description,
    String priceKey,
    BigDecimal quantity,
    int hours,
    Optional<Money> monthly) {
  public LineItem {
    InvalidValueException.requiredText(address, "address");
    InvalidValueException.requiredText(priceKey, "price_key");
    monthly = monthly == null ? Optional.empty() : monthly;
  }

  public boolean priced() {
    return monthly.isPresent();
  }
}
