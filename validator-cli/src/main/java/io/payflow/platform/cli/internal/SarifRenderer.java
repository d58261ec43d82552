package io.payflow.platform.cli.internal;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.payflow.platform.cli.Outcome;
import io.payflow.platform.cli.Renderer;
import io.payflow.platform.policies.Rule;
import io.payflow.platform.policies.Severity;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/**
 * SARIF 2.1.0 for GitHub code scanning: ruleId is the rule id, rule help is the remediation, waived
 * findings are results with a suppression and its justification.
 */
public final class SarifRenderer implements Renderer {
  private final SourceRoot root;

  public SarifRenderer(SourceRoot root) {
    this.root = root;
  }

  private static final ObjectMapper JSON = ReportJson.mapper();

  @Override
  public void render(Outcome outcome, PrintWriter out) throws Exception {
    ObjectNode root = JSON.createObjectNode();
    root.put("$schema", "https://json.schemastore.org/sarif-2.1.0.json");
    root.put("version", "2.1.0");
    ObjectNode run = root.putArray("runs").addObject();
    ObjectNode driver = run.putObject("tool").putObject("driver");
    driver.put("name", "payflow");
    driver.put("informationUri", "https://github.com/payflow/platform-toolkit");
    driver.put("semanticVersion", VersionProvider.version());
    List<String> ruleIds = outcome.rules().stream().map(Rule::id).toList();
    ArrayNode rules = driver.putArray("rules");
    outcome.rules().forEach(rule -> describe(rules.addObject(), rule));
    List<String> extra =
        Stream.concat(outcome.findings().stream(), outcome.waived().stream())
            .map(l -> l.finding().ruleId())
            .filter(id -> !ruleIds.contains(id))
            .distinct()
            .sorted()
            .toList();
    extra.forEach(
        id -> rules.addObject().put("id", id).putObject("shortDescription").put("text", id));
    List<String> allIds = Stream.concat(ruleIds.stream(), extra.stream()).toList();
    ArrayNode results = run.putArray("results");
    for (Outcome.Located located :
        Stream.concat(outcome.findings().stream(), outcome.waived().stream()).toList()) {
      result(results.addObject(), located, allIds.indexOf(located.finding().ruleId()));
    }
    ArrayNode artifacts = run.putArray("artifacts");
    // Every input, and every file a finding stands in (stack files inside a cdktf.out/).
    Stream.concat(
            outcome.inputs().stream().map(Outcome.Source::name),
            Stream.concat(outcome.findings().stream(), outcome.waived().stream())
                .map(Outcome.Located::file))
        .distinct()
        .forEach(file -> artifacts.addObject().putObject("location").put("uri", uri(file)));
    out.println(JSON.writeValueAsString(root));
    out.flush();
  }

  private static void describe(ObjectNode node, Rule rule) {
    node.put("id", rule.id());
    node.put("name", rule.id().replace("-", ""));
    node.putObject("shortDescription").put("text", rule.title());
    node.putObject("fullDescription").put("text", rule.description());
    node.putObject("help")
        .put("text", rule.remediation())
        .put("markdown", "**Fix:** " + rule.remediation());
    if (!rule.references().isEmpty()) {
      node.put("helpUri", rule.references().get(0));
    }
    node.putObject("defaultConfiguration").put("level", level(rule.severity()));
    ObjectNode properties = node.putObject("properties");
    properties.put("security-severity", securitySeverity(rule.severity()));
    properties.putArray("tags").add("security").add("infrastructure").add("payflow");
  }

  private void result(ObjectNode node, Outcome.Located located, int ruleIndex) throws Exception {
    var f = located.finding();
    node.put("ruleId", f.ruleId());
    node.put("ruleIndex", ruleIndex);
    node.put("level", level(f.severity()));
    node.putObject("message").put("text", f.message());
    ObjectNode location = node.putArray("locations").addObject();
    ObjectNode physical = location.putObject("physicalLocation");
    var relative = physical(physical, located.file(), located.line(), located.column());
    if (located.foundIn() != null) {
      // The topology line is the location; where the finding was found is related to it.
      Outcome.Place found = located.foundIn();
      ObjectNode related = node.putArray("relatedLocations").addObject().put("id", 1);
      related.putObject("message").put("text", "found in " + found.file());
      physical(related.putObject("physicalLocation"), found.file(), found.line(), found.column());
    }
    location
        .putArray("logicalLocations")
        .addObject()
        .put("fullyQualifiedName", f.address())
        .put("kind", "resource");
    // Stable across message edits and line moves: rule, file and address identify a finding.
    node.putObject("partialFingerprints")
        .put(
            "payflowFinding/v1",
            fingerprint(
                f.ruleId() + "|" + relative.orElse(uri(located.file())) + "|" + f.address()));
    node.putObject("properties")
        .put("environment", f.environment())
        .put("severity", f.severity().label());
    if (located.waiverReason() != null) {
      node.putArray("suppressions")
          .addObject()
          .put("kind", "external")
          .put("status", "accepted")
          .put("justification", located.waiverReason());
    }
  }

  static String level(Severity severity) {
    return switch (severity) {
      case CRITICAL, HIGH -> "error";
      case MEDIUM -> "warning";
      case LOW, INFO -> "note";
    };
  }

  private static String securitySeverity(Severity severity) {
    return switch (severity) {
      case CRITICAL -> "9.5";
      case HIGH -> "8.0";
      case MEDIUM -> "5.5";
      case LOW -> "3.0";
      case INFO -> "0.0";
    };
  }

  private static String uri(String file) {
    return file.replace('\\', '/');
  }

  /** An artifact location (relative to the root when it lies under it) and a region. */
  private java.util.Optional<String> physical(
      ObjectNode physical, String file, int line, int column) {
    ObjectNode artifact = physical.putObject("artifactLocation");
    var relative = root.relative(file);
    if (relative.isPresent()) {
      artifact.put("uri", relative.get()).put("uriBaseId", "%SRCROOT%");
    } else {
      artifact.put("uri", Path.of(file).toAbsolutePath().normalize().toUri().toString());
    }
    physical
        .putObject("region")
        .put("startLine", Math.max(1, line))
        .put("startColumn", Math.max(1, column));
    return relative;
  }

  private static String fingerprint(String text) throws Exception {
    return HexFormat.of()
        .formatHex(
            MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)))
        .substring(0, 32);
  }
}
