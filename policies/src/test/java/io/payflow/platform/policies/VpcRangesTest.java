package io.payflow.platform.policies;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A VPC's ranges as AWS gives them: its primary CIDR and the secondary ones that {@code
 * aws_vpc_ipv4_cidr_block_association} adds (EKS pods in 100.64.0.0/10 are the common case). Each
 * test lists every finding its input raises, so a range that is dropped or a subnet that is judged
 * against the primary range alone shows up as a finding too many or too few.
 */
class VpcRangesTest {
  @TempDir Path dir;

  private Report evaluate(String name, String json) throws Exception {
    return InputCases.evaluate(InputCases.read(dir, name, json));
  }

  private static String findings(Report report) {
    return InputCases.lines(report);
  }

  private static final String TWO_VPCS =
      "'aws_vpc': {'hub': {'cidr_block': '10.0.0.0/16'}, 'prod': {'cidr_block': '10.1.0.0/16'}}";

  /**
   * A secondary range that overlaps another VPC is an overlap; a subnet in a secondary range lies
   * inside its VPC; a secondary range outside RFC 1918 is named as the primary one would be.
   */
  @Test
  void secondaryRangesCountForOverlapContainmentAndPrivacy() throws Exception {
    Report report =
        evaluate(
            "ranges.tf.json",
            "{'resource': {"
                + TWO_VPCS
                + ", 'aws_vpc_ipv4_cidr_block_association': {"
                + "'extra': {'vpc_id': '${aws_vpc.hub.id}', 'cidr_block': '10.1.0.0/16'},"
                + "'pods': {'vpc_id': '${aws_vpc.prod.id}', 'cidr_block': '100.64.0.0/16'}},"
                + "'aws_subnet': {"
                + "'pods': {'vpc_id': '${aws_vpc.prod.id}', 'cidr_block': '100.64.0.0/20', 'availability_zone': 'us-east-1a'},"
                + "'stray': {'vpc_id': '${aws_vpc.prod.id}', 'cidr_block': '100.65.0.0/20', 'availability_zone': 'us-east-1a'}}"
                + "}}");
    assertThat(findings(report))
        .isEqualTo(
            """
            PF-NET-002 subnet aws_subnet.stray (100.65.0.0/20) is outside VPC aws_vpc.prod (10.1.0.0/16, 100.64.0.0/16)
            PF-NET-001 VPC aws_vpc.prod (10.1.0.0/16) overlaps VPC aws_vpc.hub (10.1.0.0/16, added by aws_vpc_ipv4_cidr_block_association.extra)
            PF-NET-004 VPC aws_vpc.prod uses 100.64.0.0/16 (added by aws_vpc_ipv4_cidr_block_association.pods), which is not a private (RFC 1918) range
            """);
  }

  /** AWS refuses a secondary range that overlaps one the VPC already has: apply would fail. */
  @Test
  void aSecondaryRangeOverlappingItsOwnVpcIsRefusedAsAwsWould() throws Exception {
    Report report =
        evaluate(
            "own.tf.json",
            "{'resource': {"
                + TWO_VPCS
                + ", 'aws_vpc_ipv4_cidr_block_association': {"
                + "'half': {'vpc_id': '${aws_vpc.hub.id}', 'cidr_block': '10.0.128.0/17'}}}}");
    assertThat(findings(report))
        .isEqualTo(
            """
            PF-NET-001 VPC aws_vpc.hub: its range 10.0.128.0/17 (added by aws_vpc_ipv4_cidr_block_association.half) overlaps its range 10.0.0.0/16, and AWS refuses to associate it
            """);
  }

  /**
   * A secondary range only apply knows (an expression, an IPAM pool) is reported, and a subnet
   * outside the ranges that are known is not taken as inside: it may lie in the unknown one.
   */
  @Test
  void aSecondaryRangeKnownOnlyAfterApplyIsReportedNotAssumed() throws Exception {
    Report report =
        evaluate(
            "unknown.tf.json",
            "{'resource': {"
                + TWO_VPCS
                + ", 'aws_vpc_ipv4_cidr_block_association': {"
                + "'pods': {'vpc_id': '${aws_vpc.prod.id}', 'cidr_block': '${var.pods_cidr}'}},"
                + "'aws_subnet': {"
                + "'pods': {'vpc_id': '${aws_vpc.prod.id}', 'cidr_block': '100.64.0.0/20', 'availability_zone': 'us-east-1a'}}"
                + "}}");
    assertThat(findings(report))
        .isEqualTo(
            """
            PF-NET-002 subnet aws_subnet.pods (100.64.0.0/20) is outside VPC aws_vpc.prod (10.1.0.0/16), unless it lies in the range aws_vpc_ipv4_cidr_block_association.pods adds, which is known only after apply
            PF-NET-001 VPC aws_vpc.prod: the range aws_vpc_ipv4_cidr_block_association.pods adds is unknown until apply; overlap cannot be checked
            """);
  }

