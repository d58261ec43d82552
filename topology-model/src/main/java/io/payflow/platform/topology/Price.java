package io.payflow.platform.topology;

/** One catalog entry: what a unit of a resource costs and where that figure comes from. */
public record Price(String key, Money usd, PriceUnit unit, String source) {
  public Price {
    InvalidValueException.requiredText(key, "key");
    InvalidValueException.required(usd, "usd");
    InvalidValueException.required(unit, "unit");
    InvalidValueException.requiredText(source, "source");
  }

  /**
   * What {@code quantity} units cost in a month: hourly prices times the hours the resource runs,
   * monthly and per-GB prices as they are (storage and keys exist all month).
   */
  public Money monthly(java.math.BigDecimal quantity, int hoursPerMonth) {
    Money perMonth = usd.times(quantity);
    return unit == PriceUnit.HOUR ? perMonth.times(hoursPerMonth) : perMonth;
  }
}
