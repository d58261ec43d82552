package io.payflow.platform.topology;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** RDS Extended Support's price: the vCPUs a class has, and the year of support on a day. */
class PriceKeysTest {
  @ParameterizedTest
  @CsvSource(
      nullValues = "none",
      value = {
        "db.t2.micro, 1",
        "db.t2.small, 1",
        "db.t3.micro, 2",
        "db.t4g.medium, 2",
        "db.m5.large, 2",
        "db.r6g.xlarge, 4",
        "db.m5.4xlarge, 16",
        "DB.R5.24XLARGE, 96",
        "db.custom, none",
        "db.m5.metal, none",
        "db.m5.0xlarge, none",
        "m5.large, none",
      })
  void vcpusFromTheClassSize(String instanceClass, Integer vcpus) {
    assertThat(PriceKeys.rdsVcpus(instanceClass)).isEqualTo(vcpus);
  }

  @ParameterizedTest
  @CsvSource(
      nullValues = "none",
      value = {
        "2026-02-28, none",
        "2026-03-01, rds.extended_support.yr1_2",
        "2028-02-29, rds.extended_support.yr1_2",
        "2028-03-01, rds.extended_support.yr3",
        "2029-02-28, rds.extended_support.yr3",
        "2029-03-01, none",
      })
  void theYearOfExtendedSupportOnADay(LocalDate day, String key) {
    SupportCatalog.VersionSupport postgres13 =
        SupportCatalog.bundled().rds("postgres", "13.15").orElseThrow();
    assertThat(PriceKeys.rdsExtendedSupport(postgres13, day).orElse(null)).isEqualTo(key);
  }

  @ParameterizedTest(name = "Redis OSS 5 on {0}: {1}")
  @CsvSource(
      nullValues = "none",
      value = {
        "2026-01-31, none",
        "2026-02-01, elasticache.extended_support.yr1_2.cache.t4g.small",
        "2028-01-31, elasticache.extended_support.yr1_2.cache.t4g.small",
        "2028-02-01, elasticache.extended_support.yr3.cache.t4g.small",
        "2029-01-31, elasticache.extended_support.yr3.cache.t4g.small",
        "2029-02-01, none",
      })
  void theYearOfElastiCacheExtendedSupportOnADay(LocalDate day, String key) {
    SupportCatalog.VersionSupport redis5 =
        SupportCatalog.bundled().elasticache("redis", "5.0.6").orElseThrow();
    assertThat(PriceKeys.elasticacheExtendedSupport(redis5, day, "Cache.T4g.Small").orElse(null))
        .isEqualTo(key);
  }
}
