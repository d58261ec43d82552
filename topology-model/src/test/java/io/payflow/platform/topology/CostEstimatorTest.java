package io.payflow.platform.topology;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CostEstimatorTest {
  /** Support windows are judged on a pinned day, so the figures hold whatever day tests run. */
  static final java.time.LocalDate TODAY = java.time.LocalDate.parse("2026-11-27");

  private static final Path GOLDEN =
      Reference.locate("topology-model/src/test/resources/golden/reference-cost.txt");

  private final CostReport report =
      new CostEstimator(PricingCatalog.bundled(), SupportCatalog.bundled(), TODAY)
          .estimate(Reference.load());

  private Money total(String environment) {
    return report.environment(environment).orElseThrow().total();
  }

  @Test
  void pinsEachEnvironmentOfTheReferenceEstate() {
    // Seed: hub ~175, production ~305, development ~50 (README explains the differences).
    assertThat(total("hub").rounded()).isEqualByComparingTo("190.97");
    assertThat(total("production").rounded()).isEqualByComparingTo("328.44");
    assertThat(total("development").rounded()).isEqualByComparingTo("52.46");
    assertThat(report.total().rounded()).isEqualByComparingTo("571.87");
  }

  @Test
  void developmentScalesToZeroOutsideWorkingHours() {
    EnvironmentCost development = report.environment("development").orElseThrow();
    LineItem controlPlane =
        development.items().stream()
            .filter(i -> i.priceKey().equals(PriceKeys.EKS_CLUSTER))
            .findFirst()
            .orElseThrow();
    assertThat(controlPlane.hours()).isEqualTo(200);
    assertThat(controlPlane.monthly()).contains(Money.usd("20"));
    // Storage is billed all month: the database's data outlives the nightly teardown.
    LineItem storage =
        development.items().stream()
            .filter(i -> i.priceKey().equals(PriceKeys.RDS_STORAGE))
            .findFirst()
            .orElseThrow();
    assertThat(storage.monthly()).contains(Money.usd("2.30"));
  }

  @Test
  void pinsTheHubSaving() {
    HubSharing sharing = report.sharing();
    assertThat(sharing.spokes()).isEqualTo(2);
    assertThat(sharing.sharedServices())
        .extracting(LineItem::priceKey)
        .doesNotContain(PriceKeys.NAT_GATEWAY, PriceKeys.INTERFACE_ENDPOINT, PriceKeys.SECRET);
    assertThat(sharing.perCopy().rounded()).isEqualByComparingTo("122.87");
    assertThat(sharing.monthlySaving().rounded()).isEqualByComparingTo("245.75");
  }

  @Test
  void everyReferenceResourceIsPricedAndWithinBudget() {
    for (EnvironmentCost environment : report.environments()) {
      assertThat(environment.unpriced()).as(environment.environment()).isEmpty();
      assertThat(environment.overBudget()).as(environment.environment()).isFalse();
    }
  }

  @Test
  void anInstanceTypeMissingFromTheCatalogIsUnpricedNotFree() throws Exception {
    Topology topology =
        TopologyLoader.parse(
            Reference.text().replace("instance_type: t3.micro", "instance_type: x9.mega"),
            "t.yaml");
    EnvironmentCost hub =
        new CostEstimator(PricingCatalog.bundled(), SupportCatalog.bundled(), TODAY)
            .estimate(topology)
            .environment("hub")
            .orElseThrow();
    assertThat(hub.unpriced())
        .singleElement()
        .satisfies(
            item -> {
              assertThat(item.priceKey()).isEqualTo("ec2.on_demand.x9.mega");
              assertThat(item.monthly()).isEqualTo(Optional.empty());
            });
  }

  @Test
  void catalogCitesASourceForEveryPrice() {
    PricingCatalog catalog = PricingCatalog.bundled();
    assertThat(catalog.region()).isEqualTo("us-east-1");
    assertThat(catalog.prices().values())
        .allSatisfy(price -> assertThat(price.source()).startsWith("https://aws.amazon.com/"));
    assertThat(catalog.price(PriceKeys.EKS_CLUSTER).orElseThrow().usd())
        .isEqualTo(Money.usd("0.10"));
    assertThat(catalog.price(PriceKeys.NAT_GATEWAY).orElseThrow().usd())
        .isEqualTo(Money.usd("0.045"));
  }

  @Test
  void costTableMatchesTheGoldenFile() throws IOException {
    String table = table(report);
    if (Boolean.getBoolean("payflow.updateGolden")) {
      Files.writeString(GOLDEN, table);
    }
    assertThat(table).isEqualTo(Files.readString(GOLDEN));
  }

  private static String table(CostReport report) {
    StringBuilder out = new StringBuilder();
    for (EnvironmentCost env : report.environments()) {
      out.append(env.environment()).append(" (").append(env.hoursPerMonth()).append(" h/month)\n");
      for (LineItem item : env.items()) {
        out.append(
            String.format(
                "  %-58s %-34s %6s x %3d h  %10s%n",
                item.description(),
                item.priceKey(),
                item.quantity().toPlainString(),
                item.hours(),
                item.monthly().map(Money::toString).orElse("unpriced")));
      }
      out.append(String.format("  %-58s %68s%n", "total", env.total()));
    }
    out.append(
        String.format(
            "hub sharing saves %s per month (%s per spoke x %d)%n",
            report.sharing().monthlySaving(),
            report.sharing().perCopy(),
            report.sharing().spokes()));
    return out.toString();
  }

  @org.junit.jupiter.api.Test
  void aVersionInExtendedSupportIsBilledAtTheExtendedPrice() {
    CostReport later =
        new CostEstimator(
                PricingCatalog.bundled(),
                SupportCatalog.bundled(),
                java.time.LocalDate.parse("2027-04-01"))
            .estimate(Reference.load());
    EnvironmentCost hub = later.environments().get(0);
    org.assertj.core.api.Assertions.assertThat(hub.items())
        .filteredOn(i -> i.priceKey().equals(PriceKeys.EKS_CLUSTER_EXTENDED))
        .singleElement()
        .satisfies(
            i -> {
              org.assertj.core.api.Assertions.assertThat(i.description())
                  .isEqualTo("EKS control plane payflow-monitoring (1.35, extended support)");
              org.assertj.core.api.Assertions.assertThat(i.monthly().orElseThrow().amount())
                  .isEqualByComparingTo("438.00");
            });
  }

  @org.junit.jupiter.api.Test
  void theSupportCatalogDatesEachPhase() {
    SupportCatalog.VersionSupport v131 = SupportCatalog.bundled().eks("1.31").orElseThrow();
    org.assertj.core.api.Assertions.assertThat(
            v131.phaseOn(java.time.LocalDate.parse("2025-11-26")))
        .isEqualTo(SupportCatalog.Phase.STANDARD);
    org.assertj.core.api.Assertions.assertThat(
            v131.phaseOn(java.time.LocalDate.parse("2025-11-27")))
        .isEqualTo(SupportCatalog.Phase.EXTENDED);
    org.assertj.core.api.Assertions.assertThat(
            v131.phaseOn(java.time.LocalDate.parse("2026-11-27")))
        .isEqualTo(SupportCatalog.Phase.UNSUPPORTED);
    org.assertj.core.api.Assertions.assertThat(SupportCatalog.bundled().eksDefault())
        .isEqualTo("1.35");
  }
}
