package io.payflow.platform.topology;

/** How many NAT gateways a VPC runs: one per availability zone (HA), one in all, or none. */
public enum NatStrategy {
  PER_AZ,
  SINGLE,
  NONE
}
