package io.payflow.platform.policies.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.payflow.platform.topology.InputFiles;
import io.payflow.platform.topology.SourcePosition;
import java.lang.reflect.Field;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Where resources stand in a plan, whether the index was built ahead on another thread or not. */
class JsonPathIndexTest {
  /** A plan of {@code n} resources, one per line, each about 200 characters. */
  private static String plan(int n) {
    StringBuilder out =
        new StringBuilder("{\"format_version\": \"1.2\",\n \"resource_changes\": [\n");
    for (int i = 0; i < n; i++) {
      out.append(i == 0 ? "  " : ", ")
          .append("{\"address\": \"aws_vpc.v")
          .append(i)
          .append("\", \"type\": \"aws_vpc\", \"change\": {\"actions\": [\"create\"], \"after\": ")
          .append("{\"cidr_block\": \"10.0.0.0/16\", \"tags\": {\"é\": \"")
          .append("x".repeat(100))
          .append("\"}}}}\n");
    }
    return out.append("]}\n").toString();
  }

  @ParameterizedTest(name = "{0} resources")
  @ValueSource(ints = {3, 25_000})
  void findsEachResourceWhereOnePassOverTheTextDoes(int n) {
    String text = plan(n);
    assertThat(text.length() >= JsonPathIndex.AHEAD_CHARS).isEqualTo(n > 3);
    JsonPathIndex index = new JsonPathIndex(text);
    for (int i : new int[] {0, 1, n / 2, n - 1}) {
      String path = "resource_changes[" + i + "]";
      assertThat(index.find(path)).isEqualTo(JsonPathIndex.locate(text, path));
      assertThat(index.find(path)).contains(new SourcePosition(3 + i, 3));
    }
    assertThat(index.find("resource_changes[" + n + "]")).isEmpty();
    assertThat(index.find("resource_changes[0].change")).isEmpty();
  }

  @Test
  void aTextCutShortKeepsWhatWasReadBeforeTheCutAndThrowsNothing() {
    String cut = "{\"resource_changes\": [{\"address\": " + " ".repeat(JsonPathIndex.AHEAD_CHARS);
    JsonPathIndex index = new JsonPathIndex(cut);
    assertThat(index.find("resource_changes[0]")).contains(new SourcePosition(1, 23));
    assertThat(index.find("resource_changes[1]")).isEmpty();
  }

  /**
   * A plan read in halves is indexed from its layout and a pass over the rest: every place the pass
   * over the whole text finds, the same, whatever the line breaks.
   */
  @ParameterizedTest(name = "line break {0}")
  @ValueSource(strings = {"\n", "\r\n", "\r", ""})
  void aPlanWithALayoutIsIndexedToTheSamePlaces(String lineBreak) throws Exception {
    String text =
        ("{\"format_version\": \"1.2\",\n \"planned_values\": {\"root_module\": {\"resources\":"
                + " [{\"address\": \"a\"},\n {\"address\": \"b\"}]}},\n \"resource_changes\": [\n"
                + "  {\"address\": \"a\", \"s\": \"]}\\\"{\"},\n  {\"address\": \"b\"},   {\"c\": {}}\n"
                + " ],\n \"configuration\": {\"root_module\": {\"resources\": [{\"address\": \"a\"},\n"
                + "   {\"address\": \"b\"}]}}}\n")
            .replace("\n", lineBreak);
    byte[] bytes = text.getBytes(StandardCharsets.US_ASCII);
    InputFiles.Content content = InputFiles.Content.of(text);
    Field ascii = InputFiles.Content.class.getDeclaredField("ascii");
    ascii.setAccessible(true);
    ascii.set(content, bytes);
    PlanLayout layout = PlanLayout.of(bytes, PlanHalves.BOUND);
    assertThat(layout.elements()).isEqualTo(3);
    JsonPathIndex whole = new JsonPathIndex(content, null);
    JsonPathIndex halves = new JsonPathIndex(content, layout);
    for (String path :
        new String[] {
          "resource_changes[0]",
          "resource_changes[1]",
          "resource_changes[2]",
          "configuration.root_module.resources[1]",
          "planned_values.root_module.resources[0]",
          "planned_values.root_module.resources[1]",
        }) {
      assertThat(whole.find(path)).isPresent();
      assertThat(halves.find(path)).isEqualTo(whole.find(path));
    }
    assertThat(halves.find("resource_changes[3]")).isEmpty();
    assertThat(halves.find("configuration.root_module.resources[2]")).isEmpty();
  }
}
