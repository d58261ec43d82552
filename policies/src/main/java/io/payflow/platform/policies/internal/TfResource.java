package io.payflow.platform.policies.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Objects;
import java.util.Set;

/**
 * One Terraform resource or data source, whatever file it came from.
 *
 * @param address stack-qualified address ({@code hub:aws_vpc.vpc}) or the plan's own address
 * @param localAddress the address inside its stack or module tree, for reference resolution
 * @param values known attribute values (a plan's {@code after}, a configuration's literals)
 * @param unknown top-level attributes whose value is known only after apply
 * @param expressions the plan configuration's expressions for this resource, or null
 * @param stack the CDKTF stack or null
 * @param path where the resource stands in its file, in the loader's path notation
 */
record TfResource(
    String address,
    String localAddress,
    String type,
    boolean data,
    JsonNode values,
    Set<String> unknown,
    JsonNode expressions,
    String stack,
    String path) {

  /**
   * The stack and address only, which tell resources apart: the record's own hash walked the whole
   * values tree of every resource the linker put in a set. Equality stays the record's.
   */
  @Override
  public int hashCode() {
    return Objects.hash(stack, address);
  }

  /** An attribute's value; a nested block written as a one-element list is unwrapped. */
  JsonNode attr(String name) {
    return TfValues.unwrap(values.path(name));
  }

  boolean isUnknown(String name) {
    return unknown.contains(name);
  }
}
