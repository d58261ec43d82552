package io.payflow.platform.topology;

import java.util.List;

/**
 * What the hub saves: each hub service a spoke would otherwise run itself, costed once per spoke.
 * NAT is not in it: VPC peering does not carry a spoke's internet traffic through the hub's NAT
 * gateway (no edge-to-edge routing), so every spoke with private subnets pays for its own NAT.
 */
public record HubSharing(List<LineItem> sharedServices, int spokes) {
  public HubSharing {
    sharedServices = List.copyOf(sharedServices);
  }

  /** The monthly cost of one copy of the shared services. */
  public Money perCopy() {
    return sharedServices.stream()
        .map(item -> item.monthly().orElse(Money.ZERO))
        .reduce(Money.ZERO, Money::plus);
  }

  /** The monthly saving: one copy per spoke avoided. */
  public Money monthlySaving() {
    return perCopy().times(spokes);
  }
}
