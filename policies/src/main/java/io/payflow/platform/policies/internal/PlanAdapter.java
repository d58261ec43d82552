package io.payflow.platform.policies.internal;

import io.payflow.platform.policies.Input;
import io.payflow.platform.policies.InputException;
import io.payflow.platform.policies.InputKind;
import io.payflow.platform.topology.PricingCatalog;
import java.util.List;
import java.util.Map;

/** {@code terraform show -json} of a plan. Plans never show their backend. */
final class PlanAdapter implements InputAdapter {
  @Override
  public InputKind kind() {
    return InputKind.PLAN;
  }

  @Override
  public boolean accepts(InputFile file) {
    return file.planVersion() != null || (file.json() != null && PlanReader.looksLike(file.json()));
  }

  @Override
  public Input read(InputFile file) throws InputException {
    PlanReader.Result plan = PlanReader.read(file);
    TfStack stack =
        new TfStack(null, "", null, null, false, List.of(), Map.of(), Map.of(), plan.regions());
    var facts =
        Adapters.facts(
            file,
            () ->
                new TerraformFacts(
                        "plan",
                        List.of(stack),
                        plan.resources(),
                        plan.wiring(),
                        plan.evidence(),
                        PricingCatalog.bundled())
                    .updatedFrom(plan.updatedFrom())
                    .existingDatabases(plan.existingDatabases())
                    .deferred(plan.deferred())
                    .build());
    return Adapters.input(
        file,
        InputKind.PLAN,
        facts,
        SourceOrigins.of(List.of(stack), plan.resources()),
        plan.layout());
  }
}
