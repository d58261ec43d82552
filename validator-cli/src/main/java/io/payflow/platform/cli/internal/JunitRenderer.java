package io.payflow.platform.cli.internal;

import io.payflow.platform.policies.Rule;
import java.io.PrintWriter;
import java.util.List;

/**
 * JUnit XML for CI test reports. Test name is the rule id and class name the address, so a
 * finding's history survives message edits; a rule with no finding in an input is a passing test.
 */
final class JunitRenderer implements Renderer {
  @Override
  public void render(Outcome outcome, PrintWriter out) {
    out.println("<?xml version=\"1.0\" encoding=\"UTF-8\"?>");
    int total = 0;
    StringBuilder suites = new StringBuilder();
    for (Outcome.Source source : outcome.inputs()) {
      List<Outcome.Located> findings =
          outcome.findings().stream().filter(f -> f.input().equals(source.name())).toList();
      List<Outcome.Located> waived =
          outcome.waived().stream().filter(f -> f.input().equals(source.name())).toList();
      List<Rule> passing =
          outcome.rules().stream()
              .filter(r -> findings.stream().noneMatch(f -> f.finding().ruleId().equals(r.id())))
              .filter(r -> waived.stream().noneMatch(f -> f.finding().ruleId().equals(r.id())))
              .toList();
      int tests = findings.size() + waived.size() + passing.size();
      total += tests;
      suites
          .append("  <testsuite name=\"")
          .append(xml(source.name()))
          .append("\" tests=\"")
          .append(tests)
          .append("\" failures=\"")
          .append(findings.size())
          .append("\" errors=\"0\" skipped=\"")
          .append(waived.size())
          .append("\">\n");
      for (Outcome.Located l : findings) {
        var f = l.finding();
        suites
            .append("    <testcase name=\"")
            .append(xml(f.ruleId()))
            .append("\" classname=\"")
            .append(xml(f.address()))
            .append("\">\n")
            .append("      <failure type=\"")
            .append(f.severity().label())
            .append("\" message=\"")
            .append(xml(f.message()))
            .append("\">")
            .append(
                xml(
                    f.title()
                        + "\n"
                        + f.message()
                        + "\nfix: "
                        + f.remediation()
                        + (l.line() > 0 ? "\nat " + l.file() + ":" + l.line() : "")))
            .append("</failure>\n    </testcase>\n");
      }
      for (Outcome.Located l : waived) {
        suites
            .append("    <testcase name=\"")
            .append(xml(l.finding().ruleId()))
            .append("\" classname=\"")
            .append(xml(l.finding().address()))
            .append("\">\n      <skipped message=\"waived: ")
            .append(xml(l.waiverReason()))
            .append("\"/>\n    </testcase>\n");
      }
      for (Rule rule : passing) {
        suites
            .append("    <testcase name=\"")
            .append(xml(rule.id()))
            .append("\" classname=\"")
            .append(xml(source.name()))
            .append("\"/>\n");
      }
      suites.append("  </testsuite>\n");
    }
    out.println(
        "<testsuites name=\"payflow\" tests=\""
            + total
            + "\" failures=\""
            + outcome.findings().size()
            + "\">");
    out.print(suites);
    out.println("</testsuites>");
    out.flush();
  }

  static String xml(String text) {
    StringBuilder escaped = new StringBuilder(text.length());
    for (char c : text.toCharArray()) {
      switch (c) {
        case '<' -> escaped.append("&lt;");
        case '>' -> escaped.append("&gt;");
        case '&' -> escaped.append("&amp;");
        case '"' -> escaped.append("&quot;");
        case '\'' -> escaped.append("&apos;");
        default -> {
          if (c >= 0x20 || c == '\n' || c == '\t') {
            escaped.append(c);
          }
        }
      }
    }
    return escaped.toString();
  }
}
