package io.payflow.platform.policies.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class InstanceAheadTest {
  private static final String DATA = "{\"config\": {\"today\": \"2026-11-27\"}}";
  private static final byte[] INPUT = "{\"facts_version\": 2}".getBytes(StandardCharsets.UTF_8);

  @Test
  void theInstanceMadeAheadIsTakenOnceThenEachIsMadeWhenAskedFor() {
    OpaAbiHost host = OpaAbiHost.bundled(WasmPolicy.MAX_PAGES, DATA, WasmPolicy.ENTRYPOINT);
    AtomicInteger made = new AtomicInteger();
    InstanceAhead.start(
        () -> {
          made.incrementAndGet();
          return host;
        });
    // A second start while one is on its way makes nothing more.
    InstanceAhead.start(
        () -> {
          throw new AssertionError("a second instance was made ahead");
        });
    OpaAbiHost ahead = InstanceAhead.takeOr(() -> null);
    assertThat(ahead).isSameAs(host);
    assertThat(made).hasValue(1);
    AtomicInteger asked = new AtomicInteger();
    InstanceAhead.takeOr(
        () -> {
          asked.incrementAndGet();
          return ahead;
        });
    assertThat(asked).hasValue(1);
  }

  /** What failed on the other thread fails again, with its own message, where it is asked for. */
  @Test
  void anInstanceThatFailedAheadIsMadeAgainWhenAskedFor() {
    InstanceAhead.start(
        () -> {
          throw new OpaAbiHost.PolicyAbort("seen on the other thread only");
        });
    assertThatThrownBy(
            () ->
                InstanceAhead.takeOr(
                    () -> {
                      throw new OpaAbiHost.PolicyAbort("made where it was asked for");
                    }))
        .isInstanceOf(OpaAbiHost.PolicyAbort.class)
        .hasMessage("made where it was asked for");
  }

  /** The bundled policy made ahead gets its data when asked for, and finds as one made then. */
  @Test
  void theBundledPolicyMadeAheadEvaluatesAsOneMadeWhenAskedFor() {
    OpaAbiHost.bundledAhead(WasmPolicy.MAX_PAGES);
    OpaAbiHost ahead = OpaAbiHost.bundled(WasmPolicy.MAX_PAGES, DATA, WasmPolicy.ENTRYPOINT);
    OpaAbiHost then = OpaAbiHost.bundled(WasmPolicy.MAX_PAGES, DATA, WasmPolicy.ENTRYPOINT);
    assertThat(ahead).isNotSameAs(then);
    assertThat(ahead.evaluate(INPUT)).isEqualTo(then.evaluate(INPUT)).startsWith("[{\"result\":");
  }

  /** An instance made ahead for another memory limit is not used for this one. */
  @Test
  void anInstanceMadeAheadForAnotherMemoryLimitIsNotUsed() {
    OpaAbiHost.bundledAhead(WasmPolicy.MAX_PAGES);
    OpaAbiHost small = OpaAbiHost.bundled(16, DATA, WasmPolicy.ENTRYPOINT);
    byte[] large = ("[" + "0,".repeat(600_000) + "0]").getBytes(StandardCharsets.UTF_8);
    assertThatThrownBy(() -> small.evaluate(large))
        .isInstanceOf(OpaAbiHost.PolicyAbort.class)
        .hasMessageContaining("memory limit");
  }
}
