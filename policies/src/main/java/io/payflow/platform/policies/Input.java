package io.payflow.platform.policies;

import java.util.Optional;
import java.util.function.Function;

/**
 * One input read into facts: its name as the user gave it, its kind, the facts, and a way to find a
 * finding's {@code path} in the input's files (for SARIF regions and editor links).
 */
public final class Input {
  private final String name;
  private final InputKind kind;
  private final FactsDocument facts;
  private final Function<String, Optional<SourceLocation>> locator;
  private final Function<String, Optional<TopologyOrigin>> origins;

  public Input(
      String name,
      InputKind kind,
      FactsDocument facts,
      Function<String, Optional<SourceLocation>> locator) {
    this(name, kind, facts, locator, address -> Optional.empty());
  }

  /**
   * An input whose facts may come from a topology: {@code origins} gives, for a fact's address, the
   * topology element its resource was synthesized from.
   */
  public Input(
      String name,
      InputKind kind,
      FactsDocument facts,
      Function<String, Optional<SourceLocation>> locator,
      Function<String, Optional<TopologyOrigin>> origins) {
    this.name = name;
    this.kind = kind;
    this.facts = facts;
    this.locator = locator;
    this.origins = origins;
  }

  public String name() {
    return name;
  }

  public InputKind kind() {
    return kind;
  }

  public FactsDocument facts() {
    return facts;
  }

  /** Where a fact path stands, when it can be found. */
  public Optional<SourceLocation> locate(String path) {
    if (path == null || path.isEmpty()) {
      return Optional.empty();
    }
    return locator.apply(path);
  }

  /**
   * The topology element the resource at {@code address} was synthesized from, when its tags say so
   * (a plan or stack made by {@code payflow synth}).
   */
  public Optional<TopologyOrigin> origin(String address) {
    return address == null ? Optional.empty() : origins.apply(address);
  }
}
