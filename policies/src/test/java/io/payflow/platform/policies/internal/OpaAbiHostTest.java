package io.payflow.platform.policies.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class OpaAbiHostTest {
  private static final String DATA = "{\"config\": {\"today\": \"2026-11-27\"}}";

  /** The description a run reads unvalidated is valid, and the one the generated loader reads. */
  @Test
  void theBundledModulesDescriptionIsValidAndTheGeneratedOne() {
    var validated = OpaAbiHost.BundledModule.parse(true);
    var generated = BundledPolicyModule.load();
    assertThat(OpaAbiHost.BundledModule.DESCRIPTION.exportSection().exportCount())
        .isEqualTo(validated.exportSection().exportCount())
        .isEqualTo(generated.exportSection().exportCount())
        .isPositive();
    assertThat(OpaAbiHost.BundledModule.DESCRIPTION.importSection().importCount())
        .isEqualTo(generated.importSection().importCount());
    assertThat(OpaAbiHost.BundledModule.DESCRIPTION.functionSection().functionCount())
        .isEqualTo(generated.functionSection().functionCount());
    assertThat(OpaAbiHost.BundledModule.DESCRIPTION.dataSection().dataSegmentCount())
        .isEqualTo(generated.dataSection().dataSegmentCount());
  }

  @Test
  void evaluatesToTheResultSet() {
    OpaAbiHost host = OpaAbiHost.bundled(WasmPolicy.MAX_PAGES, DATA, WasmPolicy.ENTRYPOINT);
    String result = host.evaluate(bytes("{\"facts_version\": 2}"));
    assertThat(result).startsWith("[{\"result\":");
    // The same memory state for every evaluation: a second run gives the same bytes.
    assertThat(host.evaluate(bytes("{\"facts_version\": 2}"))).isEqualTo(result);
  }

  @Test
  void anInputPastTheMemoryLimitFailsTheEvaluation() {
    OpaAbiHost host = OpaAbiHost.bundled(16, DATA, WasmPolicy.ENTRYPOINT);
    byte[] large = bytes("[" + "0,".repeat(600_000) + "0]");
    assertThatThrownBy(() -> host.evaluate(large))
        .isInstanceOf(OpaAbiHost.PolicyAbort.class)
        .hasMessageContaining("memory limit");
  }

  @Test
  void aParseFailureOfTheDataIsRefused() {
    assertThatThrownBy(() -> OpaAbiHost.bundled(WasmPolicy.MAX_PAGES, "{", WasmPolicy.ENTRYPOINT))
        .isInstanceOf(OpaAbiHost.PolicyAbort.class)
        .hasMessageContaining("could not parse");
  }

  @Test
  void anEntrypointTheModuleLacksIsRefused() {
    assertThatThrownBy(() -> OpaAbiHost.bundled(WasmPolicy.MAX_PAGES, DATA, "payflow/nothing"))
        .isInstanceOf(OpaAbiHost.PolicyAbort.class)
        .hasMessageContaining("no entrypoint payflow/nothing");
  }

  @Test
  void aBuiltinTheHostDoesNotProvideIsRefusedAtLoad() {
    assertThatThrownBy(() -> HostBuiltins.forModule("{\"sprintf\": 0, \"http.send\": 1}"))
        .isInstanceOf(OpaAbiHost.PolicyAbort.class)
        .hasMessageContaining("http.send");
    assertThat(HostBuiltins.forModule("{\"sprintf\": 1}")).hasSize(2);
  }

  private static byte[] bytes(String json) {
    return json.getBytes(StandardCharsets.UTF_8);
  }
}
