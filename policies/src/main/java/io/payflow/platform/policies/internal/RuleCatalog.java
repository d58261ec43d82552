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
import java.util.TreeMap;

/** The built-in rules' METADATA, as extracted into rules.json by the policy build. */
public final class RuleCatalog {
  private final Map<String, Rule> byPackage;
  private final List<Rule> rules;

  private RuleCatalog(Map<String, Rule> byPackage) {
    this.byPackage = byPackage;
    this.rules = byPackage.values().stream().sorted(Comparator.comparing(Rule::id)).toList();
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
      for (JsonNode r : FactsJson.JSON.readTree(json).path("rules")) {
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
      return new RuleCatalog(byPackage);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public List<Rule> rules() {
    return rules;
  }

  public Optional<Rule> byPackage(String pkg) {
    return Optional.ofNullable(byPackage.get(pkg));
  }

  public Optional<Rule> byId(String id) {
    return rules.stream().filter(r -> r.id().equalsIgnoreCase(id)).findFirst();
  }
}
