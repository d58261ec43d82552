package io.payflow.platform.policies.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Terraform addresses split at their separating dots only, as Terraform splits them. */
class AddressesTest {
  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '`',
      value = {
        "aws_vpc.v | aws_vpc,v",
        "data.aws_ami.x | data,aws_ami,x",
        "module.a[\"x\"].module.b[0].aws_vpc.v[1] | module,a[\"x\"],module,b[0],aws_vpc,v[1]",
        "module.a[\"x.y\"].aws_s3_bucket.b[\"k.\\\"q].\\\".z\"] | module,a[\"x.y\"],aws_s3_bucket,b[\"k.\\\"q].\\\".z\"]",
        "a[0][1].b | a[0][1],b",
        "end. | end,",
      })
  void segmentsSplitAtDotsOutsideKeysAndQuotes(String address, String expected) {
    assertThat(Addresses.segments(address)).isEqualTo(List.of(expected.split(",", -1)));
  }

  @Test
  void anAddressIsItsModuleInstanceAndItsConfiguredResource() {
    String address = "module.a[\"x\"].module.b[0].aws_vpc.v[1]";
    assertThat(Addresses.moduleInstance(address)).isEqualTo("module.a[\"x\"].module.b[0].");
    assertThat(Addresses.withoutInstanceKeys(address)).isEqualTo("module.a.module.b.aws_vpc.v");
    assertThat(Addresses.moduleInstance("aws_vpc.v")).isEmpty();
  }

  @ParameterizedTest(name = "[{0}]")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '`',
      value = {
        "v | v",
        "v[0] | v",
        "v[\"a[b]\"] | v",
        "v[0][1] | v",
        "`` | ``",
      })
  void aSegmentWithoutItsKeyIsWhatPrecedesTheFirstBracket(String segment, String expected) {
    assertThat(Addresses.withoutKey(segment)).isEqualTo(expected);
  }

  /** Addresses with and without module instances and keys, as each helper reads them. */
  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '`',
      value = {
        "aws_vpc.v | `` | `` | aws_vpc.v | false",
        "aws_vpc.v[1] | `` | [1] | aws_vpc.v | false",
        "data.aws_ami.x | `` | `` | data.aws_ami.x | true",
        "module.a.aws_vpc.v | module.a. | `` | module.a.aws_vpc.v | false",
        "module.a[\"k.x\"].data.aws_ami.x[\"y\"] | module.a[\"k.x\"]. | [\"y\"] | module.a.data.aws_ami.x | true",
        "modules.aws_vpc.v | `` | `` | modules.aws_vpc.v | false",
        "module.aws_vpc | `` | `` | module.aws_vpc | false",
      })
  void readsTheModuleInstanceTheKeyAndTheConfiguredAddress(
      String address, String scope, String key, String configured, boolean data) {
    assertThat(Addresses.moduleInstance(address)).isEqualTo(scope);
    assertThat(Addresses.instanceKey(address)).isEqualTo(key);
    assertThat(Addresses.withoutInstanceKeys(address)).isEqualTo(configured);
    assertThat(Addresses.isData(address)).isEqualTo(data);
  }
}
