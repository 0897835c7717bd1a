package io.cohesion.core;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

/** A referenced aggregate does not exist (or is not visible to the caller). */
@API(status = STABLE, since = "0.1.0")
public class NotFoundException extends CohesionException {
  private static final long serialVersionUID = 1L;

  public NotFoundException(String kind, Object id) {
    super(kind + " " + id + " does not exist");
  }
}
