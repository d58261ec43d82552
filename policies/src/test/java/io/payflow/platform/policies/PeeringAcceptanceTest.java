package io.payflow.platform.policies;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A peering carries traffic only once accepted: by its own auto_accept (one account, one region) or
 * by an aws_vpc_peering_connection_accepter. Without either, apply succeeds and the peering waits
 * in pending-acceptance for a week, then expires; the spoke never reaches the hub. It passed.
 */
class PeeringAcceptanceTest {
  @TempDir Path dir;

  /** The findings of PF-NET-012 and PF-INPUT-001 for two VPCs, a peering and {@code more}. */
  private List<String> findings(String peering, String more) throws Exception {
    String json =
        "{'resource': {'aws_vpc': {'hub': {'cidr_block': '10.0.0.0/16'}, 'spoke': {'cidr_block': '10.1.0.0/16'}},"
            + " 'aws_vpc_peering_connection': {'p': {'vpc_id': '${aws_vpc.spoke.id}', 'peer_vpc_id': '${aws_vpc.hub.id}'"
            + peering
            + "}}"
            + more
            + "}}";
    return InputCases.evaluate(InputCases.read(dir, "p.tf.json", json)).findings().stream()
        .filter(f -> f.ruleId().equals("PF-NET-012") || f.ruleId().equals("PF-INPUT-001"))
        .map(f -> f.ruleId() + " " + f.message())
        .toList();
  }

  @Test
  void aPeeringNothingAcceptsIsAFinding() throws Exception {
    assertThat(findings("", ""))
        .containsExactly(
            "PF-NET-012 peering aws_vpc_peering_connection.p is never accepted, so it carries no"
                + " traffic (it waits in pending-acceptance, then expires)");
    assertThat(findings(", 'auto_accept': false", ""))
        .containsExactly(
            "PF-NET-012 peering aws_vpc_peering_connection.p is never accepted, so it carries no"
                + " traffic (it waits in pending-acceptance, then expires)");
  }

  @Test
  void autoAcceptOrAnAccepterAcceptsIt() throws Exception {
    assertThat(findings(", 'auto_accept': true", "")).isEmpty();
    assertThat(
            findings(
                "",
                ", 'aws_vpc_peering_connection_accepter': {'hub': {'vpc_peering_connection_id':"
                    + " '${aws_vpc_peering_connection.p.id}', 'auto_accept': true}}"))
        .isEmpty();
  }

  /** An accepter that does not set auto_accept only manages the peering's options. */
  @Test
  void anAccepterWithoutAutoAcceptDoesNotAccept() throws Exception {
    assertThat(
            findings(
                "",
                ", 'aws_vpc_peering_connection_accepter': {'hub': {'vpc_peering_connection_id':"
                    + " '${aws_vpc_peering_connection.p.id}'}}"))
        .containsExactly(
            "PF-NET-012 peering aws_vpc_peering_connection.p is never accepted, so it carries no"
                + " traffic (it waits in pending-acceptance, then expires)");
  }

  @Test
  void whatOnlyApplyKnowsIsReportedNotAssumed() throws Exception {
    assertThat(findings(", 'auto_accept': '${var.accept}'", ""))
        .containsExactly(
            "PF-NET-012 peering aws_vpc_peering_connection.p: whether it is accepted is known only"
                + " after apply");
    assertThat(
            findings(
                "",
                ", 'aws_vpc_peering_connection_accepter': {'hub': {'vpc_peering_connection_id':"
                    + " '${var.peering_id}', 'auto_accept': true}}"))
        .containsExactly(
            "PF-INPUT-001 aws_vpc_peering_connection_accepter aws_vpc_peering_connection_accepter.hub"
                + " was not checked: comes from variable var.peering_id",
            "PF-NET-012 peering aws_vpc_peering_connection.p: whether it is accepted is known only"
                + " after apply");
  }
}
