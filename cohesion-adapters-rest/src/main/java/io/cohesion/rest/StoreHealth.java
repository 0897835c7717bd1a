package io.cohesion.rest;

import static java.util.Objects.requireNonNull;
import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

/**
 * Tells whether the store behind the ports answers. The composition root implements it for the
 * store it chose; {@code /health} reports it.
 */
@FunctionalInterface
@API(status = STABLE, since = "0.1.0")
public interface StoreHealth {

  /** Checks the store now. Implementations should answer within a second and never throw. */
  Status check();

  /**
   * The state of the store.
   *
   * @param up whether the store answered
   * @param store the kind of store, for example {@code sqlite} (never a connection string)
   */
  record Status(boolean up, String store) {
    public Status {
      requireNonNull(store, "store");
    }
  }

  /** A health check for a store that is always up, such as an in-memory one. */
  static StoreHealth alwaysUp(String store) {
    Status status = new Status(true, store);
    return () -> status;
  }
}
