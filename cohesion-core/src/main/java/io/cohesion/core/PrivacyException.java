package io.cohesion.core;

/** A request that would reveal what the privacy rules keep hidden (raw answers, small groups). */
public class PrivacyException extends CohesionException {
  private static final long serialVersionUID = 1L;

  public PrivacyException(String message) {
    super(message);
  }
}
