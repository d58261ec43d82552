package io.payflow.platform.policies.internal;

import io.payflow.platform.policies.Input;
import io.payflow.platform.policies.InputException;
import io.payflow.platform.policies.InputKind;
import io.payflow.platform.topology.PricingCatalog;
import java.util.List;

/** Terraform JSON configuration: a CDKTF {@code cdk.tf.json} or any {@code *.tf.json}. */
final class TerraformJsonAdapter implements InputAdapter {
  @Override
  public InputKind kind() {
    return InputKind.TERRAFORM_JSON;
  }

  @Override
  public boolean accepts(InputFile file) {
    return file.json() != null && TerraformJsonReader.looksLike(file.json());
  }

  @Override
  public Input read(InputFile file) throws InputException {
    java.util.Map<String, io.payflow.platform.policies.TopologyOrigin> origins =
        new java.util.HashMap<>();
    var facts =
        Adapters.facts(
            file,
            () -> {
              TerraformJsonReader.Result tf =
                  TerraformJsonReader.read(file.json(), "", null, List.of(), false);
              origins.putAll(SourceOrigins.of(List.of(tf.stack()), tf.resources()));
              return new TerraformFacts(
                      "terraform",
                      List.of(tf.stack()),
                      tf.resources(),
                      ModuleWiring.NONE,
                      PlanReader.Evidence.NONE,
                      PricingCatalog.bundled())
                  .build();
            });
    return Adapters.input(file, InputKind.TERRAFORM_JSON, facts, origins);
  }
}
