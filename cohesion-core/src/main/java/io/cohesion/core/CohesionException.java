package io.cohesion.core;

/**
 * The root of every exception Cohesion throws on purpose.
 *
 * <p>Expected outcomes (too few respondents, a suppressed group) are values, not exceptions; these
 * types are for input that cannot be used and states that cannot be reached.
 */
public class CohesionException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public CohesionException(String message) {
    super(message);
  }

  public CohesionException(String message, Throwable cause) {
    super(message, cause);
  }
}
