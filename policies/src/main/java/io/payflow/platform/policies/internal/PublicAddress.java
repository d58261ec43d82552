package io.payflow.platform.policies.internal;

/**
 * Whether an EC2 instance gets a public IPv4 address: its own {@code associate_public_ip_address}
 * when known, else its subnet's {@code map_public_ip_on_launch} (the provider computes the first
 * from the second when the configuration leaves it out, and a plan shows it unknown).
 */
final class PublicAddress {
  private PublicAddress() {}

  /** True or false when the input says; null when neither the instance nor its subnet does. */
  static Boolean of(TfResource instance, Linker linker) {
    Boolean own = TfValues.bool(instance.attr("associate_public_ip_address"));
    if (own != null) {
      return own;
    }
    if (TfValues.isExpression(instance.values().path("associate_public_ip_address"))) {
      return null;
    }
    return linker
        .resolve(instance, "subnet_id", "aws_subnet", false)
        .single()
        .map(subnet -> TfValues.bool(subnet.attr("map_public_ip_on_launch")))
        .orElse(null);
  }
}
