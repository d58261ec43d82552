package io.payflow.platform.topology;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * An amount of US dollars. Arithmetic keeps full precision; {@link #rounded()} gives cents for
 * display, so totals are summed before they are rounded.
 */
public record Money(BigDecimal amount) implements Comparable<Money> {
  public static final Money ZERO = new Money(BigDecimal.ZERO);

  public Money {
    if (amount == null) {
      throw new InvalidValueException("amount", "is required (expected a USD amount)");
    }
    if (amount.signum() < 0) {
      throw new InvalidValueException(
          "amount", amount.toPlainString() + " is negative (expected 0 or more USD)");
    }
    amount = amount.stripTrailingZeros();
    if (amount.scale() < 0) {
      amount = amount.setScale(0);
    }
  }

  public static Money usd(String amount) {
    try {
      return new Money(new BigDecimal(amount));
    } catch (NumberFormatException e) {
      throw new InvalidValueException(
          "amount", "'" + amount + "' is not a number (expected USD, e.g. 175.50)");
    }
  }

  public static Money usd(BigDecimal amount) {
    return new Money(amount);
  }

  public Money plus(Money other) {
    return new Money(amount.add(other.amount));
  }

  public Money minus(Money other) {
    BigDecimal difference = amount.subtract(other.amount);
    return new Money(difference.signum() < 0 ? BigDecimal.ZERO : difference);
  }

  public Money times(BigDecimal factor) {
    return new Money(amount.multiply(factor));
  }

  public Money times(long factor) {
    return times(BigDecimal.valueOf(factor));
  }

  public boolean exceeds(Money other) {
    return amount.compareTo(other.amount) > 0;
  }

  /** The amount in cents, half-up. */
  public BigDecimal rounded() {
    return amount.setScale(2, RoundingMode.HALF_UP);
  }

  @Override
  public int compareTo(Money other) {
    return amount.compareTo(other.amount);
  }

  @Override
  public String toString() {
    return "$" + rounded().toPlainString();
  }
}
