package io.payflow.platform.cli.internal;

import io.payflow.platform.policies.Facts;
import java.util.Objects;

/** Which side of a peering routes traffic into it, as the drawings say (PF-NET-010 judges it). */
final class PeeringRoutes {
  private PeeringRoutes() {}

  /** True when some route table of {@code network} sends traffic into the peering. */
  static boolean routed(Facts facts, Facts.Peering p, String network) {
    return facts.routes().stream()
        .filter(r -> "peering".equals(r.targetKind()) && p.address().equals(r.target()))
        .anyMatch(
            r ->
                facts.routeTables().stream()
                    .anyMatch(
                        t ->
                            t.address().equals(r.table()) && Objects.equals(t.network(), network)));
  }
}
