package io.payflow.platform.policies;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A stack copied to another region keeps its subnets' zones: us-east-1a under a provider in
 * us-west-2 passed every rule, and AWS refuses the subnet at apply. The provider's region is read
 * where the input gives it as a value (a Terraform JSON provider block, a plan's provider
 * configuration or the root variable it names), and PF-APPLY-003 judges the zones.
 */
class ZoneInRegionTest {
  @TempDir Path dir;

  private static final String VPC = "'aws_vpc': {'v': {'cidr_block': '10.1.0.0/16'}}";

  private static String subnet(String name, String cidr, String zone, String more) {
    return "'"
        + name
        + "': {'vpc_id': '${aws_vpc.v.id}', 'cidr_block': '"
        + cidr
        + "', 'availability_zone': '"
        + zone
        + "'"
        + more
        + "}";
  }

  private List<String> terraformJson(String region, String subnets) throws Exception {
    String json =
        "{'provider': {'aws': [{'region': '"
            + region
            + "'}, {'alias': 'east', 'region': 'us-east-1'}]}, 'resource': {"
            + VPC
            + ", 'aws_subnet': {"
            + subnets
            + "}}}";
    return InputCases.evaluate(InputCases.read(dir, "main.tf.json", json)).findings().stream()
        .filter(f -> f.ruleId().equals("PF-APPLY-003"))
        .map(Finding::message)
        .sorted()
        .toList();
  }

  /**
   * A subnet of an aliased provider was not judged at all (its region was not read): one in
   * us-west-2a under a provider in us-east-1 passed. The alias is followed now.
   */
  @Test
  void aZoneOfAnotherRegionIsReportedAndAnAliasedProvidersRegionIsFollowed() throws Exception {
    assertThat(
            terraformJson(
                "us-west-2",
                String.join(
                    ", ",
                    subnet("copied", "10.1.0.0/24", "us-east-1a", ""),
                    subnet("right", "10.1.1.0/24", "us-west-2b", ""),
                    subnet("aliased", "10.1.2.0/24", "us-east-1a", ", 'provider': 'aws.east'"),
                    subnet("misplaced", "10.1.3.0/24", "us-west-2a", ", 'provider': 'aws.east'"),
                    subnet("unknown", "10.1.4.0/24", "us-west-2a", ", 'provider': 'aws.other'"))))
        .containsExactly(
            "subnet aws_subnet.copied is in zone us-east-1a, which is not in its provider's region"
                + " us-west-2: AWS refuses to create it there",
            "subnet aws_subnet.misplaced is in zone us-west-2a, which is not in its provider's"
                + " region us-east-1: AWS refuses to create it there");
  }

  @Test
  void aRegionSetByAnExpressionIsNotJudged() throws Exception {
    assertThat(terraformJson("${var.region}", subnet("s", "10.1.0.0/24", "us-east-1a", "")))
        .isEmpty();
  }

  /**
   * us-east-1z passed wherever the region was not given as a value, and with it: no region letters
   * its zones beyond f, so the zone is refused whatever the region.
   */
  @Test
  void aZoneLetteredBeyondFIsRefusedWhateverTheRegion() throws Exception {
    String refused =
        "subnet aws_subnet.%s is in zone %s, which no region has: AWS letters a region's zones a"
            + " to f at most, and refuses to create it there";
    assertThat(
            terraformJson(
                "${var.region}",
                String.join(
                    ", ",
                    subnet("typo", "10.1.0.0/24", "us-east-1z", ""),
                    subnet("sixth", "10.1.1.0/24", "us-east-1f", ""),
                    subnet("local", "10.1.2.0/24", "us-west-2-lax-1b", ""))))
        .containsExactly(refused.formatted("typo", "us-east-1z"));
    assertThat(terraformJson("us-east-1", subnet("typo", "10.1.0.0/24", "us-east-1z", "")))
        .containsExactly(refused.formatted("typo", "us-east-1z"));
  }

  private List<String> plan(String providerConfig, String variables) throws Exception {
    return plan(providerConfig, variables, null);
  }

