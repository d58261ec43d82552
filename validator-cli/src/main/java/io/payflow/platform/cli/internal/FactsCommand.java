package io.payflow.platform.cli.internal;

import io.payflow.platform.policies.FactsMerge;
import io.payflow.platform.policies.Input;
import java.nio.file.Path;
import java.util.ArrayList;
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

  @Override
  public Integer call() throws Exception {
    List<Input> inputs = new ArrayList<>();
    for (Path path : paths) {
      inputs.add(Validation.read(path));
    }
    String json =
        inputs.size() == 1
            ? inputs.get(0).facts().json()
            : FactsMerge.of(inputs.stream().map(Input::facts).toList()).facts().json();
    spec.commandLine().getOut().print(json);
    spec.commandLine().getOut().flush();
    return 0;
  }
}
