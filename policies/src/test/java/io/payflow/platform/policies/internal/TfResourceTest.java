package io.payflow.platform.policies.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

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
        address, address, "aws_vpc", false, values, Set.of(), null, stack, "resource_changes[0]");
  }
}
