package io.payflow.platform.policies;

import io.payflow.platform.policies.internal.TopologyFacts;
import io.payflow.platform.topology.PricingCatalog;
import io.payflow.platform.topology.Topology;

/** The adapter from a topology model to the facts document. */
public final class ModelFacts {
  private ModelFacts() {}

  public static FactsDocument of(Topology topology) {
    return of(topology, PricingCatalog.bundled());
  }

  public static FactsDocument of(Topology topology, PricingCatalog catalog) {
    return FactsDocument.of(TopologyFacts.of(topology, catalog));
  }
}
