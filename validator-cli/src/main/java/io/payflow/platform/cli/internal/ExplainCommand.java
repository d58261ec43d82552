package io.payflow.platform.cli.internal;

import io.payflow.platform.policies.PolicyEngine;
import io.payflow.platform.policies.Rule;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code payflow explain RULE-ID}: one rule's metadata in full. */
@Command(
    name = "explain",
    description = "Explain one rule: what it checks, why, and how to fix it.")
final class ExplainCommand implements Callable<Integer> {
  @Mixin CommonOptions common;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Parameters(paramLabel = "RULE-ID", description = "A rule id such as PF-NET-001.")
  String id;

  @Override
  public Integer call() throws Exception {
    Rule rule =
        PolicyEngine.builtInRules().stream()
            .filter(r -> r.id().equalsIgnoreCase(id))
            .findFirst()
            .orElseThrow(
                () -> new UserError("unknown rule '" + id + "' (payflow rules lists them)", null));
    PrintWriter out = spec.commandLine().getOut();
    out.println(rule.id() + "  " + rule.title());
    out.println("severity:    " + rule.severity().label());
    out.println();
    out.println(rule.description());
    out.println();
    out.println("remediation: " + rule.remediation());
    rule.references().forEach(ref -> out.println("reference:   " + ref));
    out.println("source:      policies/src/main/rego/" + rule.source());
    out.flush();
    return 0;
  }
}
