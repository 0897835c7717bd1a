package io.cohesion.rest.http;

import static org.apiguardian.api.API.Status.INTERNAL;

import io.cohesion.core.ValidationException;
import io.javalin.http.Context;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * The {@code Idempotency-Key} header of submissions. The store keeps the first answer under the key
 * and returns it again on a replay; here the key is checked and scoped to the caller's credential,
 * so one caller can never replay (and read) another caller's submission, and a replay is checked to
 * be the same request, so a key reused for other answers is a 422 instead of the first answer.
 */
@API(status = INTERNAL, since = "0.1.0")
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

  /**
   * {@code stored}, what the store answered to {@code submitted}: the same value for a new
   * submission or for a replay of the same request; 422 when the store returned an earlier answer
   * to a different request under this request's key.
   *
   * <p>The request is compared as the store keeps it, after parsing: JSON written differently (key
   * order, spacing, {@code 5} or {@code 5.0}) is the same request, other answers or another
   * respondent are not. The stores keep what they are given exactly, so no fingerprint is stored.
   */
  public static <T> T sameRequest(Context ctx, T submitted, T stored) {
    if (!stored.equals(submitted)) {
      String key = Objects.requireNonNullElse(ctx.header(HEADER), "").strip();
      throw new ProblemException(
          Problem.of(
              422,
              "idempotency-key-reused",
              "Idempotency-Key reused",
              "Idempotency-Key '"
                  + key
                  + "' was used with a different request body; send a new key for a new"
                  + " request"));
    }
    return stored;
  }
}
