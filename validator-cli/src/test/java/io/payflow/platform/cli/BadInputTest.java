package io.payflow.platform.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Hostile and malformed inputs: exit 2, one line naming the file, no stack trace, quickly. */
class BadInputTest {
  @TempDir Path dir;

  private Cli.Run validate(String name, byte[] content) throws Exception {
    Path file = dir.resolve(name);
    Files.write(file, content);
    long start = System.nanoTime();
    Cli.Run run = validateWithoutConfig(file);
    assertThat((System.nanoTime() - start) / 1_000_000).as("milliseconds").isLessThan(10_000);
    assertThat(run.exit()).as(run.err()).isEqualTo(2);
    assertThat(run.err().lines().count()).as(run.err()).isEqualTo(1);
    assertThat(run.err())
        .startsWith("payflow: error: " + file)
        .doesNotContain("\tat ")
        .doesNotContain("Exception");
    return run;
  }

  private static Cli.Run validateWithoutConfig(Path file) {
    return Cli.run(
        "validate",
        file.toString(),
        "--config",
        Cli.file("validator-cli/src/test/resources/config/none.yaml"));
  }

  /** The reference topology's text, for a test to break in one place. */
  private static String reference() throws java.io.IOException {
    return Files.readString(Cli.ROOT.resolve("examples/payflow.yaml"));
  }

  private Cli.Run validate(String name, String content) throws Exception {
    return validate(name, content.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void emptyFile() throws Exception {
    assertThat(validate("empty.yaml", "").err()).contains("file is empty");
  }

  @Test
  void truncatedJson() throws Exception {
    String reference = Files.readString(Cli.ROOT.resolve("examples/payflow.yaml"));
    assertThat(
            validate("t.json", "{\"schema_version\": 1, \"organisation\": {\"name\": \"x\"").err())
        .contains("malformed JSON");
    assertThat(reference).isNotEmpty();
  }

  @Test
  void yamlAliasBomb() throws Exception {
    StringBuilder bomb =
        new StringBuilder(
            "a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n");
    for (char c = 'b'; c <= 'i'; c++) {
      char p = (char) (c - 1);
      bomb.append(c)
          .append(": &")
          .append(c)
          .append(" [*")
          .append(p)
          .append(",*")
          .append(p)
          .append(",*")
          .append(p)
          .append(",*")
          .append(p)
          .append(",*")
          .append(p)
          .append(",*")
          .append(p)
          .append(",*")
          .append(p)
          .append("]\n");
    }
    validate("bomb.yaml", bomb.toString());
  }

  @Test
  void deeplyNestedArrays() throws Exception {
    assertThat(validate("deep.json", "[".repeat(100_000) + "]".repeat(100_000)).err())
        .containsAnyOf("nesting", "wrong type");
  }

  @Test
  void binaryGarbage() throws Exception {
    byte[] garbage = new byte[4096];
    new Random(42).nextBytes(garbage);
    validate("garbage.bin", garbage);
  }

  @Test
  void nulBytes() throws Exception {
    assertThat(validate("nul.yaml", "schema_version: 1\0\n").err()).contains("NUL byte");
  }

  @Test
  void nonUtf8() throws Exception {
    assertThat(validate("latin1.yaml", new byte[] {'a', ':', ' ', (byte) 0xE9, '\n'}).err())
        .contains("not UTF-8");
  }

  @Test
  void wrongTypes() throws Exception {
    String yaml = reference().replace("hours_per_month: 200", "hours_per_month: [200]");
    assertThat(validate("types.yaml", yaml).err())
        .contains("environments[2].hours_per_month: wrong type (expected a whole number)");
  }

  @Test
  void invalidCidrNamesLineAndColumn() throws Exception {
    String yaml = reference().replace("cidr: 10.1.0.0/16", "cidr: 10.1.0.0/33");
    assertThat(validate("cidr.yaml", yaml).err())
        .containsPattern(
            "cidr\\.yaml:\\d+:\\d+: environments\\[1\\]\\.vpc\\.cidr: '10\\.1\\.0\\.0/33' is not an IPv4 CIDR \\(prefix must be 0-32\\)");
  }

  @Test
  void fiftyMegabytePlanCutOffMidway() throws Exception {
    StringBuilder plan =
        new StringBuilder(52_000_000)
            .append("{\"format_version\": \"1.2\", \"resource_changes\": [");
    String change =
        "{\"address\": \"aws_instance.app[%d]\", \"mode\": \"managed\", \"type\": \"aws_instance\", \"name\": \"app\","
            + " \"change\": {\"actions\": [\"create\"], \"after\": {\"instance_type\": \"t3.micro\", \"user_data\": \"%s\"}}},";
    String padding = "x".repeat(400);
    for (int i = 0; plan.length() < 50_000_000; i++) {
      plan.append(String.format(change, i, padding));
    }
    Cli.Run run = validate("huge.plan.json", plan.toString());
    assertThat(run.err()).contains("malformed JSON");
  }

  @Test
  void missingFile() throws Exception {
    Cli.Run run = Cli.run("validate", dir.resolve("nope.json").toString());
    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err())
        .isEqualTo("payflow: error: " + dir.resolve("nope.json") + ": file not found\n");
  }

  @Test
  void noArgumentsIsAUsageError() {
    Cli.Run run = Cli.run("validate");
    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err()).startsWith("payflow: usage: Missing required parameter: 'PATH'");
  }

