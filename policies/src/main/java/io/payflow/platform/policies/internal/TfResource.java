package io.payflow.platform.policies.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.util.ArrayList;
import java.util.List;
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
 * @param valuesPath where its values stand ({@code resource_changes[3].change.after}; the same as
 *     {@code path} in a configuration), for errors that name an attribute
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
    String path,
    String valuesPath) {

  /**
   * The stack and address only, which tell resources apart: the record's own hash walked the whole
   * values tree of every resource the linker put in a set. Equality stays the record's.
   */
  @Override
  public int hashCode() {
    return Objects.hash(stack, address);
  }

  /**
   * A nested block the provider allows once (an object, or a list of one as a plan writes it);
   * missing when absent, null or an empty list. Another shape is an input error at its path: read
   * as absent, the provider's defaults would stand in for a block the input does have.
   */
  JsonNode block(String name) {
    JsonNode value = attr(name);
    if (value.isMissingNode()
        || value.isNull()
        || value.isObject()
        || TfValues.isExpression(value)) {
      return value;
    }
    if (value.isArray() && value.isEmpty()) {
      return MissingNode.getInstance();
    }
    throw new BadInput(pathOf(name), "expected one block (an object)");
  }

  /**
   * The blocks {@code name} of a kind the provider allows many of (an object, or a list of them);
   * none when absent or null. Another shape is an input error at its path, never read as none.
   */
  List<JsonNode> blocks(String name) {
    JsonNode value = values.path(name);
    List<JsonNode> found = new ArrayList<>();
    if (value.isArray()) {
      value.forEach(found::add);
    } else if (value.isObject()) {
      found.add(value);
    } else if (!value.isMissingNode() && !value.isNull()) {
      throw new BadInput(pathOf(name), "expected a block (an object) or a list of blocks");
    }
    for (int i = 0; i < found.size(); i++) {
      if (!found.get(i).isObject()) {
        throw new BadInput(pathOf(name + "[" + i + "]"), "expected a block (an object)");
      }
    }
    return found;
  }

  /** An attribute's value; a nested block written as a one-element list is unwrapped. */
  JsonNode attr(String name) {
    return TfValues.unwrap(values.path(name));
  }

  /**
   * Where an attribute stands in the input, for an error that points at it: {@code
   * vpc_config.endpoint_public_access} of a plan's change is {@code
   * resource_changes[3].change.after.vpc_config[0].endpoint_public_access}. A block written as a
   * list of one gets its {@code [0]}, and an index is kept only where the value is a list, as the
   * input has them.
   */
  String pathOf(String attribute) {
    StringBuilder out = new StringBuilder(valuesPath);
    JsonNode node = values;
    String[] segments = attribute.split("\\.");
    for (int i = 0; i < segments.length; i++) {
      String segment = segments[i];
      int open = segment.indexOf('[');
      String name = open < 0 ? segment : segment.substring(0, open);
      node = node.path(name);
      out.append(out.length() == 0 ? "" : ".").append(name);
      if (open >= 0) {
        if (node.isArray()) {
          out.append(segment, open, segment.length());
          node = node.path(Integer.parseInt(segment.substring(open + 1, segment.length() - 1)));
        }
      } else if (i + 1 < segments.length && node.isArray() && node.size() == 1) {
        out.append("[0]");
        node = node.get(0);
      }
    }
    return out.toString();
  }

  /**
   * Whether only apply knows an attribute: the plan says so, or the configuration gives an
   * expression. Such a value is never read as if it were absent.
   */
  boolean onlyApplyKnows(String attribute) {
    // (the attribute as written: a list of one expression is a list of known length)
    if (TfValues.isExpression(values.path(attribute))) {
      return true;
    }
    // A plan marks unknown every optional attribute its provider computes when the configuration
    // leaves it out (an RDS instance's multi_az): that is the provider's default, not a value only
    // apply knows. Without the plan's configuration there is no telling them apart.
    return isUnknown(attribute) && (expressions == null || expressions.has(attribute));
  }

  /**
   * A text attribute: its value; null when only apply knows it or an expression sets it (never
   * taken for the default); {@code awsDefault} when it is not set, or when a plan marks unknown
   * what its configuration leaves out (the provider computes the default); any other type is an
   * input error saying what was {@code expected}.
   */
  String text(String attribute, String awsDefault, String expected) {
    JsonNode value = attr(attribute);
    if (onlyApplyKnows(attribute) || TfValues.isExpression(value)) {
      return null;
    }
    if (value.isMissingNode() || value.isNull()) {
      return awsDefault;
    }
    if (!value.isTextual()) {
      throw new BadInput(pathOf(attribute), expected);
    }
    return value.asText();
  }

  /**
   * True if only apply knows the value at {@code name}: an attribute, or a path into its blocks
   * ({@code ingress[0].cidr_blocks}). A plan marks a value inside a list of blocks at the path
   * without the element's index, so the index is dropped here: one element's unknown stands for
   * that value in every element (read as the attribute's known value, a rule's ranges only apply
   * knows were none, and SSH to the bastion from them passed).
   */
  boolean isUnknown(String name) {
    return unknown.contains(name.indexOf('[') < 0 ? name : withoutIndices(name));
  }

  /**
   * {@code name} without its {@code [digits]} parts. Not a regular expression: this runs for every
   * block value read, and a regex's matcher was 17 ms of a 28,380-resource plan's reading, with as
   * much again of C1 compiling it.
   */
  static String withoutIndices(String name) {
    StringBuilder out = new StringBuilder(name.length());
    int i = 0;
    while (i < name.length()) {
      char c = name.charAt(i);
      if (c == '[') {
        int end = i + 1;
        while (end < name.length() && name.charAt(end) >= '0' && name.charAt(end) <= '9') {
          end++;
        }
        if (end > i + 1 && end < name.length() && name.charAt(end) == ']') {
          i = end + 1;
          continue;
        }
      }
      out.append(c);
      i++;
    }
    return out.toString();
  }
}
