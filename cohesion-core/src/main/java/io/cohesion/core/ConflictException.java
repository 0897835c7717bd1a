package io.cohesion.core;

/**
 * A write that would overwrite something the caller did not see: a stale version, or a respondent
 * who already answered in this wave.
 */
public class ConflictException extends CohesionException {
  private static final long serialVersionUID = 1L;

  public ConflictException(String message) {
    super(message);
  }
}
