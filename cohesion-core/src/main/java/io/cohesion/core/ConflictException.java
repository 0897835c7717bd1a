package io.cohesion.core;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

/**
 * A write that would overwrite something the caller did not see: a stale version, or a respondent
 * who already answered in this wave.
 */
@API(status = STABLE, since = "0.1.0")
public class ConflictException extends CohesionException {
  private static final long serialVersionUID = 1L;

  public ConflictException(String message) {
    super(message);
  }
}
