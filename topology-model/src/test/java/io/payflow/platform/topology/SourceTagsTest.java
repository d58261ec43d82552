package io.payflow.platform.topology;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class SourceTagsTest {
  @ParameterizedTest
  @CsvSource({
    "environments[1].eks, environments.1.eks",
    "environments[0].vpc.subnets[12], environments.0.vpc.subnets.12",
    "environments[2].vpc.endpoints.interface_services[3], environments.2.vpc.endpoints.interface_services.3"
  })
  void pathsRoundTripThroughTagValues(String path, String tag) {
    assertThat(SourceTags.encode(path)).isEqualTo(tag);
    assertThat(SourceTags.decode(tag)).contains(path);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "Environments.1", "environments[1]", "a..b", ".a", "a.1.", "x;rm"})
  void valuesTheSynthesizerDoesNotWriteDecodeToNothing(String value) {
    assertThat(SourceTags.decode(value)).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"/etc/passwd", "../x.yaml", "a/../../x.yaml", "a//b.yaml", "a\nb", "a[1]"})
  void fileNamesThatLeaveTheRootOrCannotBeTagsAreRefused(String name) {
    assertThat(SourceTags.file(name)).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"examples/payflow.yaml", "topology.yaml", "infra/estate v2/topology.json"})
  void relativeNamesAreKept(String name) {
    assertThat(SourceTags.file(name)).isEqualTo(Optional.of(name));
  }

  @org.junit.jupiter.api.Test
  void onlyTopologyPathsAreEncoded() {
    assertThatThrownBy(() -> SourceTags.encode("environments[x]"))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
