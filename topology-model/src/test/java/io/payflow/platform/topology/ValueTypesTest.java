package io.payflow.platform.topology;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class ValueTypesTest {
  @Test
  void zoneKnowsItsRegion() {
    assertThat(AvailabilityZone.of("us-east-1a").region()).isEqualTo("us-east-1");
    assertThat(AvailabilityZone.of("us-gov-west-1b").region()).isEqualTo("us-gov-west-1");
  }

  @Test
  void zonesAreEqualByName() {
    assertThat(AvailabilityZone.of("us-east-1a"))
        .isEqualTo(AvailabilityZone.of("us-east-1a"))
        .hasSameHashCodeAs(AvailabilityZone.of("us-east-1a"))
        .isNotEqualTo(AvailabilityZone.of("us-east-1b"))
        .isNotEqualTo("us-east-1a");
    assertThat(java.util.Set.of(AvailabilityZone.of("eu-west-1c")))
        .contains(AvailabilityZone.of("eu-west-1c"));
  }

  @Test
  void zoneRefusesARegion() {
    assertThatThrownBy(() -> AvailabilityZone.of("us-east-1"))
        .hasMessage(
            "availability_zone: 'us-east-1' is not an availability zone (expected a region and a letter, e.g. us-east-1a)");
  }

  @Test
  void moneyKeepsPrecisionAndRoundsForDisplay() {
    Money hourly = Money.usd("0.0104");
    Money month = hourly.times(730);
    assertThat(month.amount()).isEqualByComparingTo("7.592");
    assertThat(month.toString()).isEqualTo("$7.59");
    assertThat(month.plus(Money.usd("0.005")).rounded()).isEqualByComparingTo("7.60");
    assertThat(Money.usd("10").exceeds(Money.usd("9.99"))).isTrue();
    assertThat(Money.usd("1.50")).isEqualTo(Money.usd(new BigDecimal("1.5")));
  }

  @Test
  void moneyRefusesNegativeAndText() {
    assertThatThrownBy(() -> Money.usd("-1"))
        .hasMessage("amount: -1 is negative (expected 0 or more USD)");
    assertThatThrownBy(() -> Money.usd("lots"))
        .hasMessage("amount: 'lots' is not a number (expected USD, e.g. 175.50)");
  }

  @Test
  void literalCredentialNeverShowsItsValue() {
    Credential literal = Credential.literal("hunter2-Sup3rSecret");
    assertThat(literal.toString()).isEqualTo("literal:<redacted>").doesNotContain("hunter2");
    assertThat(new Database("db", "postgres", "16", "db.t3.micro", false, 20, literal).toString())
        .doesNotContain("hunter2");
  }

  @Test
  void credentialChecksItsShape() {
    assertThatThrownBy(() -> new Credential(CredentialSource.SECRETS_MANAGER, null, null))
        .hasMessage("secret: is required and must not be blank");
    assertThatThrownBy(() -> new Credential(CredentialSource.MANAGED, null, "x"))
        .hasMessage(
            "value: must be absent when source is managed (RDS creates and rotates the secret)");
    assertThatThrownBy(() -> new Credential(CredentialSource.LITERAL, null, null))
        .hasMessage("value: is required when source is literal");
  }

  @Test
  void nodeGroupChecksSizes() {
    assertThatThrownBy(() -> new NodeGroup("n", "t3.medium", 5, 1, 3, CapacityType.SPOT, null))
        .hasMessage("desired_size: 5 is outside min_size..max_size (1..3)");
  }

  @Test
  void singleNodeCacheCannotBeMultiAz() {
    assertThatThrownBy(() -> new Cache("c", "cache.t3.micro", 1, true, true, Credential.managed()))
        .hasMessage("nodes: 1 node cannot be multi-AZ (expected 2 or more with multi_az: true)");
  }
}
