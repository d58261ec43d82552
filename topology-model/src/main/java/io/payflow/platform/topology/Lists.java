package io.payflow.platform.topology;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
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

  /**
   * Names with '/' (an ECR repository's, a secret's) that differ only in '/' and '-' are one
   * resource of the synthesized stack, whose names cannot hold '/': refused like a name twice.
   */
  static <T> void uniqueWithoutSlashes(
      List<T> list, Function<T, String> name, String field, String what) {
    unique(list, name, field, ".name", what);
    Map<String, String> seen = new HashMap<>();
    for (int i = 0; i < list.size(); i++) {
      String n = name.apply(list.get(i));
      String other = seen.putIfAbsent(n.replace('/', '-'), n);
      if (other != null) {
        throw new InvalidValueException(
            field + "[" + i + "].name",
            "'"
                + n
                + "' and '"
                + other
                + "' name one resource of the synthesized stack ('/' becomes '-'); rename one");
      }
    }
  }
}
