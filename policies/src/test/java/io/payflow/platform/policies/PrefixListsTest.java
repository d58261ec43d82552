package io.payflow.platform.policies;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * SSH admitted from a managed prefix list was read as admitted from nothing: the bastion's rule
 * passed PF-NET-007 whatever the list holds (0.0.0.0/0 included). A prefix list's ranges are not in
 * the input, so such a rule is a finding that says it cannot be checked.
 */
class PrefixListsTest {
  @TempDir Path dir;

  private static final String BASTION =
      "'aws_vpc': {'hub': {'cidr_block': '10.0.0.0/16'}},"
          + " 'aws_security_group': {'bastion': {'name': 'bastion', 'vpc_id': '${aws_vpc.hub.id}'"
          + "%s}},"
          + " 'aws_ec2_managed_prefix_list': {'admins': {'name': 'admins', 'max_entries': 5,"
          + " 'address_family': 'IPv4', 'entry': [{'cidr': '203.0.113.0/24'}]},"
          + " 'open': {'name': 'open', 'max_entries': 5, 'address_family': 'IPv4',"
          + " 'entry': [{'cidr': '0.0.0.0/0'}]},"
          + " 'v6': {'name': 'v6', 'max_entries': 5, 'address_family': 'IPv6',"
          + " 'entry': [{'cidr': '2001:db8::/32'}]}}";

  private List<String> findings(String inline, String more) throws Exception {
    return InputCases.findings(dir, "hub", String.format(BASTION, inline) + more, "PF-NET-007")
        .stream()
        .map(line -> line.substring("PF-NET-007 ".length()))
        .sorted()
        .toList();
  }

  private static String inline(String port, String lists) {
    return ", 'ingress': [{'from_port': "
        + port
        + ", 'to_port': "
        + port
        + ", 'protocol': 'tcp', 'prefix_list_ids': "
        + lists
        + ", 'cidr_blocks': [], 'ipv6_cidr_blocks': [], 'security_groups': [], 'self': false,"
        + " 'description': 'x'}]";
  }

  @Test
  void sshFromAPrefixListIsAFindingInEveryWayARuleIsWritten() throws Exception {
    assertThat(
            findings(
                inline("22", "['pl-0123456789abcdef0']"),
                ", 'aws_security_group_rule': {'ssh': {'type': 'ingress', 'security_group_id':"
                    + " '${aws_security_group.bastion.id}', 'from_port': 22, 'to_port': 22,"
                    + " 'protocol': 'tcp', 'prefix_list_ids':"
                    + " ['${aws_ec2_managed_prefix_list.v6.id}']}},"
                    + " 'aws_vpc_security_group_ingress_rule': {'ssh': {'security_group_id':"
                    + " '${aws_security_group.bastion.id}', 'from_port': 22, 'to_port': 22,"
                    + " 'ip_protocol': 'tcp', 'prefix_list_id': '${var.admins}'}}"))
        .containsExactly(
            "aws_security_group.bastion.ingress[0] allows SSH from prefix list"
                + " pl-0123456789abcdef0, whose ranges the input does not hold, so it cannot be"
                + " checked",
            "aws_security_group_rule.ssh allows SSH from prefix list"
                + " aws_ec2_managed_prefix_list.v6, whose ranges the input does not hold, so it"
                + " cannot be checked",
            "aws_vpc_security_group_ingress_rule.ssh allows SSH from prefix list a prefix list"
                + " known only after apply, whose ranges the input does not hold, so it cannot be"
                + " checked");
  }

  /**
   * A list the input defines with literal IPv4 entries admits those ranges, unless an entry
   * resource anywhere could add to it.
   */
  @Test
  void aPrefixListOfTheInputAdmitsItsEntries() throws Exception {
    String rule =
        ", 'aws_vpc_security_group_ingress_rule': {'ssh': {'security_group_id':"
            + " '${aws_security_group.bastion.id}', 'from_port': 22, 'to_port': 22,"
            + " 'ip_protocol': 'tcp', 'prefix_list_id': '${aws_ec2_managed_prefix_list.%s.id}'}}";
    assertThat(findings("", String.format(rule, "admins"))).isEmpty();
    assertThat(findings("", String.format(rule, "open")))
        .containsExactly("aws_vpc_security_group_ingress_rule.ssh allows SSH from 0.0.0.0/0");
    assertThat(
            findings(
                "",
                String.format(rule, "admins")
                    + ", 'aws_ec2_managed_prefix_list_entry': {'more': {'cidr': '0.0.0.0/0',"
                    + " 'prefix_list_id': '${aws_ec2_managed_prefix_list.admins.id}'}}"))
        .containsExactly(
            "aws_vpc_security_group_ingress_rule.ssh allows SSH from prefix list"
                + " aws_ec2_managed_prefix_list.admins, whose ranges the input does not hold, so it"
                + " cannot be checked");
  }

  /**
   * In a plan, a list already applied is named by its ID, and linked to by it: its entries count.
   */
  @Test
  void aPlannedRuleNamingAnAppliedListOfTheInputByItsIdAdmitsItsEntries() throws Exception {
    String plan =
        "{'format_version': '1.2', 'resource_changes': ["
            + PlanChanges.change(
                "aws_ec2_managed_prefix_list.admins",
                "aws_ec2_managed_prefix_list",
                "{'id': 'pl-0123456789abcdef0', 'name': 'admins', 'address_family': 'IPv4',"
                    + " 'max_entries': 5, 'entry': [{'cidr': '203.0.113.0/24', 'description':"
                    + " ''}]}",
                "{}")
            + ", "
            + PlanChanges.change(
                "aws_security_group.bastion",
                "aws_security_group",
                "{'name': 'bastion', 'ingress': [{'from_port': 22, 'to_port': 22, 'protocol':"
                    + " 'tcp', 'prefix_list_ids': ['pl-0123456789abcdef0'], 'cidr_blocks': [],"
                    + " 'ipv6_cidr_blocks': [], 'security_groups': [], 'self': false,"
                    + " 'description': 'ssh'}]}",
                "{'id': true, 'vpc_id': true}")
            + "]}";
    assertThat(
            InputCases.evaluate(InputCases.read(dir, "plan.json", plan)).findings().stream()
                .filter(f -> f.ruleId().equals("PF-NET-007"))
                .map(Finding::message))
        .isEmpty();
  }

  @Test
  void httpsFromAPrefixListOrSshFromAdminRangesPass() throws Exception {
    assertThat(
            findings(
                inline("443", "['pl-0123456789abcdef0']"),
                ", 'aws_vpc_security_group_ingress_rule': {'ssh': {'security_group_id':"
                    + " '${aws_security_group.bastion.id}', 'from_port': 22, 'to_port': 22,"
                    + " 'ip_protocol': 'tcp', 'cidr_ipv4': '203.0.113.0/24'}}"))
        .isEmpty();
  }

  @Test
  void aPrefixListOfAnotherShapeIsAnInputError() {
    assertThatThrownBy(() -> findings(inline("22", "'pl-0123456789abcdef0'"), ""))
        .isInstanceOf(InputException.class)
        .hasMessageContaining(
            "resource.aws_security_group.bastion.ingress[0].prefix_list_ids: expected a list of"
                + " prefix list IDs");
    assertThatThrownBy(() -> findings(inline("22", "['not-a-list-id']"), ""))
        .isInstanceOf(InputException.class)
        .hasMessageContaining(
            "resource.aws_security_group.bastion.ingress[0].prefix_list_ids[0]: expected a prefix"
                + " list ID such as pl-0123456789abcdef0");
  }
}
