package io.cohesion.core.privacy;

import static java.util.Objects.requireNonNull;
import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

/**
 * A key a client sends with a submission so that repeating it (after a timeout, a lost reply)
 * stores nothing new and returns the first answer again.
 *
 * @param value 1–200 printable characters
 */
@API(status = STABLE, since = "0.1.0")
public record IdempotencyKey(String value) {
  /** The longest key accepted. */
  public static final int MAX_LENGTH = 200;

  public IdempotencyKey {
    requireNonNull(value, "idempotency key");
    if (value.isBlank()
        || value.length() > MAX_LENGTH
        || value.chars().anyMatch(Character::isISOControl)) {
      throw new IllegalArgumentException(
          "an idempotency key must be 1-"
              + MAX_LENGTH
              + " printable characters, got '"
              + value
              + "'");
    }
  }

  @Override
  public String toString() {
    return value;
  }
}
