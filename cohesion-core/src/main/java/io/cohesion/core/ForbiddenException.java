package io.cohesion.core;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

/**
 * A caller without the right to what they ask: an invitation code this server does not know, or a
 * server that issues none. Says nothing about what exists behind the credential.
 */
@API(status = STABLE, since = "0.1.0")
public class ForbiddenException extends CohesionException {
  private static final long serialVersionUID = 1L;

  public ForbiddenException(String message) {
    super(message);
  }
}
