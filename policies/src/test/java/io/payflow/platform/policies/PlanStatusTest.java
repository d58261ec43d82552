package io.payflow.platform.policies;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A plan Terraform stopped at an error ({@code "errored": true}, often with no resource_changes at
 * all) passed every rule: nothing in it to fail. A plan with changes Terraform deferred to a later
 * one ({@code "complete": false}, {@code deferred_changes}) passed on what it holds, and the
 * deferred resources were never read. The first is an input error; each deferred resource is
 * reported as not checked.
 */
class PlanStatusTest {
  @TempDir Path dir;

  private Input read(String json) throws Exception {
    Path file = Files.writeString(dir.resolve("plan.json"), json);
    return Inputs.read(file, "plan.json");
  }

  /** As Terraform's own test of an errored plan writes it (show-json/plan-error). */
  @Test
  void anErroredPlanIsAnInputErrorNotAPass() {
    assertThatThrownBy(
            () ->
                read(
                    "{\n  \"format_version\": \"1.2\",\n  \"planned_values\": {\"root_module\":"
                        + " {}},\n  \"prior_state\": {},\n  \"configuration\":"
                        + " {\"root_module\": {}},\n  \"errored\": true\n}\n"))
        .isInstanceOf(InputException.class)
        .hasMessage(
            "plan.json:6:14: errored: Terraform stopped this plan at an error, so its changes are"
                + " partial and it cannot be applied; fix the errors `terraform plan` reported and"
                + " make the plan again");
  }

  @Test
  void eachDeferredResourceIsReportedAsNotChecked() throws Exception {
    String json =
        "{\"format_version\": \"1.2\", \"complete\": false, \"applyable\": true,"
            + " \"resource_changes\": ["
            + PlanChanges.change(
                "aws_vpc.v", "aws_vpc", "{\"cidr_block\": \"10.1.0.0/16\"}", "{\"id\": true}")
            + "], \"deferred_changes\": [{\"reason\": \"instance_count_unknown\","
            + " \"resource_change\": {\"address\": \"aws_subnet.s\", \"mode\": \"managed\","
            + " \"type\": \"aws_subnet\", \"name\": \"s\", \"change\": {\"actions\": [\"create\"],"
            + " \"after\": null}}}, {\"reason\": \"deferred_prereq\", \"resource_change\":"
            + " {\"address\": \"data.aws_ami.a\", \"mode\": \"data\", \"type\": \"aws_ami\","
            + " \"name\": \"a\", \"change\": {\"actions\": [\"read\"]}}}]}";
    assertThat(InputCases.planJsonFindings(dir, json, "PF-INPUT-001"))
        .containsExactly(
            "PF-INPUT-001 aws_subnet aws_subnet.s was not checked: Terraform deferred it to a later"
                + " plan (reason: instance_count_unknown), so this plan does not say what it will"
                + " be (make the next plan, and check it)");
  }

  /** A deferred resource of a billed type is an unpriced line: a budget cannot pass without it. */
  @Test
  void aDeferredResourceOfABilledTypeIsUnpriced() throws Exception {
    Input input =
        read(
            "{\"format_version\": \"1.2\", \"complete\": false, \"resource_changes\": [],"
                + " \"deferred_changes\": [{\"reason\": \"instance_count_unknown\","
                + " \"resource_change\": {\"address\": \"aws_instance.app\", \"mode\":"
                + " \"managed\", \"type\": \"aws_instance\", \"name\": \"app\", \"change\":"
                + " {\"actions\": [\"create\"]}}}, {\"reason\": \"deferred_prereq\","
                + " \"resource_change\": {\"address\": \"aws_route.r\", \"mode\": \"managed\","
                + " \"type\": \"aws_route\", \"name\": \"r\", \"change\": {\"actions\":"
                + " [\"create\"]}}}]}");
    assertThat(input.facts().facts().costs())
        .extracting(Facts.Cost::description, Facts.Cost::monthlyUsd)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("aws_instance deferred to a later plan", null));
  }

  @Test
  void anIncompletePlanThatListsNoDeferredChangeIsAnInputError() {
    assertThatThrownBy(
            () ->
                read(
                    "{\"format_version\": \"1.2\", \"complete\": false, \"resource_changes\": []}"))
        .isInstanceOf(InputException.class)
        .hasMessageStartingWith("plan.json:1:")
        .hasMessageContaining(
            ": complete: false, and no deferred_changes: Terraform left part of this plan to a"
                + " later one and the file does not say which");
  }

  @Test
  void aCompleteOrUnsaidPlanIsReadAsBefore() throws Exception {
    String change =
        PlanChanges.change(
            "aws_vpc.v", "aws_vpc", "{\"cidr_block\": \"10.1.0.0/16\"}", "{\"id\": true}");
    for (String status : new String[] {"", "\"complete\": true, \"errored\": false, "}) {
      assertThat(
              read("{\"format_version\": \"1.2\", "
                      + status
                      + "\"resource_changes\": ["
                      + change
                      + "]}")
                  .facts()
                  .facts()
                  .unresolved())
          .isEmpty();
    }
  }
}
