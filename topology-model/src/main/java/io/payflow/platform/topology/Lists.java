package io.payflow.platform.topology;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/** Optional lists in the file default to empty and are immutable in the model. */
final class Lists {
  private Lists() {}

  static <T> List<T> copy(List<T> list) {
    if (list == null) {
      return List.of();
    }
    for (int i = 0; i < list.size(); i++) {
      if (list.get(i) == null) {
        throw new InvalidValueException("[" + i + "]", "is empty (expected a value)");
      }
    }
    return List.copyOf(list);
  }

  /**
   * Each element's {@code key} once: the model names its parts, and a name is an identity (an
   * address the rules report, a resource the synthesizer declares), so two of one name would be one
   * part in the stacks and a conflict in the rules. {@code field} is the list's, {@code keyField}
   * the key's field in an element (empty when the element is its own key).
   */
  static <T> void unique(
      List<T> list, Function<T, String> key, String field, String keyField, String what) {
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < list.size(); i++) {
      String k = key.apply(list.get(i));
      if (!seen.add(k)) {
        throw new InvalidValueException(
            field + "[" + i + "]" + keyField,
            "'" + k + "' is listed twice in " + field + " (each " + what + " must be unique)");
      }
    }
  }
}
