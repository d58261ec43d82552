package io.payflow.platform.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code payflow diagram}: golden SVG and Mermaid, and input text that cannot break out. */
class DiagramTest {
  @ParameterizedTest
  @CsvSource({"payflow.yaml,svg", "payflow.yaml,mermaid", "broken.yaml,svg", "broken.yaml,mermaid"})
  void diagramsMatchTheirGoldenFiles(String example, String format) throws Exception {
    Cli.Run run = Cli.run("diagram", Cli.file("examples/" + example), "--format", format);
    assertThat(run.exit()).as(run.err()).isZero();
    Path golden =
        Cli.ROOT.resolve(
            "validator-cli/src/test/resources/golden/diagram-"
                + example.replace(".yaml", "")
                + "."
                + format
                + ".txt");
    if (Boolean.getBoolean("payflow.updateGolden")) {
      Files.writeString(golden, run.out());
    }
    assertThat(run.out()).isEqualTo(Files.readString(golden));
  }

  @Test
  void theSvgDrawsEveryVpcSubnetAndServiceOfTheEstate() throws Exception {
    String svg = Cli.run("diagram", Cli.file("examples/payflow.yaml")).out();
    for (String text :
        new String[] {
          "hub VPC", "10.0.0.0/16", "production VPC", "10.1.0.0/16", "development VPC",
          "10.2.0.0/16", "hub-public-a", "bastion", "EKS payflow-production", "postgres 16.4",
          "endpoint secretsmanager", "routes production-&gt;hub yes, hub-&gt;production yes"
        }) {
      assertThat(svg).contains(text);
    }
  }

  /** A cluster named like markup, in a stack anyone could write, stays text in SVG and Mermaid. */
  @Test
  void namesFromInputCannotBreakOut(@TempDir Path dir) throws Exception {
    Path stack = dir.resolve("main.tf.json");
    Files.writeString(
        stack,
        ("{'resource': {'aws_vpc': {'v': {'cidr_block': '10.0.0.0/16'}},"
                + "'aws_subnet': {'s': {'vpc_id': '${aws_vpc.v.id}', 'cidr_block': '10.0.1.0/24',"
                + " 'availability_zone': 'us-east-1a\\u001b[31m'}},"
                + "'aws_eks_cluster': {'e': {'name': '</text><script>alert(1)</script>\\\"]-->x',"
                + " 'role_arn': 'r', 'version': '1.35',"
                + " 'vpc_config': {'subnet_ids': ['${aws_subnet.s.id}']}}}}}")
            .replace('\'', '"'));
    String svg = Cli.run("diagram", stack.toString()).out();
    assertThat(svg)
        .doesNotContain("<script>")
        .doesNotContain("</text><script")
        .contains("&lt;/text&gt;&lt;script&gt;")
        .doesNotContain("\u001b");
    String mermaid = Cli.run("diagram", stack.toString(), "--format", "mermaid").out();
    assertThat(mermaid)
        .doesNotContain("<script>")
        .doesNotContain("\"]-->x")
        .doesNotContain("\u001b")
        .contains("#lt;/text#gt;#lt;script#gt;");
    Path html = dir.resolve("report.html");
    Cli.Run report =
        Cli.run("report", stack.toString(), "-o", html.toString(), "--fail-on", "none");
    assertThat(report.exit()).as(report.err()).isZero();
    assertThat(Files.readString(html))
        .doesNotContain("<script>")
        .doesNotContain("\u001b")
        .contains("&lt;/text&gt;&lt;script&gt;");
  }
}
