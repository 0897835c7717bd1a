package io.cohesion.core.privacy;

import static java.util.Objects.requireNonNull;

/**
 * The pseudonym of a respondent or household: links answers across waves without naming anyone.
 *
 * @param value the pseudonym, 1–200 characters, no control characters
 */
public record Pseudonym(String value) {
  public Pseudonym {
    requireNonNull(value, "pseudonym");
    if (value.isBlank() || value.length() > 200 || hasControlCharacter(value)) {
      throw new IllegalArgumentException(
          "a pseudonym must be 1-200 printable characters, got '" + value + "'");
    }
  }

  // A plain loop: pseudonyms are checked once per row of files of a million rows.
  private static boolean hasControlCharacter(String value) {
    for (int i = 0; i < value.length(); i++) {
      if (Character.isISOControl(value.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  @Override
  public String toString() {
    return value;
  }
}