  /**
   * A date that does not parse is a usage error in words, not in the parser's class names; with
   * picocli's built-in converters as the command's {@code main} sets them (no java.time ones).
   */
  @Test
  void anInvalidDateIsAUsageErrorWithoutJavaNames() {
    Payflow.picocliProperties();
    for (String date : new String[] {"2026-13-01", "2026-02-29", "garbage", "28.11.2026"}) {
      Cli.Run run = Cli.run("validate", Cli.file("examples/payflow.yaml"), "--today", date);
      assertThat(run.exit()).as(date).isEqualTo(2);
      assertThat(run.err())
          .isEqualTo(
              "payflow: usage: Invalid value for option '--today': expected a date as YYYY-MM-DD"
                  + " (e.g. 2026-11-28) but was '"
                  + date
                  + "'\nTry 'payflow validate --help'.\n");
    }
    Cli.Run leapDay =
        Cli.run("validate", Cli.file("examples/payflow.yaml"), "--today", "2028-02-29");
    assertThat(leapDay.err()).doesNotContain("usage");
    assertThat(leapDay.exit()).isIn(0, 1);
  }

  @Test
  void debugAddsTheStackTrace() throws Exception {
    Path file = Files.writeString(dir.resolve("e.yaml"), "");
    Cli.Run run = Cli.run("validate", file.toString(), "--debug");
    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err()).contains("\tat ");
  }

  /** Inputs are read in parallel; the error is still the first bad input in the order given. */
  @Test
  void theFirstBadInputInTheOrderGivenIsReported(@TempDir Path dir) throws Exception {
    Path good = Files.writeString(dir.resolve("good.tf.json"), "{\"resource\": {}}");
    Path first = Files.writeString(dir.resolve("first.tf.json"), "{\"resource\": [}");
    Path second = Files.writeString(dir.resolve("second.tf.json"), "{\"resource\": ]");
    for (int i = 0; i < 5; i++) {
      Cli.Run run =
          Cli.run(
              "validate", good.toString(), first.toString(), second.toString(), good.toString());
      assertThat(run.exit()).isEqualTo(2);
      assertThat(run.err()).contains("first.tf.json").doesNotContain("second.tf.json");
    }
  }

  /** A small plan whose subnet's availability zone and tag key are {@code zone} and {@code key}. */
  private static String planWith(String zone, String key) {
    return "{\"format_version\": \"1.2\", \"resource_changes\": [\n"
        + "  {\"address\": \"aws_subnet.a\", \"mode\": \"managed\", \"type\": \"aws_subnet\","
        + " \"name\": \"a\", \"change\": {\"actions\": [\"create\"], \"after\": {\"cidr_block\":"
        + " \"10.1.0.0/24\", \"availability_zone\": \""
        + zone
        + "\", \"tags\": {\""
        + key
        + "\": \"x\"}}}}\n]}\n";
  }

  /**
   * Half of a UTF-16 surrogate pair escaped alone (a backslash, u and D800 to DFFF) is valid JSON
   * and YAML syntax but not text: OPA's parser refuses it, and the run used to end as an evaluation
   * error (exit 3) with no location. It is bad input, named where it stands, in every kind of
   * input.
   */
  @Test
  void aLoneEscapedSurrogateIsBadInputNamedWhereItStands() throws Exception {
    assertThat(validate("zone.plan.json", planWith("us-east-1a\\ud800", "Name")).err())
        .endsWith(
            "zone.plan.json:2:179: resource_changes[0].change.after.availability_zone: a string"
                + " escapes half of a UTF-16 surrogate pair (\\ud800-\\udfff) without the other"
                + " half, which is not text (write the character itself, or both halves of its"
                + " pair)\n");
    // The address reaches the rules' input: this one ended with exit 3, "evaluation error".
    assertThat(
            validate(
                    "address.plan.json",
                    planWith("us-east-1a", "Name").replace(".a\"", ".a\\udfff\""))
                .err())
        .contains("address.plan.json:2:15: resource_changes[0].address: a string escapes half");
    assertThat(validate("low.plan.json", planWith("\\uDC00", "Name")).err())
        .contains(
            "low.plan.json:2:179: resource_changes[0].change.after.availability_zone: a string");
    assertThat(validate("key.plan.json", planWith("us-east-1a", "Na\\ud83dme")).err())
        .contains(
            "key.plan.json:2:202: resource_changes[0].change.after.tags: a key escapes half of a"
                + " UTF-16 surrogate pair");
    assertThat(
            validate(
                    "stack.tf.json",
                    "{\"resource\": {\"aws_vpc\": {\"hub\": {\"cidr_block\": \"10.0.0.0/16\","
                        + " \"tags\": {\"Name\": \"\\udfff\"}}}}}")
                .err())
        .contains("stack.tf.json:1:81: resource.aws_vpc.hub.tags.Name: a string escapes half");
    String yaml = reference().replaceFirst("name: ([a-z-]+)", "name: \"$1\\\\ud800\"");
    assertThat(validate("topology.yaml", yaml).err())
        .containsPattern("topology\\.yaml:\\d+:\\d+: [a-z_.\\[\\]0-9]+: a string escapes half");
  }

  /** Both halves of a pair, or an escaped backslash before {@code ud800}, are text: not refused. */
  @Test
  void aSurrogatePairOrAnEscapedBackslashIsText() throws Exception {
    for (String zone : new String[] {"us-east-1a\\ud83d\\ude00", "\\\\ud800"}) {
      Path file = Files.writeString(dir.resolve("ok.plan.json"), planWith(zone, "Name"));
      Cli.Run run = validateWithoutConfig(file);
      assertThat(run.exit()).as(zone + run.err()).isIn(0, 1);
    }
  }

  /**
   * A number past what a 64-bit float holds (1e400) read as infinity, and the facts' reading ended
   * in an internal error (exit 3, "a bug in payflow"); no Terraform attribute takes one.
   */
  @Test
  void aNumberPastTheFloatRangeIsBadInputNamedWhereItStands() throws Exception {
    for (String number : new String[] {"1e400", "-1e400", "1e999999999"}) {
      String plan =
          planWith("us-east-1a", "Name")
              .replace("\"cidr_block\"", "\"id\": " + number + ", \"cidr_block\"");
      assertThat(validate("n.plan.json", plan).err())
          .as(number)
          .endsWith(
              "n.plan.json:2:135: resource_changes[0].change.after.id: a number out of range"
                  + " (past what a 64-bit float holds; no Terraform attribute takes one: is this"
                  + " file the output of `terraform show -json`, unedited?)\n");
    }
    String stack =
        "{\"resource\": {\"aws_db_instance\": {\"db\": {\"allocated_storage\": 2e308}}}}";
    assertThat(validate("stack.tf.json", stack).err())
        .contains(
            "stack.tf.json:1:63: resource.aws_db_instance.db.allocated_storage: a number out of range");
  }

  /**
   * Past the parser's bounds on a key's and a number's length, and on nesting: each was "a value is
   * longer than 67108864 characters" (or "nesting deeper"), with no place; a topology's number
   * named a Java method. Now what is too long, how long, the bound, and where.
   */
  @Test
  void aKeyOrNumberPastItsBoundIsNamedWhereItStands() throws Exception {
    String plan = planWith("us-east-1a", "k".repeat(60_000));
    assertThat(validate("key.plan.json", plan).err())
        .endsWith(
            "key.plan.json:2:202: resource_changes[0].change.after.tags: a key of 60000 characters,"
                + " over the 50000 a key may have\n");
    String number = planWith("us-east-1a", "Name").replace("\"x\"", "9".repeat(1_500));
    assertThat(validate("number.plan.json", number).err())
        .endsWith(
            "number.plan.json:2:210: resource_changes[0].change.after.tags.Name: a number of 1500"
                + " characters, over the 1000 a number may have\n");
    String nested = "{\"a\": " + "[".repeat(300) + "]".repeat(300) + "}";
    String deepPath = "a" + "[0]".repeat(198);
    assertThat(validate("deep.tf.json", nested).err())
        .endsWith(
            "deep.tf.json:1:206: "
                + deepPath.substring(0, 139)
                + "…"
                + deepPath.substring(deepPath.length() - 60)
                + ": nesting deeper than 200 levels\n");
    String yaml = reference().replace("hours_per_month: 200", "hours_per_month: " + "1".repeat(60));
    assertThat(validate("topology.yaml", yaml).err())
        .contains(
            "environments[2].hours_per_month: a number of 60 characters, over the 40 a number may have")
        .doesNotContain("StreamReadConstraints");
  }

  /**
   * What after_unknown says is only known after apply decides whether an absent value is the
   * provider's default or the worst case: one of another shape was read as "nothing unknown".
   */
  @Test
  void anAfterUnknownOfAnotherShapeIsBadInput() throws Exception {
    String[][] cases = {
      {"\"yes\"", "resource_changes[0].change.after_unknown: expected an object"},
      {
        "{\"publicly_accessible\": \"true\"}",
        "resource_changes[0].change.after_unknown.publicly_accessible: expected true or false"
      },
      {
        "{\"tags\": {\"Name\": 1}}",
        "resource_changes[0].change.after_unknown.tags.Name: expected true or false"
      },
      {
        "{\"ingress\": [{\"cidr_blocks\": [null]}]}",
        "resource_changes[0].change.after_unknown.ingress[0].cidr_blocks[0]: expected true or false"
      },
    };
    for (String[] c : cases) {
      String plan =
          "{\"format_version\": \"1.2\", \"resource_changes\": [{\"address\": \"aws_db_instance.a\","
              + " \"mode\": \"managed\", \"type\": \"aws_db_instance\", \"name\": \"a\", \"change\":"
              + " {\"actions\": [\"create\"], \"after\": {\"engine\": \"postgres\"}, \"after_unknown\": "
              + c[0]
              + "}}]}";
      assertThat(validate("u.plan.json", plan).err()).as(c[0]).contains(": " + c[1]);
    }
  }
}
