package io.cohesion.rest.http;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

/** A resource of the API: adds its operations to the route table. */
@FunctionalInterface
@API(status = STABLE, since = "0.1.0")
public interface ApiResource {
  /** Adds this resource's operations to {@code routes}. */
  void register(Routes routes);
}
