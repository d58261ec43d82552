package io.payflow.platform.policies.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Locale;

/**
 * A VPC endpoint's type as the provider reads {@code vpc_endpoint_type}, in lower case: {@code
 * gateway} when it is not set (the provider's default), null when only apply knows it or an
 * expression sets it (never taken for the default: an interface endpoint read as a gateway is
 * neither checked as one nor priced), and an input error when it is not text.
 */
final class EndpointType {
  private static final String ATTRIBUTE = "vpc_endpoint_type";

  private EndpointType() {}

  static String of(TfResource r) {
    JsonNode value = r.attr(ATTRIBUTE);
    if (r.onlyApplyKnows(ATTRIBUTE) || TfValues.isExpression(value)) {
      return null;
    }
    if (value.isMissingNode() || value.isNull()) {
      return "gateway";
    }
    if (!value.isTextual()) {
      throw new BadInput(r.pathOf(ATTRIBUTE), "expected a string (Gateway, Interface...)");
    }
    return value.asText().toLowerCase(Locale.ROOT);
  }
}
