package io.payflow.platform.policies.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.regex.Pattern;

/**
 * The whole numbers rules and prices read from a resource (ports, counts of nodes and gigabytes),
 * read strictly: a value only apply knows, an expression or an unset one is null (the caller judges
 * the worst case or leaves the line unpriced); one the provider would refuse (negative count, a
 * port past 65535, a fraction, a number past an int, text, a boolean) is an input error at its
 * path, never wrapped, truncated or read as a default.
 */
final class TfNumbers {
  /** Digits as CDKTF may write a number (a sign for a port's -1). */
  private static final Pattern WHOLE = Pattern.compile("-?\\d{1,9}");

  static final int MIN_PORT = -1;
  static final int MAX_PORT = 65535;

  private TfNumbers() {}

  /** A count of things (nodes, shards, gigabytes) at {@code attribute} of {@code r}. */
  static Integer count(TfResource r, JsonNode value, String attribute) {
    if (absent(value)) {
      return null;
    }
    Integer n = whole(value);
    if (n == null || n < 0) {
      throw new BadInput(r.pathOf(attribute), "expected a whole number, 0 or more");
    }
    return n;
  }

  /** A port (or ICMP type or code; -1 for all) at {@code attribute} of {@code r}. */
  static Integer port(TfResource r, JsonNode value, String attribute) {
    if (absent(value)) {
      return null;
    }
    Integer n = whole(value);
    if (n == null || n < MIN_PORT || n > MAX_PORT) {
      throw new BadInput(r.pathOf(attribute), "expected a port number, -1 to 65535");
    }
    return n;
  }

  /** Known only after apply (so not in the values), an expression, or not set. */
  private static boolean absent(JsonNode value) {
    return value.isMissingNode() || value.isNull() || TfValues.isExpression(value);
  }

  /** The whole number an int holds, or null for anything else. */
  static Integer whole(JsonNode value) {
    if (value.isIntegralNumber() && value.canConvertToInt()) {
      return value.intValue();
    }
    if (value.isTextual() && WHOLE.matcher(value.asText()).matches()) {
      return Integer.parseInt(value.asText());
    }
    return null;
  }
}
