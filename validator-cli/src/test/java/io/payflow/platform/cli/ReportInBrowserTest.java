package io.payflow.platform.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.payflow.platform.policies.Facts;
import io.payflow.platform.policies.Inputs;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The HTML report opened in a real browser (headless Chromium, Debian's package): every VPC and
 * range on the page, no box of the diagram overlapping another and every label inside its box
 * (bounding boxes from the DOM), each planted finding of broken.yaml marked on an element, no
 * console error; and a screenshot ({@code -Dpayflow.updateGolden=true} copies it to docs/). Skipped
 * with a message where Chromium is missing; {@code .ci/run} installs it and requires it.
 */
class ReportInBrowserTest {

  private static String chromium;

  @BeforeAll
  static void findChromium() {
    for (String candidate :
        new String[] {System.getenv("PAYFLOW_CHROMIUM"), "chromium", "chromium-browser"}) {
      if (candidate == null) {
        continue;
      }
      for (String dir :
          System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
        Path path = candidate.contains("/") ? Path.of(candidate) : Path.of(dir, candidate);
        if (Files.isExecutable(path)) {
          chromium = path.toString();
          return;
        }
      }
    }
    if ("1".equals(System.getenv("PAYFLOW_REQUIRE_CHROMIUM"))) {
      fail("PAYFLOW_REQUIRE_CHROMIUM=1 but no chromium on PATH (apt-get install chromium)");
    }
    System.err.println("SKIPPED: ReportInBrowserTest: no chromium on PATH (.ci/run installs it)");
    Assumptions.abort("no chromium on PATH");
  }

  private static String run(List<String> command) throws Exception {
    Process process =
        new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
    byte[] out = process.getInputStream().readAllBytes();
    if (!process.waitFor(120, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      fail("chromium did not finish: " + command);
    }
    return new String(out, StandardCharsets.UTF_8);
  }

  private static List<String> chromium(String... args) {
    List<String> command =
        new ArrayList<>(
            List.of(
                chromium,
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--hide-scrollbars",
                "--no-first-run",
                "--disable-extensions",
                "--user-data-dir=" + Path.of("target/browser/profile").toAbsolutePath()));
    command.addAll(List.of(args));
    return command;
  }

  @ParameterizedTest
  @ValueSource(strings = {"payflow", "broken"})
  void theReportShowsTheEstateAsAPersonWouldSeeIt(String example) throws Exception {
    Path dir = Files.createDirectories(Path.of("target/browser"));
    Path report = dir.resolve("report-" + example + ".html").toAbsolutePath();
    Path topology = Cli.ROOT.resolve("examples/" + example + ".yaml");
    Cli.Run run =
        Cli.run(
            "report",
            Cli.file("examples/" + example + ".yaml"),
            "-o",
            report.toString(),
            "--today",
            "2026-11-27");
    // The report decides like validate: the broken estate fails.
    assertThat(run.exit()).as(run.err()).isEqualTo(example.equals("broken") ? 1 : 0);

    String html = Files.readString(report);
    String script =
        new String(
            ReportInBrowserTest.class.getResourceAsStream("/browser/check.js").readAllBytes(),
            StandardCharsets.UTF_8);
    Path checked = dir.resolve("checked-" + example + ".html").toAbsolutePath();
    Files.writeString(
        checked,
        html.replaceFirst(
            "<head>", "<head><script>" + Matcher.quoteReplacement(script) + "</script>"));
    String dom =
        run(chromium("--virtual-time-budget=5000", "--dump-dom", checked.toUri().toString()));
    Matcher m =
        Pattern.compile("<pre id=\"payflow-check\">(.*?)</pre>", Pattern.DOTALL).matcher(dom);
    assertThat(m.find()).as("the check script ran in the page").isTrue();
    JsonNode check =
        new ObjectMapper()
            .readTree(m.group(1).replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&"));

    assertThat(check.path("errors")).as("console and page errors").isEmpty();
    assertThat(check.path("nodes").asInt()).isGreaterThan(20);
    assertThat(check.path("overlaps")).as("boxes of the diagram that overlap").isEmpty();
    assertThat(check.path("outside")).as("labels outside their box").isEmpty();
    Facts facts = Inputs.read(topology).facts().facts();
    String text = check.path("text").asText();
    for (Facts.Network n : facts.networks()) {
      assertThat(text).contains(n.environment() + " VPC").contains(n.cidr());
    }
    List<String> badges = new ArrayList<>();
    check.path("badges").forEach(b -> badges.add(b.asText()));
    if (example.equals("broken")) {
      for (String rule : Cli.plantedInBroken()) {
        assertThat(badges)
            .as(rule + " marked on an element")
            .anySatisfy(b -> assertThat(b).contains(rule));
      }
    } else {
      assertThat(badges).isEmpty();
    }

    Path screenshot = dir.resolve("report-" + example + ".png").toAbsolutePath();
    Files.deleteIfExists(screenshot);
    run(
        chromium(
            "--window-size=1400,1500", "--screenshot=" + screenshot, report.toUri().toString()));
    assertThat(Files.size(screenshot)).isGreaterThan(20_000);
    if (Boolean.getBoolean("payflow.updateGolden")) {
      Files.copy(
          screenshot,
          Cli.ROOT.resolve("docs/report-" + example + ".png"),
          StandardCopyOption.REPLACE_EXISTING);
    }
  }
}
