package io.payflow.platform.policies.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * The instances a Terraform JSON resource block declares with {@code count} or {@code for_each}, as
 * Terraform addresses them: {@code [0]}, {@code ["key"]}, in Terraform's order; one, addressed as
 * the block, without either. A number of instances an expression sets is known only at plan: the
 * block is then one resource whose {@code count} or {@code for_each} is unknown ({@link #unknown}),
 * which the facts leave unresolved and the costs unpriced. What Terraform would refuse is an input
 * error, and so is expanding more than {@link #MAX_PER_FILE} instances from one file (a literal
 * count multiplies what the file's size bounds).
 */
final class Instances {
  static final int MAX_PER_FILE = 10_000;

  private int expanded;

  /**
   * Address suffixes of the block's instances; null when an expression sets how many (or, in a set,
   * which keys).
   */
  List<String> of(JsonNode body, String path) {
    JsonNode count = body.path("count");
    JsonNode forEach = body.path("for_each");
    if (!count.isMissingNode() && !forEach.isMissingNode()) {
      throw new BadInput(path, "count and for_each together (Terraform takes one of them)");
    }
    if (TfValues.isExpression(count) || TfValues.isExpression(forEach)) {
      return null;
    }
    if (!count.isMissingNode()) {
      return counted(count, path + ".count");
    }
    if (!forEach.isMissingNode()) {
      return keyed(forEach, path + ".for_each");
    }
    return List.of("");
  }

  /** True for a resource whose number of instances only the plan knows. */
  static boolean unknown(TfResource r) {
    return r.isUnknown("count") || r.isUnknown("for_each");
  }

  /** The meta-argument whose expression leaves {@code r}'s instances unknown. */
  static String unknownArgument(TfResource r) {
    return r.isUnknown("count") ? "count" : "for_each";
  }

  private List<String> counted(JsonNode count, String path) {
    Integer n = TfNumbers.whole(count);
    if (n == null || n < 0) {
      throw new BadInput(path, "expected a whole number, 0 or more");
    }
    reserve(n, path);
    List<String> suffixes = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      suffixes.add("[" + i + "]");
    }
    return suffixes;
  }

  private List<String> keyed(JsonNode forEach, String path) {
    TreeSet<String> keys = new TreeSet<>();
    if (forEach.isObject()) {
      forEach.fieldNames().forEachRemaining(keys::add);
    } else if (forEach.isArray()) {
      for (JsonNode key : forEach) {
        if (TfValues.isExpression(key)) {
          return null;
        }
        if (!key.isTextual()) {
          throw new BadInput(path, "expected a map, or a set of strings");
        }
        keys.add(key.asText());
      }
    } else {
      throw new BadInput(path, "expected a map, or a set of strings");
    }
    reserve(keys.size(), path);
    List<String> suffixes = new ArrayList<>(keys.size());
    for (String key : keys) {
      suffixes.add("[\"" + key.replace("\\", "\\\\").replace("\"", "\\\"") + "\"]");
    }
    return suffixes;
  }

  private void reserve(int instances, String path) {
    expanded += instances;
    if (expanded > MAX_PER_FILE) {
      throw new BadInput(
          path,
          instances
              + (instances > MAX_PER_FILE
                  ? " instances are more than payflow expands from one file (10,000)"
                  : " instances take the file past the 10,000 payflow expands from one file")
              + "; check the plan (`terraform show -json`)");
    }
  }
}
