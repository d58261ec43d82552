package io.payflow.platform.policies;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A plan marks a value inside a block known only after apply at the block's path without its index
 * ({@code "after_unknown": {"ingress": [{"cidr_blocks": true}]}}): such a value is unknown, never
 * the empty list or the default its place holds in {@code after}.
 */
class UnknownInBlocksTest {
  @TempDir Path dir;

  private static final String TAGS = "\"tags\": {\"Environment\": \"production\"}";

  private List<String> findings(String change, String... rules) throws Exception {
    return InputCases.planFindings(dir, change, rules);
  }

  private static String bastion(String rule, String unknown) {
    return PlanChanges.change(
        "aws_security_group.bastion",
        "aws_security_group",
        "{\"name\": \"bastion\", "
            + TAGS
            + ", \"ingress\": [{\"from_port\": 22, \"to_port\": 22, \"protocol\": \"tcp\", "
            + rule
            + "\"self\": false}]}",
        "{\"ingress\": [" + unknown + "]}");
  }

  @Test
  void sshToTheBastionFromRangesOnlyApplyKnowsIsFromAnywhere() throws Exception {
    assertThat(
            findings(
                bastion(
                    "\"ipv6_cidr_blocks\": [], \"prefix_list_ids\": [], \"security_groups\": [], ",
                    "{\"cidr_blocks\": true}"),
                "PF-NET-007"))
        .containsExactly(
            "PF-NET-007 aws_security_group.bastion.ingress[0] allows SSH from 0.0.0.0/0");
    assertThat(
            findings(
                bastion(
                    "\"cidr_blocks\": [\"198.51.100.0/24\"], \"prefix_list_ids\": [], "
                        + "\"security_groups\": [], ",
                    "{\"ipv6_cidr_blocks\": true}"),
                "PF-NET-007"))
        .containsExactly("PF-NET-007 aws_security_group.bastion.ingress[0] allows SSH from ::/0");
  }

  @Test
  void sshToTheBastionFromPrefixListsOnlyApplyKnowsCannotBeChecked() throws Exception {
    assertThat(
            findings(
                bastion(
                    "\"cidr_blocks\": [\"198.51.100.0/24\"], \"ipv6_cidr_blocks\": [], "
                        + "\"security_groups\": [], ",
                    "{\"prefix_list_ids\": true}"),
                "PF-NET-007"))
        .containsExactly(
            "PF-NET-007 aws_security_group.bastion.ingress[0] allows SSH from prefix list a prefix"
                + " list known only after apply, whose ranges the input does not hold, so it"
                + " cannot be checked");
  }

  @Test
  void aRuleWhoseRangesAreKnownStaysAsItIs() throws Exception {
    assertThat(
            findings(
                bastion(
                    "\"cidr_blocks\": [\"198.51.100.0/24\"], \"ipv6_cidr_blocks\": [], "
                        + "\"prefix_list_ids\": [], \"security_groups\": [], ",
                    "{}"),
                "PF-NET-007"))
        .isEmpty();
  }
}
