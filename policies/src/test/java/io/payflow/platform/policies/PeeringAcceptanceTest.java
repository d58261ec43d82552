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

  /**
   * The provider refuses auto_accept beside a peer_region (a peering to another region is accepted
   * there, by an accepter); it passed as accepted. A region an expression sets may be empty.
   */
  @Test
  void autoAcceptBesideAPeerRegionIsRefused() throws Exception {
    assertThat(findings(", 'auto_accept': true, 'peer_region': 'eu-west-1'", ""))
        .containsExactly(
            "PF-NET-012 peering aws_vpc_peering_connection.p sets auto_accept beside a"
                + " peer_region: the AWS provider refuses it (a peering to another region is"
                + " accepted there, by an aws_vpc_peering_connection_accepter)");
    assertThat(findings(", 'auto_accept': true, 'peer_region': '${var.region}'", ""))
        .containsExactly(
            "PF-NET-012 peering aws_vpc_peering_connection.p: whether it is accepted is known only"
                + " after apply");
    assertThat(findings(", 'auto_accept': true, 'peer_region': ''", "")).isEmpty();
  }

  /**
   * AWS allows one peering between two VPCs. Two ended the evaluation in an error (exit 3, nothing
   * checked) as soon as the reachability rule asked for the peering between a bastion and a
   * cluster; now they are a finding.
   */
  @Test
  void twoPeeringsOfOnePairAreAFindingNotAnEvaluationError() throws Exception {
    String json =
        "{'resource': {'aws_vpc': {'hub': {'cidr_block': '10.0.0.0/16'}, 'spoke': {'cidr_block': '10.1.0.0/16'}},"
            + " 'aws_subnet': {'hs': {'vpc_id': '${aws_vpc.hub.id}', 'cidr_block': '10.0.0.0/24', 'availability_zone': 'us-east-1a'},"
            + " 'a': {'vpc_id': '${aws_vpc.spoke.id}', 'cidr_block': '10.1.0.0/24', 'availability_zone': 'us-east-1a'},"
            + " 'b': {'vpc_id': '${aws_vpc.spoke.id}', 'cidr_block': '10.1.1.0/24', 'availability_zone': 'us-east-1b'}},"
            + " 'aws_instance': {'bastion': {'ami': 'ami-1', 'instance_type': 't3.micro', 'subnet_id': '${aws_subnet.hs.id}', 'tags': {'Name': 'bastion'}}},"
            + " 'aws_eks_cluster': {'c': {'name': 'c', 'version': '1.35', 'vpc_config': {'subnet_ids': ['${aws_subnet.a.id}', '${aws_subnet.b.id}'],"
            + " 'endpoint_public_access': false, 'endpoint_private_access': true}}},"
            + " 'aws_vpc_peering_connection': {"
            + "'p1': {'vpc_id': '${aws_vpc.spoke.id}', 'peer_vpc_id': '${aws_vpc.hub.id}', 'auto_accept': true},"
            + " 'p2': {'vpc_id': '${aws_vpc.hub.id}', 'peer_vpc_id': '${aws_vpc.spoke.id}', 'auto_accept': true}}}}";
    assertThat(InputCases.evaluate(InputCases.read(dir, "two.tf.json", json)).findings())
        .filteredOn(f -> f.ruleId().equals("PF-NET-012"))
        .extracting(Finding::message)
        .containsExactly(
            "VPCs aws_vpc.hub and aws_vpc.spoke are peered 2 times (aws_vpc_peering_connection.p1,"
                + " aws_vpc_peering_connection.p2); AWS allows one peering between two VPCs");
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
