package io.payflow.platform.policies;

import static org.assertj.core.api.Assertions.assertThat;

import io.payflow.platform.policies.internal.ReadTypes;
import org.junit.jupiter.api.Test;

class DeclaredResourcesTest {
  /**
   * A type added to the adapters and not to the oracle would go unchecked in the real-world
   * fixtures; one removed from the adapters would be a finding the rules silently stop seeing.
   */
  @Test
  void theOracleCountsExactlyTheTypesTheAdaptersRead() {
    assertThat(DeclaredResources.READ_TYPES).isEqualTo(ReadTypes.ofAdapters());
  }
}
