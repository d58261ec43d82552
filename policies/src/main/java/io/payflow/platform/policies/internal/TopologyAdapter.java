package io.payflow.platform.policies.internal;

import io.payflow.platform.policies.FactsDocument;
import io.payflow.platform.policies.Input;
import io.payflow.platform.policies.InputException;
import io.payflow.platform.policies.InputKind;
import io.payflow.platform.policies.SourceLocation;
import io.payflow.platform.topology.PricingCatalog;
import io.payflow.platform.topology.Topology;
import io.payflow.platform.topology.TopologyLoadException;
import io.payflow.platform.topology.TopologyLoader;

/** A PayFlow topology (YAML, or JSON with environments), read by the model's strict loader. */
final class TopologyAdapter implements InputAdapter {
  @Override
  public InputKind kind() {
    return InputKind.TOPOLOGY;
  }

  @Override
  public boolean accepts(InputFile file) {
    if (file.isDirectory()) {
      return false;
    }
    return !file.isJson()
        || (file.json() != null
            && file.json().isObject()
            && (file.json().has("environments")
                || file.json().has("state_backend")
                || file.json().has("organisation")));
  }

  @Override
  public Input read(InputFile file) throws InputException {
    try {
      Topology topology = TopologyLoader.parse(file.text(), file.name());
      String text = file.text();
      String name = file.name();
      return new Input(
          name,
          InputKind.TOPOLOGY,
          FactsDocument.of(TopologyFacts.of(topology, PricingCatalog.bundled())),
          path ->
              TopologyLoader.position(text, path)
                  .map(at -> new SourceLocation(name, at.line(), at.column())));
    } catch (TopologyLoadException e) {
      throw new InputException(e.getMessage(), e);
    }
  }
}
