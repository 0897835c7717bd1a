package io.cohesion.core.privacy;

import static java.util.Objects.requireNonNull;
import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

/**
 * A response as a store acknowledged it.
 *
 * @param id the id the store gave the response, positive and unique within its kind
 * @param response the response as stored
 */
@API(status = STABLE, since = "0.1.0")
public record StoredResponse<R>(long id, R response) {
  public StoredResponse {
    if (id < 1) {
      throw new IllegalArgumentException("a stored response id is positive, got " + id);
    }
    requireNonNull(response, "response");
  }
}
