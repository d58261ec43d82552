package io.payflow.platform.cli.internal;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.payflow.platform.cli.Outcome;
import io.payflow.platform.cli.Renderer;
import java.io.PrintWriter;

/**
 * The stable machine format ({@code schema_version} 1): documented in the README, keys in a fixed
 * order, findings sorted.
 */
public final class JsonRenderer implements Renderer {
  private static final ObjectMapper JSON = ReportJson.mapper();

  @Override
  public void render(Outcome outcome, PrintWriter out) throws Exception {
    ObjectNode root = JSON.createObjectNode();
    root.put("schema_version", "1");
    root.put("tool", "payflow");
    ObjectNode summary = root.putObject("summary");
    summary.put("passed", !outcome.failed());
    summary.put("fail_on", outcome.failOn().label());
    summary.put("findings", outcome.findings().size());
    summary.put("waived", outcome.waived().size());
    ArrayNode inputs = root.putArray("inputs");
    outcome
        .inputs()
        .forEach(i -> inputs.addObject().put("file", i.name()).put("kind", i.kind().label()));
    write(root.putArray("findings"), outcome.findings());
    write(root.putArray("waived"), outcome.waived());
    ArrayNode expired = root.putArray("expired_waivers");
    outcome
        .expiredWaivers()
        .forEach(
            w ->
                expired
                    .addObject()
                    .put("rule", w.rule())
                    .put("address", w.address())
                    .put("expires", w.expires().toString()));
    out.println(JSON.writeValueAsString(root));
    out.flush();
  }

  private static void write(ArrayNode array, java.util.List<Outcome.Located> findings) {
    for (Outcome.Located located : findings) {
      var f = located.finding();
      ObjectNode node = array.addObject();
      node.put("rule_id", f.ruleId());
      node.put("severity", f.severity().label());
      node.put("title", f.title());
      node.put("input", located.input());
      node.put("file", located.file());
      node.put("line", located.line());
      node.put("column", located.column());
      if (located.foundIn() != null) {
        node.putObject("found_in")
            .put("file", located.foundIn().file())
            .put("line", located.foundIn().line())
            .put("column", located.foundIn().column());
      }
      node.put("address", f.address());
      node.put("environment", f.environment());
      node.put("message", f.message());
      node.put("remediation", f.remediation());
      if (located.waiverReason() != null) {
        node.put("waiver_reason", located.waiverReason());
      }
    }
  }
}
