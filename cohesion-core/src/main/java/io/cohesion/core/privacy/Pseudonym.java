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
    if (value.isBlank()
        || value.length() > 200
        || value.chars().anyMatch(Character::isISOControl)) {
      throw new IllegalArgumentException(
          "a pseudonym must be 1-200 printable characters, got '" + value + "'");
    }
  }

  @Override
  public String toString() {
    return value;
  }
}
