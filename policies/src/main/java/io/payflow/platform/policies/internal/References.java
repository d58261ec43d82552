package io.payflow.platform.policies.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Follows an attribute to the resource it points at: a CDKTF {@code ${aws_vpc.vpc.id}}, a CDKTF
 * cross-stack reference through {@code terraform_remote_state} outputs, a plan configuration's
 * {@code references}, or a known ID matching another resource's {@code id}.
 */
final class References {
  private final Map<String, List<TfResource>> byLocal = new HashMap<>();
  private final Map<String, TfResource> byId = new HashMap<>();
  private final Map<String, TfStack> stacksByName = new HashMap<>();
  private final Map<String, TfStack> stacksByKey = new HashMap<>();

  References(List<TfStack> stacks, List<TfResource> resources) {
    for (TfResource r : resources) {
      byLocal
          .computeIfAbsent(
              key(r.stack(), PlanReader.withoutInstanceKeys(r.localAddress())),
              k -> new ArrayList<>())
          .add(r);
      String id = TfValues.literal(r.values().path("id"));
      if (id != null && !r.data()) {
        byId.putIfAbsent(id, r);
      }
    }
    for (TfStack stack : stacks) {
      if (stack.name() != null) {
        stacksByName.put(stack.name(), stack);
        String key =
            stack.backend() == null
                ? null
                : TfValues.literal(stack.backend().path("s3").path("key"));
        if (key != null) {
          stacksByKey.put(key, stack);
        }
      }
    }
  }

  private static String key(String stack, String local) {
    return (stack == null ? "" : stack + ":") + local;
  }

  Optional<TfResource> resolve(TfResource from, String attribute) {
    List<TfResource> all = resolveAll(from, attribute);
    return all.isEmpty() ? Optional.empty() : Optional.of(all.get(0));
  }

  /** Every resource an attribute (a dotted path through nested blocks) points at, in order. */
  List<TfResource> resolveAll(TfResource from, String attribute) {
    Set<TfResource> found = new LinkedHashSet<>();
    JsonNode value = at(from.values(), attribute);
    for (JsonNode element : value.isArray() ? value : List.of(value)) {
      for (String expression : TfValues.interpolations(element)) {
        interpolated(from.stack(), expression).ifPresent(found::add);
      }
      String literal = TfValues.literal(element);
      if (literal != null && byId.containsKey(literal)) {
        found.add(byId.get(literal));
      }
    }
    if (from.expressions() != null) {
      JsonNode refs = at(from.expressions(), attribute).path("references");
      String module = CredentialSources.modulePrefix(from.localAddress());
      for (JsonNode ref : refs) {
        for (String candidate : TfValues.references(ref.asText())) {
          List<TfResource> matches =
              byLocal.get(key(null, PlanReader.withoutInstanceKeys(module + candidate)));
          if (matches != null) {
            found.addAll(matches);
            break;
          }
        }
      }
    }
    return new ArrayList<>(found);
  }

  private Optional<TfResource> interpolated(String stack, String expression) {
    if (expression.startsWith("data.terraform_remote_state.")) {
      return crossStack(stack, expression);
    }
    for (String reference : TfValues.references(expression)) {
      List<TfResource> matches = byLocal.get(key(stack, reference));
      if (matches != null) {
        return Optional.of(matches.get(0));
      }
    }
    return Optional.empty();
  }

  /**
   * {@code data.terraform_remote_state.<name>.outputs.<output>} read back in the stack that wrote
   * it.
   */
  private Optional<TfResource> crossStack(String stack, String expression) {
    String[] parts = expression.split("\\.");
    if (parts.length < 5 || !parts[3].equals("outputs")) {
      return Optional.empty();
    }
    List<TfResource> remote = byLocal.get(key(stack, "data.terraform_remote_state." + parts[2]));
    TfStack source = null;
    if (remote != null) {
      String remoteKey = TfValues.literal(remote.get(0).values().path("config").path("key"));
      source = remoteKey == null ? null : stacksByKey.get(remoteKey);
    }
    if (source == null && parts[2].startsWith("cross-stack-reference-input-")) {
      source = stacksByName.get(parts[2].substring("cross-stack-reference-input-".length()));
    }
    if (source == null || !source.outputs().containsKey(parts[4])) {
      return Optional.empty();
    }
    String output = source.outputs().get(parts[4]);
    for (String inner :
        TfValues.interpolations(FactsBuilder.JSON.getNodeFactory().textNode(output))) {
      Optional<TfResource> target = interpolated(source.name(), inner);
      if (target.isPresent()) {
        return target;
      }
    }
    return Optional.empty();
  }

  /** A dotted path through objects, unwrapping one-element block lists on the way. */
  private static JsonNode at(JsonNode node, String path) {
    JsonNode current = node;
    for (String part : path.split("\\.")) {
      current = TfValues.unwrap(current).path(part);
    }
    return current;
  }
}
