package io.payflow.platform.cli.internal;

import io.payflow.platform.cli.Outcome;
import io.payflow.platform.cli.ProjectConfig;
import io.payflow.platform.cli.Renderer;
import io.payflow.platform.policies.Severity;
import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** For people: findings grouped by input and environment, most severe first, one summary line. */
public final class TextRenderer implements Renderer {
  private final boolean color;

  public TextRenderer(boolean color) {
    this.color = color;
  }

  @Override
  public void render(Outcome outcome, PrintWriter out) {
    for (Outcome.Source source : outcome.inputs()) {
      List<Outcome.Located> findings =
          outcome.findings().stream().filter(f -> f.input().equals(source.name())).toList();
      out.println(
          bold(Printable.line(source.name()))
              + " ("
              + source.kind().label()
              + "): "
              + (findings.isEmpty()
                  ? paint("32", "no findings")
                  : findings.size() + " finding" + (findings.size() == 1 ? "" : "s")));
      Map<String, List<Outcome.Located>> byEnvironment =
          new TreeMap<>(
              findings.stream().collect(Collectors.groupingBy(f -> f.finding().environment())));
      byEnvironment.forEach(
          (environment, list) -> {
            out.println("  " + bold(Printable.line(environment)));
            for (Outcome.Located located : list) {
              var f = located.finding();
              String where =
                  located.line() > 0
                      ? "  "
                          + Printable.line(located.file())
                          + ":"
                          + located.line()
                          + ":"
                          + located.column()
                      : "";
              if (located.foundIn() != null) {
                where += " (found in " + Printable.line(located.foundIn().label()) + ")";
              }
              out.printf(
                  "    %s  %s  %s%s%n",
                  severity(f.severity()),
                  Printable.line(f.ruleId()),
                  Printable.line(f.address()),
                  dim(where));
              out.println("      " + Printable.line(f.message()));
              out.println("      " + dim("fix: " + Printable.line(f.remediation())));
            }
          });
    }
    for (Outcome.Located w : outcome.waived()) {
      out.println(
          dim(
              "waived: "
                  + Printable.line(w.finding().ruleId())
                  + " "
                  + Printable.line(w.finding().address())
                  + " ("
                  + Printable.line(w.waiverReason())
                  + ")"));
    }
    for (ProjectConfig.Waiver w : outcome.expiredWaivers()) {
      out.println(
          paint("33", "warning:")
              + " waiver for "
              + Printable.line(w.rule())
              + " at "
              + Printable.line(w.address())
              + " expired on "
              + w.expires()
              + " and no longer applies");
    }
    out.println(summary(outcome));
    out.flush();
  }

  static String summary(Outcome outcome) {
    Map<Severity, Long> counts =
        new TreeMap<>(
            outcome.findings().stream()
                .collect(
                    Collectors.groupingBy(f -> f.finding().severity(), Collectors.counting())));
    String bySeverity =
        counts.isEmpty()
            ? ""
            : " ("
                + counts.entrySet().stream()
                    .map(e -> e.getValue() + " " + e.getKey().label())
                    .collect(Collectors.joining(", "))
                + ")";
    int n = outcome.findings().size();
    return (outcome.failed() ? "FAILED: " : "PASSED: ")
        + n
        + " finding"
        + (n == 1 ? "" : "s")
        + bySeverity
        + ", "
        + outcome.waived().size()
        + " waived, "
        + outcome.inputs().size()
        + " input"
        + (outcome.inputs().size() == 1 ? "" : "s")
        + "; fail-on "
        + outcome.failOn().label();
  }

  private String severity(Severity s) {
    String label = String.format("%-8s", s.name());
    return switch (s) {
      case CRITICAL -> paint("1;31", label);
      case HIGH -> paint("31", label);
      case MEDIUM -> paint("33", label);
      default -> paint("36", label);
    };
  }

  private String bold(String text) {
    return paint("1", text);
  }

  private String dim(String text) {
    return text.isEmpty() ? text : paint("2", text);
  }

  private String paint(String code, String text) {
    return color ? "\u001b[" + code + "m" + text + "\u001b[0m" : text;
  }
}
