package io.payflow.platform.cli.internal;

import io.payflow.platform.policies.FactsDocument;
import io.payflow.platform.policies.FactsMerge;
import io.payflow.platform.policies.Input;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/**
 * {@code payflow facts PATH...}: the facts document the rules read, for writing your own rules (opa
 * eval -i) and for debugging an adapter. Several Terraform inputs are merged as validate does.
 */
@Command(
    name = "facts",
    description = "Print the normalized facts document the rules read (schema: facts.schema.json).")
final class FactsCommand implements Callable<Integer> {
  @Mixin CommonOptions common;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Parameters(paramLabel = "PATH", arity = "1..*", description = "Inputs, as for validate.")
  List<Path> paths;

  @CommandLine.Option(
      names = "--coverage",
      description =
          "Instead of the facts, a table: per resource type the rules read, how many the inputs"
              + " declare, how many became facts and how many are unresolved (and why).")
  boolean coverage;

  @Override
  public Integer call() throws Exception {
    List<Input> inputs = InputPaths.readAll(paths, p -> {});
    FactsDocument facts =
        inputs.size() == 1 ? inputs.get(0).facts() : FactsMerge.of(inputs).facts();
    PrintWriter out = spec.commandLine().getOut();
    if (coverage) {
      out.print(CoverageTable.render(facts.facts()));
    } else {
      out.print(facts.json());
    }
    out.flush();
    return 0;
  }
}