  /** An association whose VPC cannot be linked is not checked, and says so. */
  @Test
  void anAssociationWhoseVpcCannotBeLinkedIsUnresolved() throws Exception {
    Report report =
        evaluate(
            "unlinked.tf.json",
            "{'resource': {"
                + TWO_VPCS
                + ", 'aws_vpc_ipv4_cidr_block_association': {"
                + "'pods': {'vpc_id': '${var.vpc_id}', 'cidr_block': '10.1.0.0/16'}}}}");
    assertThat(report.findings())
        .extracting(Finding::ruleId, Finding::address)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                "PF-INPUT-001", "aws_vpc_ipv4_cidr_block_association.pods"));
  }

  /**
   * A subnet or an association on a VPC that is itself not checked (its count is a variable) is not
   * checked either, and says why; before, the subnet ended the run in an internal error.
   */
  @Test
  void resourcesOfAVpcThatIsNotCheckedAreUnresolvedNotACrash() throws Exception {
    Report report =
        evaluate(
            "counted.tf.json",
            "{'resource': {"
                + "'aws_vpc': {'many': {'count': '${var.n}', 'cidr_block': '10.5.0.0/16'}},"
                + "'aws_vpc_ipv4_cidr_block_association': {"
                + "'pods': {'vpc_id': '${aws_vpc.many[0].id}', 'cidr_block': '100.64.0.0/16'}},"
                + "'aws_subnet': {"
                + "'b': {'vpc_id': '${aws_vpc.many[0].id}', 'cidr_block': '10.5.1.0/24', 'availability_zone': 'us-east-1a'}}"
                + "}}");
    assertThat(findings(report))
        .isEqualTo(
            """
            PF-INPUT-001 aws_subnet aws_subnet.b was not checked: its VPC aws_vpc.many is not checked itself, so the subnet cannot be placed
            PF-INPUT-001 aws_vpc aws_vpc.many was not checked: count is set by an expression, so how many there are is known only at plan (check the plan)
            PF-INPUT-001 aws_vpc_ipv4_cidr_block_association aws_vpc_ipv4_cidr_block_association.pods was not checked: its VPC aws_vpc.many is not checked itself, so the range cannot be placed
            """);
  }

  /**
   * In a plan, an association of a VPC created in the same plan has its vpc_id known only after
   * apply; the configuration says which VPC it is, as for a subnet.
   */
  @Test
  void aPlansAssociationIsLinkedThroughTheConfiguration() throws Exception {
    Report report =
        evaluate(
            "p.json",
            "{'format_version': '1.2', 'terraform_version': '1.9.8', 'resource_changes': ["
                + "{'address': 'aws_vpc.hub', 'mode': 'managed', 'type': 'aws_vpc', 'name': 'hub',"
                + " 'change': {'actions': ['create'], 'after': {'cidr_block': '10.0.0.0/16'}, 'after_unknown': {'id': true}}},"
                + "{'address': 'aws_vpc.prod', 'mode': 'managed', 'type': 'aws_vpc', 'name': 'prod',"
                + " 'change': {'actions': ['create'], 'after': {'cidr_block': '10.1.0.0/16'}, 'after_unknown': {'id': true}}},"
                + "{'address': 'aws_vpc_ipv4_cidr_block_association.extra', 'mode': 'managed',"
                + " 'type': 'aws_vpc_ipv4_cidr_block_association', 'name': 'extra',"
                + " 'change': {'actions': ['create'], 'after': {'cidr_block': '10.1.128.0/17'},"
                + " 'after_unknown': {'id': true, 'vpc_id': true}}}],"
                + "'configuration': {'root_module': {'resources': ["
                + "{'address': 'aws_vpc_ipv4_cidr_block_association.extra', 'mode': 'managed',"
                + " 'type': 'aws_vpc_ipv4_cidr_block_association',"
                + " 'expressions': {'vpc_id': {'references': ['aws_vpc.hub.id', 'aws_vpc.hub']}}}]}}}");
    assertThat(findings(report))
        .isEqualTo(
            """
            PF-NET-001 VPC aws_vpc.prod (10.1.0.0/16) overlaps VPC aws_vpc.hub (10.1.128.0/17, added by aws_vpc_ipv4_cidr_block_association.extra)
            """);
  }
}
