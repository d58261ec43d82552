package io.payflow.platform.policies;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An S3 backend locks its state with a lock file in the bucket (use_lockfile, Terraform 1.10 and
 * later; the DynamoDB table is deprecated since 1.11) or with a DynamoDB table: either is a lock.
 */
class StateLockingTest {
  @TempDir Path dir;

  private List<String> stateFindings(String backend) throws Exception {
    Input input =
        InputCases.read(
            dir,
            "main.tf.json",
            "{'terraform': {'backend': {'s3': {'bucket': 'b', 'key': 'production/terraform.tfstate',"
                + " 'region': 'us-east-1', 'encrypt': true"
                + backend
                + "}}}, 'resource': {}}");
    return InputCases.evaluate(input).findings().stream()
        .filter(f -> f.ruleId().equals("PF-STATE-002"))
        .map(Finding::message)
        .toList();
  }

  @Test
  void aLockFileInTheBucketLocksTheState() throws Exception {
    assertThat(stateFindings(", 'use_lockfile': true")).isEmpty();
    assertThat(stateFindings(", 'use_lockfile': 'true'")).isEmpty();
  }

  @Test
  void aLockTableLocksTheState() throws Exception {
    assertThat(stateFindings(", 'dynamodb_table': 'locks'")).isEmpty();
  }

  @Test
  void neitherIsNoLock() throws Exception {
    String none =
        "state backend of production has no state lock (use_lockfile, or a DynamoDB table in"
            + " dynamodb_table)";
    assertThat(stateFindings("")).containsExactly(none);
    assertThat(stateFindings(", 'use_lockfile': false")).containsExactly(none);
    assertThat(stateFindings(", 'use_lockfile': false, 'dynamodb_table': ''"))
        .containsExactly(none);
  }

  @Test
  void aLockFileSettingThatIsNotABooleanIsAnInputError() {
    assertThatThrownBy(() -> stateFindings(", 'use_lockfile': 'yes'"))
        .isInstanceOf(InputException.class)
        .hasMessageContaining("terraform.backend.s3.use_lockfile")
        .hasMessageContaining("expected true or false");
  }
}
