package io.payflow.platform.topology;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Jackson's words for its bounds, in ours: what, how long, the bound; never a Java name. */
class ParseMessagesTest {
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "Number value length (60) exceeds the maximum allowed (40, from"
            + " `StreamReadConstraints.getMaxNumberLength()`)"
            + " | a number of 60 characters, over the 40 a number may have",
        "Name length (60000) exceeds the maximum allowed (50000)"
            + " | a key of 60000 characters, over the 50000 a key may have",
        "String value length (2000000) exceeds the maximum allowed (1048576, from x)"
            + " | a string of 2000000 characters, over the 1048576 a string may have",
      })
  void aBoundPassedIsSaidInOurWords(String jackson, String ours) {
    assertThat(ParseMessages.pastBound(jackson)).isEqualTo(ours);
    assertThat(ParseMessages.syntax(jackson, "YAML")).isEqualTo(ours);
    assertThat(ParseMessages.syntax(jackson, "JSON")).doesNotContain("StreamReadConstraints");
  }

  @ParameterizedTest
  @CsvSource({"Unexpected character ('x')", "Document nesting depth (65) exceeds the maximum"})
  void anythingElseIsNotABound(String jackson) {
    assertThat(ParseMessages.pastBound(jackson)).isNull();
  }
}
