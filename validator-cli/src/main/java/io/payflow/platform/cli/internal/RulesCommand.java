package io.payflow.platform.cli.internal;

import io.payflow.platform.policies.PolicyEngine;
import io.payflow.platform.policies.Rule;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code payflow rules}: the catalog, from the rules' METADATA. */
@Command(name = "rules", description = "List the rules, from their Rego METADATA.")
final class RulesCommand implements Callable<Integer> {
  @Mixin CommonOptions common;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    for (Rule rule : PolicyEngine.builtInRules()) {
      out.printf("%-13s %-9s %s%n", rule.id(), rule.severity().label(), rule.title());
    }
    out.flush();
    return 0;
  }
}
