package io.payflow.platform.cli.internal;

import io.payflow.platform.policies.Facts;
import java.util.Map;

/** {@code payflow facts --coverage}: what the inputs declare, what became facts, what did not. */
final class CoverageTable {
  private CoverageTable() {}

  static String render(Facts facts) {
    StringBuilder out = new StringBuilder();
    out.append(
        String.format("%-38s %9s %6s %11s%n", "resource type", "declared", "facts", "unresolved"));
    int declared = 0;
    int read = 0;
    int unresolved = 0;
    for (Map.Entry<String, Facts.Coverage> e : facts.source().coverage().entrySet()) {
      Facts.Coverage c = e.getValue();
      out.append(
          String.format(
              "%-38s %9d %6d %11d%n",
              Printable.line(e.getKey()), c.declared(), c.facts(), c.unresolved()));
      declared += c.declared();
      read += c.facts();
      unresolved += c.unresolved();
    }
    out.append(String.format("%-38s %9d %6d %11d%n", "total", declared, read, unresolved));
    for (Facts.Unresolved u : facts.unresolved()) {
      out.append("unresolved: ")
          .append(Printable.line(u.address()))
          .append(": ")
          .append(Printable.line(u.reason()))
          .append(System.lineSeparator());
    }
    return out.toString();
  }
}
