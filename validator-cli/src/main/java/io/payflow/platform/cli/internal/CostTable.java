package io.payflow.platform.cli.internal;

import io.payflow.platform.topology.CostReport;
import io.payflow.platform.topology.EnvironmentCost;
import io.payflow.platform.topology.LineItem;
import io.payflow.platform.topology.Money;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.math.RoundingMode;

/** The cost breakdown as a text table, one block per environment, like Infracost's. */
final class CostTable {
  private CostTable() {}

  static void render(PrintWriter out, CostReport report) {
    for (EnvironmentCost env : report.environments()) {
      out.printf(
          "%s  (%d h/month%s)%n",
          env.environment(),
          env.hoursPerMonth(),
          env.budget().map(b -> ", budget " + b).orElse(""));
      out.printf("  %-60s %8s %6s %12s%n", "Resource", "Qty", "Hours", "Monthly");
      for (LineItem item : env.items()) {
        out.printf(
            "  %-60s %8s %6s %12s%n",
            truncate(item.description(), 60),
            item.quantity().toPlainString(),
            item.hours() == 0 ? "-" : String.valueOf(item.hours()),
            item.monthly().map(Money::toString).orElse("unpriced"));
      }
      out.printf("  %-60s %8s %6s %12s%s%n%n", "Total", "", "", env.total(), budgetNote(env));
    }
    out.printf(
        "Estate total: %s per month%s%n",
        report.total(),
        report.organisationBudget().map(b -> " (organisation budget " + b + ")").orElse(""));
    out.printf(
        "Sharing the hub saves %s per month: %s of hub services per spoke x %d spokes (NAT excluded: peering cannot share it).%n",
        report.sharing().monthlySaving(), report.sharing().perCopy(), report.sharing().spokes());
    out.printf(
        "Prices: catalog %s; data transfer is usage and is not included.%n",
        report.catalogVersion());
    out.flush();
  }

  private static String budgetNote(EnvironmentCost env) {
    if (env.budget().isEmpty() || env.budget().get().amount().signum() == 0) {
      return "";
    }
    BigDecimal share =
        env.total()
            .amount()
            .multiply(BigDecimal.valueOf(100))
            .divide(env.budget().get().amount(), 0, RoundingMode.HALF_UP);
    return "  " + share + "% of budget" + (env.overBudget() ? "  OVER BUDGET" : "");
  }

  private static String truncate(String text, int width) {
    return text.length() <= width ? text : text.substring(0, width - 1) + "…";
  }
}
