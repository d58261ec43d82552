package io.payflow.platform.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Names from a pull request reach every renderer: escape sequences, bidirectional overrides, a
 * GitHub workflow command after a newline, and characters XML cannot hold. None may pass raw.
 */
class HostileOutputTest {
  @TempDir Path dir;

  private static final String EVIL =
      "evil\u001b[31m\u0007\u202e\n::error file=evil.tf,line=1::INJECTED\r\uFFFE\uFFFF";

  private Path input() throws Exception {
    ObjectMapper json = new ObjectMapper();
    var root = json.createObjectNode();
    var vpcs = root.putObject("resource").putObject("aws_vpc");
    vpcs.putObject(EVIL).put("cidr_block", "10.0.0.0/16");
    vpcs.putObject("b").put("cidr_block", "10.0.0.0/16");
    var sg = root.with("resource").putObject("aws_security_group").putObject("x" + EVIL);
    sg.put("name", EVIL);
    var rule = sg.putArray("ingress").addObject();
    rule.put("protocol", "tcp").put("from_port", 22).put("to_port", 22);
    rule.putArray("cidr_blocks").add("0.0.0.0/0");
    return Files.writeString(dir.resolve("evil.tf.json"), json.writeValueAsString(root));
  }

  @ParameterizedTest
  @ValueSource(strings = {"text", "github", "json", "sarif", "junit", "markdown"})
  void noInputStringReachesTheOutputRaw(String format) throws Exception {
    Cli.Run run =
        Cli.run(
            "validate",
            input().toString(),
            "--format",
            format,
            "--config",
            Cli.file("validator-cli/src/test/resources/config/none.yaml"));
    assertThat(run.exit()).as(run.err()).isEqualTo(1);
    String out = run.out();
    assertThat(out)
        .doesNotContain("\u001b")
        .doesNotContain("\u0007")
        .doesNotContain("\u202e")
        .doesNotContain("\r")
        .doesNotContain("\uFFFE")
        .doesNotContain("\uFFFF");
    assertThat(out.lines().filter(l -> l.contains("INJECTED") && l.startsWith("::error file=evil")))
        .isEmpty();
    switch (format) {
      case "github" ->
          assertThat(out.lines().filter(l -> l.startsWith("::")))
              .allSatisfy(l -> assertThat(l).startsWith("::error file=").contains(",title=PF-"));
      case "text", "markdown" -> assertThat(out.lines().filter(l -> l.startsWith("::"))).isEmpty();
      case "json", "sarif" -> new ObjectMapper().readTree(out);
      case "junit" ->
          DocumentBuilderFactory.newInstance()
              .newDocumentBuilder()
              .parse(new ByteArrayInputStream(out.getBytes(StandardCharsets.UTF_8)));
      default -> throw new IllegalArgumentException(format);
    }
  }
}