  private List<String> plan(String providerConfig, String variables, String providerKey)
      throws Exception {
    String subnet =
        PlanChanges.change(
            "aws_subnet.s",
            "aws_subnet",
            "{\"cidr_block\": \"10.1.0.0/24\", \"availability_zone\": \"us-east-1a\"}",
            "{\"vpc_id\": true}");
    String vpc =
        PlanChanges.change(
            "aws_vpc.v", "aws_vpc", "{\"cidr_block\": \"10.1.0.0/16\"}", "{\"id\": true}");
    String json =
        "{\"format_version\": \"1.2\", \"resource_changes\": ["
            + vpc
            + ", "
            + subnet
            + "], \"variables\": "
            + variables
            + ", \"configuration\": {\"provider_config\": "
            + providerConfig
            + ", \"root_module\": {\"resources\": [{\"address\": \"aws_subnet.s\", \"mode\":"
            + " \"managed\", "
            + (providerKey == null ? "" : "\"provider_config_key\": \"" + providerKey + "\", ")
            + "\"expressions\": {\"vpc_id\": {\"references\": [\"aws_vpc.v.id\","
            + " \"aws_vpc.v\"]}}}]}}}";
    return InputCases.planJsonFindings(dir, json, "PF-APPLY-003").stream()
        .map(f -> f.substring("PF-APPLY-003 ".length()))
        .toList();
  }

  private static String provider(String key, String region) {
    return "\""
        + key
        + "\": {\"name\": \"aws\", \"full_name\": \"registry.terraform.io/hashicorp/aws\","
        + " \"expressions\": {\"region\": "
        + region
        + "}}";
  }

  @Test
  void aPlansProviderRegionIsAValueOrARootVariable() throws Exception {
    String copied =
        "subnet aws_subnet.s is in zone us-east-1a, which is not in its provider's region %s: AWS"
            + " refuses to create it there";
    assertThat(plan("{" + provider("aws", "{\"constant_value\": \"us-west-2\"}") + "}", "{}"))
        .containsExactly(copied.formatted("us-west-2"));
    assertThat(
            plan(
                "{" + provider("aws", "{\"references\": [\"var.region\"]}") + "}",
                "{\"region\": {\"value\": \"eu-west-1\"}}"))
        .containsExactly(copied.formatted("eu-west-1"));
    assertThat(
            plan(
                "{" + provider("aws", "{\"references\": [\"var.region\"]}") + "}",
                "{\"region\": {\"value\": \"us-east-1\"}}"))
        .isEmpty();
  }

  @Test
  void providersInTwoRegionsOrARegionTheEnvironmentGivesAreNotJudged() throws Exception {
    assertThat(
            plan(
                "{"
                    + provider("aws", "{\"constant_value\": \"us-west-2\"}")
                    + ", "
                    + provider("aws.east", "{\"constant_value\": \"us-east-1\"}")
                    + "}",
                "{}"))
        .isEmpty();
    assertThat(
            plan(
                "{\"aws\": {\"name\": \"aws\", \"full_name\": \"registry.terraform.io/hashicorp/aws\"}}",
                "{}"))
        .isEmpty();
  }

  /**
   * A plan's resource names its provider configuration (provider_config_key): its region is that
   * configuration's, even where two configurations differ.
   */
  @Test
  void aPlansResourceIsJudgedAtItsOwnProvidersRegion() throws Exception {
    String two =
        "{"
            + provider("aws", "{\"constant_value\": \"us-west-2\"}")
            + ", "
            + provider("aws.east", "{\"constant_value\": \"us-east-1\"}")
            + "}";
    assertThat(plan(two, "{}", "aws.east")).isEmpty();
    assertThat(plan(two, "{}", "aws"))
        .containsExactly(
            "subnet aws_subnet.s is in zone us-east-1a, which is not in its provider's region"
                + " us-west-2: AWS refuses to create it there");
    // (a configuration whose region the environment gives: not judged)
    assertThat(
            plan(
                "{"
                    + provider("aws", "{\"constant_value\": \"us-west-2\"}")
                    + ", \"aws.env\": {\"name\": \"aws\"}}",
                "{}",
                "aws.env"))
        .isEmpty();
  }
}
