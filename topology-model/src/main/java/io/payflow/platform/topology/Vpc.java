package io.payflow.platform.topology;

import java.util.List;

/** An environment's VPC: its CIDR, subnets, NAT strategy and endpoints. */
public record Vpc(Cidr cidr, NatStrategy nat, List<Subnet> subnets, VpcEndpoints endpoints) {
  public Vpc {
    InvalidValueException.required(cidr, "cidr");
    InvalidValueException.required(nat, "nat");
    subnets = Lists.copy(subnets);
    endpoints = endpoints == null ? VpcEndpoints.none() : endpoints;
  }

  public List<Subnet> subnets(SubnetTier tier) {
    return subnets.stream().filter(s -> s.tier() == tier).toList();
  }

  /**
   * Where the environment's databases and caches live: its data subnets, or its private ones when
   * it has none (the synthesizer's subnet groups, and the facts the rules check them by).
   */
  public List<Subnet> dataSubnets() {
    List<Subnet> data = subnets(SubnetTier.DATA);
    return data.isEmpty() ? subnets(SubnetTier.PRIVATE) : data;
  }
}
