package io.payflow.platform.cli.internal;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.payflow.platform.topology.CostReport;
import io.payflow.platform.topology.EnvironmentCost;
import io.payflow.platform.topology.LineItem;
import java.io.PrintWriter;

/**
 * The cost breakdown as stable JSON: amounts as decimal strings with cents, keys in fixed order.
 */
final class CostJson {
  private static final ObjectMapper JSON = ReportJson.mapper();

  private CostJson() {}

  static void render(PrintWriter out, CostReport report) throws Exception {
    ObjectNode root = JSON.createObjectNode();
    root.put("catalog_version", report.catalogVersion());
    root.put("currency", "USD");
    root.put("total_monthly", report.total().rounded().toPlainString());
    report
        .organisationBudget()
        .ifPresent(b -> root.put("organisation_budget", b.rounded().toPlainString()));
    ArrayNode environments = root.putArray("environments");
    for (EnvironmentCost env : report.environments()) {
      ObjectNode e = environments.addObject();
      e.put("name", env.environment());
      e.put("hours_per_month", env.hoursPerMonth());
      env.budget().ifPresent(b -> e.put("budget", b.rounded().toPlainString()));
      e.put("total_monthly", env.total().rounded().toPlainString());
      e.put("over_budget", env.overBudget());
      ArrayNode items = e.putArray("items");
      for (LineItem item : env.items()) {
        ObjectNode i = items.addObject();
        i.put("address", item.address());
        i.put("description", item.description());
        i.put("price_key", item.priceKey());
        i.put("quantity", item.quantity().toPlainString());
        i.put("hours", item.hours());
        if (item.monthly().isPresent()) {
          i.put("monthly", item.monthly().get().rounded().toPlainString());
        } else {
          i.putNull("monthly");
        }
      }
    }
    ObjectNode sharing = root.putObject("hub_sharing");
    sharing.put("per_spoke", report.sharing().perCopy().rounded().toPlainString());
    sharing.put("spokes", report.sharing().spokes());
    sharing.put("monthly_saving", report.sharing().monthlySaving().rounded().toPlainString());
    out.println(JSON.writeValueAsString(root));
    out.flush();
  }
}
