package io.payflow.platform.policies.internal;

import io.payflow.platform.policies.TopologyOrigin;
import io.payflow.platform.topology.SourceTags;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Which resources were synthesized from a topology, read from their source tags: the element on the
 * resource ({@code tags}), the topology file on the stack's provider default tags (or, in a plan,
 * the resource's {@code tags_all}). A tag that is not one the synthesizer writes is ignored: it
 * only moves where a finding is shown, never what is judged.
 */
final class SourceOrigins {
  private SourceOrigins() {}

  static Map<String, TopologyOrigin> of(List<TfStack> stacks, List<TfResource> resources) {
    Map<String, TopologyOrigin> origins = new HashMap<>();
    for (TfResource r : resources) {
      if (r.data()) {
        continue;
      }
      Optional<String> element =
          SourceTags.decode(TfValues.literal(r.attr("tags").path(SourceTags.ELEMENT)));
      Optional<String> file = topologyFile(r, stacks);
      if (element.isPresent() && file.isPresent()) {
        origins.put(r.address(), new TopologyOrigin(file.get(), element.get()));
      }
    }
    return origins;
  }

  private static Optional<String> topologyFile(TfResource r, List<TfStack> stacks) {
    String planned = TfValues.literal(r.attr("tags_all").path(SourceTags.TOPOLOGY));
    if (planned != null) {
      return SourceTags.file(planned);
    }
    for (TfStack stack : stacks) {
      boolean own = r.stack() == null ? stacks.size() == 1 : r.stack().equals(stack.name());
      if (own) {
        return SourceTags.file(stack.tags().get(SourceTags.TOPOLOGY));
      }
    }
    return Optional.empty();
  }
}
