package io.payflow.platform.policies;

import io.payflow.platform.policies.internal.FactsMerger;
import java.util.List;
import java.util.Map;

/**
 * Several inputs of one estate (one plan per environment, or a cdktf.out/ beside a plan) as one
 * facts document, so that rules across environments (overlapping VPCs, shared state keys) see them
 * all. Each fact keeps its address; {@link #inputOf} says which input an address came from.
 */
public final class FactsMerge {
  private final FactsDocument merged;
  private final Map<String, Integer> inputByAddress;

  private FactsMerge(FactsDocument merged, Map<String, Integer> inputByAddress) {
    this.merged = merged;
    this.inputByAddress = inputByAddress;
  }

  /**
   * Merges the inputs' facts. Environments met in several inputs become one; a budget or hours
   * value that two inputs give differently for one environment is an input error naming both.
   */
  public static FactsMerge of(List<Input> inputs) throws InputException {
    FactsMerger.Result result = FactsMerger.merge(inputs);
    return new FactsMerge(FactsDocument.of(result.facts()), result.inputByAddress());
  }

  public FactsDocument facts() {
    return merged;
  }

  /** The index of the input a fact's address came from; the first input when unknown. */
  public int inputOf(String address) {
    return inputByAddress.getOrDefault(address, 0);
  }
}
