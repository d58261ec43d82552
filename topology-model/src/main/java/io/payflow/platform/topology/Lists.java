package io.payflow.platform.topology;

import java.util.List;

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
}
