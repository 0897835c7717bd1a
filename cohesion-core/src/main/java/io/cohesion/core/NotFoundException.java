package io.cohesion.core;

/** A referenced aggregate does not exist (or is not visible to the caller). */
public class NotFoundException extends CohesionException {
  private static final long serialVersionUID = 1L;

  public NotFoundException(String kind, Object id) {
    super(kind + " " + id + " does not exist");
  }
}
