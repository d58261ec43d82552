package io.payflow.platform.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.payflow.platform.policies.PolicyEngine;
import io.payflow.platform.policies.Rule;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * docs/rules.md is generated from the rules' METADATA; this test fails when it is stale. Regenerate
 * with {@code ./mvnw -pl validator-cli test -Dtest=RuleDocsTest -Dpayflow.updateGolden=true}.
 */
class RuleDocsTest {
  @Test
  void ruleDocumentationMatchesTheMetadata() throws Exception {
    StringBuilder doc =
        new StringBuilder(
            """
        # Rules

        Generated from each rule's `# METADATA` block (policies/src/main/rego/payflow/rules) by
        `RuleDocsTest`; do not edit by hand. `payflow explain RULE-ID` prints the same text.

        | id | severity | title |
        |---|---|---|
        """);
    var rules = PolicyEngine.builder().build().rules();
    for (Rule rule : rules) {
      doc.append("| [")
          .append(rule.id())
          .append("](#")
          .append(rule.id().toLowerCase())
          .append(") | ")
          .append(rule.severity().label())
          .append(" | ")
          .append(rule.title())
          .append(" |\n");
    }
    for (Rule rule : rules) {
      doc.append("\n## ")
          .append(rule.id())
          .append("\n\n**")
          .append(rule.title())
          .append("** (")
          .append(rule.severity().label())
          .append(")\n\n")
          .append(rule.description())
          .append("\n\n")
          .append("Remediation: ")
          .append(rule.remediation())
          .append("\n\n");
      rule.references().forEach(ref -> doc.append("- ").append(ref).append('\n'));
      doc.append("\nSource: `policies/src/main/rego/").append(rule.source()).append("`\n");
    }
    Path file = Cli.ROOT.resolve("docs/rules.md");
    if (Boolean.getBoolean("payflow.updateGolden")) {
      Files.writeString(file, doc.toString());
    }
    assertThat(Files.exists(file)).as("docs/rules.md exists").isTrue();
    assertThat(Files.readString(file)).isEqualTo(doc.toString());
  }
}
