package io.cohesion.core;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

/**
 * The root of every exception Cohesion throws on purpose.
 *
 * <p>Expected outcomes (too few respondents, a suppressed group) are values, not exceptions; these
 * types are for input that cannot be used and states that cannot be reached.
 */
@API(status = STABLE, since = "0.1.0")
public class CohesionException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public CohesionException(String message) {
    super(message);
  }

  public CohesionException(String message, Throwable cause) {
    super(message, cause);
  }
}
