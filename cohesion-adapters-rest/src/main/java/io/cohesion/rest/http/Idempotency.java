package io.cohesion.rest.http;

import io.cohesion.core.ValidationException;
import io.javalin.http.Context;
import java.util.Optional;

/**
 * The {@code Idempotency-Key} header of submissions. The store keeps the first answer under the key
 * and returns it again on a replay; here the key is checked and scoped to the caller's credential,
 * so one caller can never replay (and read) another caller's submission.
 */
public final class Idempotency {
  /** The header name. */
  public static final String HEADER = "Idempotency-Key";

  private Idempotency() {}

  /**
   * The caller's key scoped to {@code credential} (a hash of the API key or invitation code), or
   * empty when the request has none; 400 for a key that is empty, too long or not printable ASCII.
   */
  public static Optional<String> key(Context ctx, String credential) {
    String key = ctx.header(HEADER);
    if (key == null) {
      return Optional.empty();
    }
    key = key.strip();
    if (key.isEmpty() || key.length() > 200 || !key.chars().allMatch(c -> c >= 0x21 && c <= 0x7e)) {
      throw ValidationException.of(
          HEADER, "must be 1-200 printable ASCII characters without spaces");
    }
    return Optional.of((credential.isEmpty() ? "-" : credential) + ":" + key);
  }
}
