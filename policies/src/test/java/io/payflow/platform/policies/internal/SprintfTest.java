package io.payflow.platform.policies.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SprintfTest {
  private static JsonNode args(String json) {
    return HostBuiltins.json(json);
  }

  @ParameterizedTest(name = "{0} of {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "%s is open                 | [\"sg\"]                  | sg is open",
        "%s spans %d zone(s)        | [\"eks\", 2]              | eks spans 2 zone(s)",
        "%v and %s                  | [3, 1.5]                  | 3 and 1.5",
        "%s                         | [12345678901234567890123] | 12345678901234567890123",
        "%s                         | [[\"a\", 1]]              | [\"a\",1]",
        "%s                         | [{\"k\": true}]           | {\"k\":true}",
        "100%% of %s                | [\"budget\"]              | 100% of budget",
        "no verbs                   | []                        | no verbs",
        "%s%s                       | [\"\", \"x\"]             | x",
      })
  void formatsAsTheRuntimeHostDoes(String format, String values, String expected) {
    assertThat(Sprintf.format(format, args(values))).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0} of {1} fails: {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        "%s and %s | [\"one\"]      | more verbs than values",
        "%s        | [\"a\", \"b\"] | more values than verbs",
        "%x        | [1]            | verb %x is not supported",
        "%d        | [1.5]          | %d needs a whole number",
        "%d        | [\"1\"]        | %d needs a whole number",
        "50%       | []             | lone %",
      })
  void failsClosedOnWhatItCannotFormat(String format, String values, String reason) {
    assertThatThrownBy(() -> Sprintf.format(format, args(values)))
        .isInstanceOf(OpaAbiHost.PolicyAbort.class)
        .hasMessageContaining(reason);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {"1 | [\"x\"]", "\"%s\" | {\"x\": 1}"})
  void refusesOperandsOfTheWrongType(String format, String values) {
    assertThatThrownBy(() -> Sprintf.apply(new JsonNode[] {args(format), args(values)}))
        .isInstanceOf(OpaAbiHost.PolicyAbort.class)
        .hasMessageContaining("expects a format string and an array");
  }
}
