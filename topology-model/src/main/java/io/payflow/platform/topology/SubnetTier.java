package io.payflow.platform.topology;

/** Public subnets route to the internet gateway, private ones through NAT, data ones nowhere. */
public enum SubnetTier {
  PUBLIC,
  PRIVATE,
  DATA
}
