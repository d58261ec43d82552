package io.payflow.platform.policies.internal;

import java.math.BigDecimal;
import java.util.regex.Pattern;

/**
 * The cost intent synthesized stacks carry as default tags, validated: hours a month the
 * environment runs (1 to 744) and its budget (a finite, non-negative amount). A value that does not
 * parse is an input error, never a silent default that would switch the budget check off.
 */
final class CostIntent {
  static final String HOURS_TAG = "payflow:hours-per-month";
  static final String BUDGET_TAG = "payflow:budget-usd";
  static final int MAX_HOURS = 744;
  static final BigDecimal MAX_BUDGET = new BigDecimal("1000000000");

  private static final Pattern HOURS = Pattern.compile("[0-9]{1,4}");
  private static final Pattern AMOUNT = Pattern.compile("[0-9]{1,10}(\\.[0-9]{1,6})?");

  private CostIntent() {}

  static int hours(String text, String path) {
    String value = text.strip();
    if (!HOURS.matcher(value).matches()
        || Integer.parseInt(value) < 1
        || Integer.parseInt(value) > MAX_HOURS) {
      throw new BadInput(
          path,
          "'"
              + Text.safe(text)
              + "' is not a number of hours a month (expected 1 to "
              + MAX_HOURS
              + ")");
    }
    return Integer.parseInt(value);
  }

  static BigDecimal budget(String text, String path) {
    String value = text.strip();
    if (!AMOUNT.matcher(value).matches()) {
      throw new BadInput(
          path,
          "'"
              + Text.safe(text)
              + "' is not a budget in USD (expected a plain amount such as 300 or 49.50)");
    }
    BigDecimal amount = new BigDecimal(value);
    if (amount.compareTo(MAX_BUDGET) > 0) {
      throw new BadInput(path, "budget " + value + " USD is over " + MAX_BUDGET + " (a typo?)");
    }
    return amount;
  }
}
