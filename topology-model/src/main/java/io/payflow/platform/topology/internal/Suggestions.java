package io.payflow.platform.topology.internal;

import java.util.Collection;
import java.util.Optional;

/** "Did you mean …": the closest known name within a few edits, if any. */
public final class Suggestions {
  private Suggestions() {}

  public static Optional<String> closest(String unknown, Collection<String> known) {
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    int budget = Math.max(2, unknown.length() / 3);
    for (String candidate : known) {
      int distance = distance(unknown.toLowerCase(), candidate.toLowerCase());
      if (distance <= budget && distance < bestDistance) {
        best = candidate;
        bestDistance = distance;
      }
    }
    return Optional.ofNullable(best);
  }

  /** Levenshtein distance with one rolling row. */
  static int distance(String a, String b) {
    int[] row = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      row[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      int diagonal = row[0];
      row[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int above = row[j];
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        row[j] = Math.min(Math.min(row[j] + 1, row[j - 1] + 1), diagonal + cost);
        diagonal = above;
      }
    }
    return row[b.length()];
  }
}
