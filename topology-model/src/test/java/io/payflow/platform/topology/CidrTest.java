package io.payflow.platform.topology;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CidrTest {
  @Test
  void parsesCanonicalBlock() {
    Cidr cidr = Cidr.parse("10.1.0.0/16");
    assertThat(cidr.toString()).isEqualTo("10.1.0.0/16");
    assertThat(cidr.prefix()).isEqualTo(16);
    assertThat(cidr.addressCount()).isEqualTo(65_536);
    assertThat(cidr.lastAddress()).isEqualTo("10.1.255.255");
  }

  @Test
  void refusesHostBitsAndNamesTheNetworkMeant() {
    assertThatThrownBy(() -> Cidr.parse("10.0.0.1/16"))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage(
            "cidr: '10.0.0.1/16' is not an IPv4 CIDR (host bits are set; the network address is 10.0.0.0/16, did you mean that?)");
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "10.0.0.0/33 | prefix must be 0-32",
        "10.0.0.0    | missing '/prefix'",
        "10.0.0/16   | the address must have four dot-separated octets",
        "10.0.0.256/24 | octet 256 is out of range (0-255)",
        "10.a.0.0/16 | octet 'a' is not a number 0-255",
        "10.0.0.0/-1 | prefix must be 0-32",
        "10.0.0.0/   | prefix must be 0-32"
      })
  void refusesMalformedText(String text, String why) {
    assertThatThrownBy(() -> Cidr.parse(text))
        .hasMessage("cidr: '" + text + "' is not an IPv4 CIDR (" + why + ")");
  }

  @Test
  void overlapCoversIdentityPartialAndContainment() {
    Cidr production = Cidr.parse("10.1.0.0/16");
    assertThat(production.overlaps(Cidr.parse("10.1.0.0/16"))).isTrue();
    assertThat(production.overlaps(Cidr.parse("10.1.128.0/17"))).isTrue();
    assertThat(production.contains(Cidr.parse("10.1.128.0/17"))).isTrue();
    assertThat(Cidr.parse("10.1.128.0/17").contains(production)).isFalse();
    assertThat(production.overlaps(Cidr.parse("10.2.0.0/16"))).isFalse();
    assertThat(Cidr.parse("10.0.0.0/8").overlaps(Cidr.parse("10.255.255.0/24"))).isTrue();
  }

  @Test
  void knowsRfc1918() {
    assertThat(Cidr.parse("10.2.0.0/16").isPrivate()).isTrue();
    assertThat(Cidr.parse("172.16.0.0/12").isPrivate()).isTrue();
    assertThat(Cidr.parse("172.32.0.0/16").isPrivate()).isFalse();
    assertThat(Cidr.parse("192.168.10.0/24").isPrivate()).isTrue();
    assertThat(Cidr.parse("100.64.0.0/16").isPrivate()).isFalse();
    assertThat(Cidr.parse("0.0.0.0/0").isPrivate()).isFalse();
  }

  @Test
  void splitsIntoConsecutiveBlocks() {
    assertThat(Cidr.parse("10.0.0.0/22").split(24))
        .extracting(Cidr::toString)
        .containsExactly("10.0.0.0/24", "10.0.1.0/24", "10.0.2.0/24", "10.0.3.0/24");
    assertThatThrownBy(() -> Cidr.parse("10.0.0.0/22").split(20))
        .hasMessage("prefix: 20 cannot split 10.0.0.0/22 (expected 22-32)");
  }

  @Test
  void containingClearsHostBits() {
    assertThat(Cidr.containing("10.1.77.5", 24)).isEqualTo(Cidr.parse("10.1.77.0/24"));
  }

  /** Fail closed: only the form Terraform and AWS accept reaches the rules, byte for byte. */
  @ParameterizedTest
  @org.junit.jupiter.params.provider.ValueSource(
      strings = {
        "010.1.0.0/16",
        " 10.1.0.0/16",
        "10.1.0.0/16\n",
        "10.1.0.0/16 ",
        "\u0661\u0660.1.0.0/16",
        "10.1.0.0/016",
        "10.1.0.0/\u0661\u0666",
        ""
      })
  void refusesEveryFormTerraformRefuses(String text) {
    assertThatThrownBy(() -> Cidr.parse(text))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageStartingWith("cidr: '")
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n").doesNotContain("\r"));
  }

  @Test
  void leadingZeroIsNamedWithTheFix() {
    assertThatThrownBy(() -> Cidr.parse("010.1.0.0/16"))
        .hasMessage(
            "cidr: '010.1.0.0/16' is not an IPv4 CIDR (octet '010' has a leading zero (Terraform and AWS refuse it; write 10))");
  }

  @Test
  void controlCharactersAreEscapedInTheMessage() {
    assertThatThrownBy(() -> Cidr.parse("10.1.0.0/16\n::error::x")).hasMessageContaining("\\u000a");
  }
}
