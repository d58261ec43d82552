package io.payflow.platform.policies.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.payflow.platform.policies.InputException;
import io.payflow.platform.topology.InputFiles;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A number past a double's range, through each way a plan or Terraform JSON is read: refused with
 * where it stands, never read as infinity; the largest and smallest doubles still read.
 */
class NumbersOutOfRangeTest {
  private static final String PROBLEM = ": a number out of range (past what a 64-bit float holds";

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "{\"a\": 1e400} | t.json:1:7: a",
        "{\"a\": [1, {\"b\": -2E+308}]} | t.json:1:17: a[1].b",
        "[0.5, 1e999999999] | t.json:1:7: [1]",
      })
  void theTreeRefusesIt(String json, String expected) {
    assertThatThrownBy(() -> StrictJson.tree(json, "t.json"))
        .isInstanceOf(InputException.class)
        .hasMessageStartingWith(expected + PROBLEM);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "{\"format_version\": \"1.2\", \"resource_changes\": [{\"address\": \"a.b\", \"type\": \"a\","
            + " \"change\": {\"after\": {\"n\": 1e400}}}]}"
            + " | p.json:1:106: resource_changes[0].change.after.n",
        "{\"format_version\": 1e400, \"resource_changes\": []} | p.json:1:20: format_version",
      })
  void aPlansBindingRefusesIt(String json, String expected) {
    InputFiles.Content content = InputFiles.Content.of(json);
    assertThatThrownBy(
            () -> {
              StrictJson.leadingPlanVersion(content, "p.json", Set.of("resource_changes"));
              StrictJson.bind(content, PlanJson.class, "p.json");
            })
        .isInstanceOf(InputException.class)
        .hasMessageStartingWith(expected + PROBLEM);
  }

  @ParameterizedTest
  @CsvSource({"1.7976931348623157e308", "-1.7976931348623157E308", "4.9e-324", "1e-400"})
  void everyDoubleStillReads(String number) throws Exception {
    assertThat(StrictJson.tree("{\"a\": " + number + "}", "t.json").get("a").isNumber()).isTrue();
  }
}
