package io.payflow.platform.cli.internal;

import io.payflow.platform.cli.Outcome;
import io.payflow.platform.cli.Renderer;
import java.io.PrintWriter;

/** GitHub Actions workflow commands: one annotation per finding on the file and line. */
public final class GithubRenderer implements Renderer {
  @Override
  public void render(Outcome outcome, PrintWriter out) {
    for (Outcome.Located l : outcome.findings()) {
      var f = l.finding();
      String level =
          switch (SarifRenderer.level(f.severity())) {
            case "error" -> "error";
            case "warning" -> "warning";
            default -> "notice";
          };
      StringBuilder line =
          new StringBuilder("::").append(level).append(" file=").append(property(l.file()));
      if (l.line() > 0) {
        line.append(",line=").append(l.line()).append(",col=").append(l.column());
      }
      line.append(",title=")
          .append(property(f.ruleId() + " " + f.title()))
          .append("::")
          .append(
              data(
                  f.message()
                      + (l.foundIn() == null ? "" : "\nfound in " + l.foundIn().label())
                      + "\nfix: "
                      + f.remediation()));
      out.println(line);
    }
    out.println(TextRenderer.summary(outcome));
    out.flush();
  }

  /**
   * GitHub's escaping of a command's data, then every other control or format character escaped: an
   * input string can never end the command or start one of its own.
   */
  private static String data(String text) {
    return Printable.line(text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A"));
  }

  private static String property(String text) {
    return data(text).replace(":", "%3A").replace(",", "%2C");
  }
}
