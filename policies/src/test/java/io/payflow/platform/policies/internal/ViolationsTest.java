package io.payflow.platform.policies.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.payflow.platform.policies.Finding;
import io.payflow.platform.policies.PolicyEvaluationException;
import org.junit.jupiter.api.Test;

/** A part's findings get their locations back from the numbers its input carried. */
class ViolationsTest {
  private static String result(String path) {
    return "[{\"result\": [{\"rule\": \"pf_net_001\", \"address\": \"aws_vpc.a\", \"message\": \"m\","
        + " \"environment\": \"production\", \"path\": "
        + path
        + "}]}]";
  }

  @Test
  void aNumberedLocationIsTheTablesAndAWrittenOneIsAsWritten() throws Exception {
    PathTable paths = new PathTable();
    paths.number("resource_changes[0]");
    paths.number("resource_changes[7]");
    RuleCatalog catalog = RuleCatalog.builtIn();

    assertThat(Violations.fromBuiltIn(result("1"), catalog, paths))
        .extracting(Finding::path)
        .containsExactly("resource_changes[7]");
    assertThat(Violations.fromBuiltIn(result("\"resource_changes[3]\""), catalog, paths))
        .extracting(Finding::path)
        .containsExactly("resource_changes[3]");
    assertThat(Violations.fromBuiltIn(result("\"\""), catalog, paths))
        .extracting(Finding::path)
        .containsExactly("");
    // Without a table a number is not a location the engine gave: it stays as the rule wrote it.
    assertThat(Violations.fromBuiltIn(result("1"), catalog))
        .extracting(Finding::path)
        .containsExactly("1");
  }

  @Test
  void aNumberTheInputNeverCarriedFailsTheEvaluation() {
    PathTable paths = new PathTable();
    paths.number("resource_changes[0]");
    assertThatThrownBy(() -> Violations.fromBuiltIn(result("2"), RuleCatalog.builtIn(), paths))
        .isInstanceOf(PolicyEvaluationException.class)
        .hasMessage(
            "built-in policy returned a violation at location #2, which its input never numbered");
  }
}
