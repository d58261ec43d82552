package io.payflow.platform.policies.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Differential fuzzing (Jazzer) of the input written as OPA's values against OPA's own parse of the
 * same bytes: whatever {@link OpaValueImage} lays out, OPA's parser must read too, into the same
 * values, bucket for bucket. An input it lays out that OPA would refuse or read otherwise would be
 * evaluated as something the policy was never given. {@code ./mvnw verify} replays the committed
 * inputs ({@code OpaValueImageFuzzTestInputs/}); {@code tools/fuzz.sh image} fuzzes it.
 */
class OpaValueImageFuzzTest {
  private static final OpaAbiHost HOST =
      OpaAbiHost.bundled(WasmPolicy.MAX_PAGES, "{}", WasmPolicy.ENTRYPOINT);

  @FuzzTest(maxDuration = "40s")
  void image(byte[] json) {
    OpaValueImage image = HOST.written(json);
    if (image == null) {
      return; // left to OPA's parser
    }
    int mine = image.root();
    int theirs = HOST.parseJson(json);
    assertThat(OpaValueComparison.differences(HOST, mine, theirs)).isEmpty();
  }
}
