package io.payflow.platform.topology;

/** An ElastiCache Redis replication group. */
public record Cache(
    String name,
    String nodeType,
    int nodes,
    Boolean multiAz,
    Boolean transitEncryption,
    Credential authToken) {
  public Cache {
    InvalidValueException.requiredText(name, "name");
    InvalidValueException.requiredText(nodeType, "node_type");
    InvalidValueException.atLeast(nodes, 1, "nodes");
    InvalidValueException.required(multiAz, "multi_az");
    if (multiAz && nodes < 2) {
      throw new InvalidValueException(
          "nodes", nodes + " node cannot be multi-AZ (expected 2 or more with multi_az: true)");
    }
    transitEncryption = transitEncryption == null || transitEncryption;
    InvalidValueException.required(authToken, "auth_token");
  }
}
