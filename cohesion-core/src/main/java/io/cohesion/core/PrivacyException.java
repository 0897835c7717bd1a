package io.cohesion.core;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

/** A request that would reveal what the privacy rules keep hidden (raw answers, small groups). */
@API(status = STABLE, since = "0.1.0")
public class PrivacyException extends CohesionException {
  private static final long serialVersionUID = 1L;

  public PrivacyException(String message) {
    super(message);
  }
}
