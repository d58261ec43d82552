package io.payflow.platform.policies.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import org.junit.jupiter.api.Test;

/** Shared text nodes: the same values as Jackson's own factory, fewer objects, bounded. */
class CompactNodeFactoryTest {
  private static final CompactNodeFactory FACTORY = CompactNodeFactory.INSTANCE;

  @Test
  void equalShortStringsShareOneNode() {
    assertThat(FACTORY.textNode("us-east-1a")).isSameAs(FACTORY.textNode(new String("us-east-1a")));
    String longest = "x".repeat(CompactNodeFactory.MAX_SHARED_CHARS);
    assertThat(FACTORY.textNode(longest)).isSameAs(FACTORY.textNode(new String(longest)));
    String longer = longest + "x";
    assertThat(FACTORY.textNode(longer))
        .isNotSameAs(FACTORY.textNode(new String(longer)))
        .isEqualTo(FACTORY.textNode(new String(longer)));
    assertThat(FACTORY.textNode(null)).isEqualTo(JsonNodeFactory.instance.textNode(null));
    assertThat(FACTORY.textNode("").textValue()).isEmpty();
  }

  @Test
  void pastTheBoundEveryValueIsStillItsOwn() {
    int values = CompactNodeFactory.MAX_SHARED_NODES * 2 + 7;
    for (int i = 0; i < values; i++) {
      assertThat(FACTORY.textNode("v" + i).textValue()).isEqualTo("v" + i);
    }
    assertThat(FACTORY.textNode("v" + (values - 1))).isSameAs(FACTORY.textNode("v" + (values - 1)));
  }

  @Test
  void aTreeIsTheTreeJacksonReadsItself() throws Exception {
    StringBuilder json = new StringBuilder("[");
    for (int i = 0; i < 500; i++) {
      json.append(i == 0 ? "" : ",")
          .append("{\"az\":\"us-east-1")
          .append((char) ('a' + i % 3))
          .append("\",\"type\":\"t3.micro\",\"tags\":{\"Name\":\"n")
          .append(i)
          .append("\",\"env\":\"prod\"},\"arn\":\"arn:aws:ec2:us-east-1:123456789012:instance/i-")
          .append(i)
          .append("\"}");
    }
    json.append("]");
    ObjectMapper compact = JsonMapper.builder().nodeFactory(FACTORY).build();
    JsonNode shared = compact.readTree(json.toString());
    assertThat(shared).isEqualTo(new ObjectMapper().readTree(json.toString()));
    assertThat(shared.get(0).get("type")).isSameAs(shared.get(499).get("type"));
    assertThat(shared.get(0).get("arn")).isNotSameAs(shared.get(3).get("arn"));
  }
}
