package io.payflow.platform.policies.internal;

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
    String type = r.text(ATTRIBUTE, "Gateway", "expected a string (Gateway, Interface...)");
    return type == null ? null : type.toLowerCase(Locale.ROOT);
  }
}
