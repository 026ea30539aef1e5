package io.github.gpai4j.core.json;

import java.util.Collection;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** Finds the known name a mistyped one was most likely meant to be. */
final class Suggestions {
  private Suggestions() {}

  /**
   * Returns the known name nearest to a mistyped one, by edit distance ignoring case (insertions, deletions,
   * substitutions and swaps of adjacent letters each count one), if it is near enough to be a typo: one edit per
   * three letters of the typed name, at least one. Ties go to the alphabetically first name.
   *
   * @param typed the name as written
   * @param known the names that would have been understood
   * @return the suggestion, or null if no known name is near
   */
  static @Nullable String nearest(String typed, Collection<String> known) {
    String a = typed.toLowerCase(Locale.ROOT);
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (String k : known) {
      if (k.equals(typed)) {
        continue;
      }
      int d = distance(a, k.toLowerCase(Locale.ROOT));
      if (d < bestDistance || d == bestDistance && best != null && k.compareTo(best) < 0) {
        best = k;
        bestDistance = d;
      }
    }
    int allowed = Math.max(1, typed.length() / 3);
    return best != null && bestDistance <= allowed ? best : null;
  }

  /** Optimal string alignment distance (Damerau-Levenshtein without repeated edits of one substring). */
  static int distance(String a, String b) {
    if (Math.abs(a.length() - b.length()) > 8) {
      return Integer.MAX_VALUE;
    }
    int[][] d = new int[a.length() + 1][b.length() + 1];
    for (int i = 0; i <= a.length(); i++) {
      d[i][0] = i;
    }
    for (int j = 0; j <= b.length(); j++) {
      d[0][j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
        if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
          d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
        }
      }
    }
    return d[a.length()][b.length()];
  }
}
