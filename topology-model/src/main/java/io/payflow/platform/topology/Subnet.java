package io.payflow.platform.topology;

/** One subnet of a VPC, in one availability zone. */
public record Subnet(String name, Cidr cidr, AvailabilityZone az, SubnetTier tier) {
  public Subnet {
    InvalidValueException.requiredText(name, "name");
    InvalidValueException.required(cidr, "cidr");
    InvalidValueException.required(az, "az");
    InvalidValueException.required(tier, "tier");
  }
}
