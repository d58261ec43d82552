package io.payflow.platform.topology;

/** One catalog entry: what a unit of a resource costs and where that figure comes from. */
public record Price(String key, Money usd, PriceUnit unit, String source) {
  public Price {
    InvalidValueException.requiredText(key, "key");
    InvalidValueException.required(usd, "usd");
    InvalidValueException.required(unit, "unit");
    InvalidValueException.requiredText(source, "source");
  }
}
