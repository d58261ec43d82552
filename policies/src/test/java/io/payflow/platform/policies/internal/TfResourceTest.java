package io.payflow.platform.policies.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TfResourceTest {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  /** A resource's hash is its stack and address; its values are compared only when equal. */
  @Test
  void hashesByStackAndAddressAndComparesWhole() {
    TfResource a =
        resource("hub", "aws_vpc.v", NODES.objectNode().put("cidr_block", "10.0.0.0/16"));
    TfResource same =
        resource("hub", "aws_vpc.v", NODES.objectNode().put("cidr_block", "10.0.0.0/16"));
    TfResource otherValues =
        resource("hub", "aws_vpc.v", NODES.objectNode().put("cidr_block", "10.9.0.0/16"));
    TfResource otherStack =
        resource("spoke", "aws_vpc.v", NODES.objectNode().put("cidr_block", "10.0.0.0/16"));

    assertThat(a).isEqualTo(same).hasSameHashCodeAs(same);
    assertThat(a).isNotEqualTo(otherValues).hasSameHashCodeAs(otherValues);
    assertThat(a).isNotEqualTo(otherStack);
    Set<TfResource> set = new LinkedHashSet<>(List.of(a, same, otherValues, otherStack));
    assertThat(set).containsExactly(a, otherValues, otherStack);
  }

  private static TfResource resource(String stack, String address, JsonNode values) {
    return new TfResource(
        address,
        address,
        "aws_vpc",
        false,
        values,
        Set.of(),
        null,
        stack,
        "resource_changes[0]",
        "resource_changes[0].change.after");
  }

  /** An attribute's place in the input, blocks and lists as the input writes them. */
  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "cidr_block | resource_changes[0].change.after.cidr_block",
        "vpc_config.endpoint_public_access | resource_changes[0].change.after.vpc_config[0].endpoint_public_access",
        "vpc_config.public_access_cidrs[1] | resource_changes[0].change.after.vpc_config[0].public_access_cidrs[1]",
        "block.flag | resource_changes[0].change.after.block.flag",
        "ingress[1].cidr_blocks[0] | resource_changes[0].change.after.ingress[1].cidr_blocks[0]",
        "block[0].flag | resource_changes[0].change.after.block.flag",
        "absent.flag | resource_changes[0].change.after.absent.flag",
        "tags_all.payflow:budget-usd | resource_changes[0].change.after.tags_all.payflow:budget-usd",
      })
  void namesWhereAnAttributeStands(String attribute, String path) throws Exception {
    JsonNode values =
        new ObjectMapper()
            .readTree(
                "{\"vpc_config\": [{\"public_access_cidrs\": [\"a\", \"b\"]}],"
                    + " \"block\": {\"flag\": true},"
                    + " \"ingress\": [{}, {\"cidr_blocks\": [\"c\"]}]}");
    assertThat(resource("hub", "aws_eks_cluster.x", values).pathOf(attribute)).isEqualTo(path);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "ingress[0].cidr_blocks | ingress.cidr_blocks",
        "ingress[12].cidr_blocks[3] | ingress.cidr_blocks",
        "plain | plain",
        "tags[x] | tags[x]",
        "a[] | a[]",
        "a[1 | a[1",
        "a[1x] | a[1x]",
        "[0][1] | ''",
      })
  void dropsElementIndicesOnly(String name, String expected) {
    assertThat(TfResource.withoutIndices(name)).isEqualTo(expected);
  }
}
