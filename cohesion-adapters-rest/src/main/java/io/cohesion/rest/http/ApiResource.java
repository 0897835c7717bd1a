package io.cohesion.rest.http;

/** A resource of the API: adds its operations to the route table. */
@FunctionalInterface
public interface ApiResource {
  /** Adds this resource's operations to {@code routes}. */
  void register(Routes routes);
}
