package io.payflow.platform.policies.internal;

import com.fasterxml.jackson.databind.JsonNode;
import io.payflow.platform.policies.PolicyEvaluationException;
import io.payflow.platform.policies.Rule;
import io.payflow.platform.policies.Severity;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The built-in rules' METADATA, as extracted into rules.json by the policy build, and the parts the
 * rules may be evaluated in.
 */
public final class RuleCatalog {
  private final Map<String, Rule> byPackage;
  private final List<Rule> rules;
  private final List<Part> parts;

  /**
   * A part of the rules with its own entrypoint, and the facts sections its rules read, derived
   * from the Rego by the policy build ({@code tools/policy_reads.py}; {@link FactsSections#ALL}
   * when it cannot tell).
   */
  public record Part(String entrypoint, Set<String> sections) {}

  private RuleCatalog(Map<String, Rule> byPackage, List<Part> parts) {
    this.byPackage = byPackage;
    this.rules = byPackage.values().stream().sorted(Comparator.comparing(Rule::id)).toList();
    this.parts = List.copyOf(parts);
  }

  public static RuleCatalog builtIn() throws PolicyEvaluationException {
    return Holder.get();
  }

  private static final class Holder {
    private static RuleCatalog catalog;

    static synchronized RuleCatalog get() throws PolicyEvaluationException {
      if (catalog == null) {
        catalog = parse(BundleFiles.resource("rules.json"));
      }
      return catalog;
    }
  }

  static RuleCatalog parse(byte[] json) {
    try {
      Map<String, Rule> byPackage = new TreeMap<>();
      JsonNode root = FactsJson.JSON.readTree(json);
      for (JsonNode r : root.path("rules")) {
        List<String> references = new ArrayList<>();
        r.path("references").forEach(ref -> references.add(ref.asText()));
        byPackage.put(
            r.path("package").asText(),
            new Rule(
                r.path("id").asText(),
                r.path("title").asText(),
                r.path("description").asText(),
                Severity.parse(r.path("severity").asText()),
                r.path("remediation").asText(),
                references,
                r.path("source").asText()));
      }
      List<Part> parts = new ArrayList<>();
      for (JsonNode p : root.path("parts")) {
        Set<String> sections = new TreeSet<>();
        p.path("sections").forEach(section -> sections.add(section.asText()));
        parts.add(new Part(p.path("entrypoint").asText(), Set.copyOf(sections)));
      }
      return new RuleCatalog(byPackage, parts);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public List<Rule> rules() {
    return rules;
  }

  /** The parts that together evaluate every rule once; empty if the bundle has none. */
  public List<Part> parts() {
    return parts;
  }

  public Optional<Rule> byPackage(String pkg) {
    return Optional.ofNullable(byPackage.get(pkg));
  }

  public Optional<Rule> byId(String id) {
    return rules.stream().filter(r -> r.id().equalsIgnoreCase(id)).findFirst();
  }
}
