package io.payflow.platform.policies;

import io.payflow.platform.policies.internal.FactsMerger;
import java.util.List;

/**
 * Several inputs of one estate (one plan per environment, or a cdktf.out/ beside a plan) as one
 * facts document, so that rules across environments (overlapping VPCs, shared state keys) see them
 * all. Each fact keeps its address; {@link #inputOf} says which input an address came from.
 */
public final class FactsMerge {
  private final FactsDocument merged;
  private final java.util.Map<String, Integer> inputByAddress;

  private FactsMerge(FactsDocument merged, java.util.Map<String, Integer> inputByAddress) {
    this.merged = merged;
    this.inputByAddress = inputByAddress;
  }

  public static FactsMerge of(List<FactsDocument> documents) throws InputException {
    FactsMerger.Result result =
        FactsMerger.merge(documents.stream().map(FactsDocument::json).toList());
    return new FactsMerge(FactsDocument.ofJson(result.json()), result.inputByAddress());
  }

  public FactsDocument facts() {
    return merged;
  }

  /** The index of the input a fact's address came from; the first input when unknown. */
  public int inputOf(String address) {
    return inputByAddress.getOrDefault(address, 0);
  }
}
