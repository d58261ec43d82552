package io.payflow.platform.policies.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The locations ({@code path}) of the facts one part of the rules reads, numbered: its input
 * carries each as its number (about 33 bytes become 12, a sixth of a large plan's part inputs,
 * which the Wasm parses cold), and its findings are given their location back by that number. The
 * same location has the same number, so two findings the rules count as one still are.
 */
public final class PathTable {
  private final Map<String, Integer> numbers = new HashMap<>();
  private final List<String> locations = new ArrayList<>();

  /** The location's number, given it at its first use. */
  int number(String location) {
    Integer number = numbers.get(location);
    if (number == null) {
      number = locations.size();
      numbers.put(location, number);
      locations.add(location);
    }
    return number;
  }

  /** The location of a number; null for a number the table never gave. */
  public String location(int number) {
    return number >= 0 && number < locations.size() ? locations.get(number) : null;
  }

  int size() {
    return locations.size();
  }
}
