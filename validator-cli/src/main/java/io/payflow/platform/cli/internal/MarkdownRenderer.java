package io.payflow.platform.cli.internal;

import io.payflow.platform.cli.Outcome;
import io.payflow.platform.cli.ProjectConfig;
import io.payflow.platform.cli.Renderer;
import io.payflow.platform.policies.Severity;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Markdown for people: a pull-request comment or {@code $GITHUB_STEP_SUMMARY}. Findings grouped by
 * severity, then environment, each with its fix and place; waived and expired waivers; the monthly
 * cost per environment against its budget. Every input string is escaped for Markdown and HTML.
 */
public final class MarkdownRenderer implements Renderer {
  @Override
  public void render(Outcome outcome, PrintWriter out) {
    out.println("## payflow: " + (outcome.failed() ? "failed" : "passed"));
    out.println();
    out.println(escape(TextRenderer.summary(outcome)));
    for (Severity severity : Severity.values()) {
      List<Outcome.Located> findings =
          outcome.findings().stream().filter(f -> f.finding().severity() == severity).toList();
      if (findings.isEmpty()) {
        continue;
      }
      out.println();
      out.println("### " + capitalised(severity.label()) + " (" + findings.size() + ")");
      Map<String, List<Outcome.Located>> byEnvironment =
          new TreeMap<>(
              findings.stream().collect(Collectors.groupingBy(f -> f.finding().environment())));
      byEnvironment.forEach(
          (environment, list) -> {
            out.println();
            out.println("**" + escape(environment) + "**");
            out.println();
            for (Outcome.Located l : list) {
              var f = l.finding();
              out.println(
                  "- **"
                      + escape(f.ruleId())
                      + "** "
                      + code(f.address())
                      + ": "
                      + escape(f.message())
                      + (l.line() > 0 ? " (" + code(l.file() + ":" + l.line()) + ")" : "")
                      + (l.foundIn() == null ? "" : ", found in " + code(l.foundIn().label())));
              out.println("  - fix: " + escape(f.remediation()));
            }
          });
    }
    if (!outcome.waived().isEmpty()) {
      out.println();
      out.println("### Waived (" + outcome.waived().size() + ")");
      out.println();
      for (Outcome.Located w : outcome.waived()) {
        out.println(
            "- **"
                + escape(w.finding().ruleId())
                + "** "
                + code(w.finding().address())
                + ": "
                + escape(w.waiverReason()));
      }
    }
    if (!outcome.expiredWaivers().isEmpty()) {
      out.println();
      out.println("### Expired waivers");
      out.println();
      for (ProjectConfig.Waiver w : outcome.expiredWaivers()) {
        out.println(
            "- **"
                + escape(w.rule())
                + "** "
                + code(w.address())
                + ": expired on "
                + w.expires()
                + ", no longer applies");
      }
    }
    if (!outcome.costs().isEmpty()) {
      out.println();
      out.println("### Monthly cost (USD)");
      out.println();
      out.println("| environment | estimate | budget | status |");
      out.println("|---|---:|---:|---|");
      for (Outcome.EnvironmentCost c : outcome.costs()) {
        out.println(
            "| "
                + escape(c.environment())
                + " | "
                + c.monthlyUsd().toPlainString()
                + " | "
                + (c.budgetUsd() == null ? "-" : c.budgetUsd().toPlainString())
                + " | "
                + status(c)
                + " |");
      }
    }
    out.flush();
  }

  private static String status(Outcome.EnvironmentCost c) {
    String unpriced = c.unpriced() == 0 ? "" : ", " + c.unpriced() + " unpriced";
    if (c.budgetUsd() == null) {
      return "no budget" + unpriced;
    }
    BigDecimal left = c.budgetUsd().subtract(c.monthlyUsd());
    return (left.signum() < 0 ? "over by " + left.negate().toPlainString() : "within budget")
        + unpriced;
  }

  private static String capitalised(String text) {
    return Character.toUpperCase(text.charAt(0)) + text.substring(1);
  }

  /** Text from the input: no control characters, no Markdown or HTML that it did not mean. */
  static String escape(String text) {
    StringBuilder out = new StringBuilder();
    for (char c : Printable.line(text).toCharArray()) {
      if ("\\`*_[]<>|~".indexOf(c) >= 0) {
        out.append('\\');
      }
      out.append(c);
    }
    return out.toString();
  }

  /** An address or a place, as code: backticks inside are replaced, nothing else is escaped. */
  private static String code(String text) {
    return "`" + Printable.line(text).replace('`', '\'') + "`";
  }
}
