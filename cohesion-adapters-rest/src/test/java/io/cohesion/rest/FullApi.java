package io.cohesion.rest;

import io.cohesion.core.application.Cohesion;
import io.cohesion.core.application.CohesionPorts;
import io.cohesion.core.privacy.PseudonymSecret;
import io.cohesion.core.privacy.WaveId;
import io.cohesion.persistence.memory.InMemoryStores;
import java.time.Clock;

/** The API with every resource wired to a store, as the contract tests need it. */
final class FullApi {
  private FullApi() {}

  /** The use cases over {@code ports} with a fixed pseudonym secret and {@code clock}. */
  static Cohesion cohesion(CohesionPorts ports, Clock clock) {
    return Cohesion.builder(ports, clock)
        .invitationSecret(PseudonymSecret.ofBytes(new byte[PseudonymSecret.MIN_BYTES]))
        .build();
  }

  static CohesionApi.Builder builder(CohesionPorts stores, ApiConfig config, Clock clock) {
    return CohesionApi.builder(config, cohesion(stores, clock))
        .health(StoreHealth.alwaysUp("memory"));
  }

  static CohesionApi.Builder builder(CohesionPorts stores, ApiConfig config) {
    return builder(stores, config, Clock.systemUTC());
  }

  static CohesionApi.Builder builder(CohesionPorts stores, Clock clock) {
    return builder(stores, ApiConfig.defaults(TestServer.KEYS), clock);
  }

  static CohesionApi.Builder builder(CohesionPorts stores) {
    return builder(stores, ApiConfig.defaults(TestServer.KEYS));
  }

  /** A server over an empty in-memory store, for tests of the conventions shared by all routes. */
  static CohesionApi.Builder empty(ApiConfig config, Clock clock) {
    return CohesionApi.builder(config, cohesion(new InMemoryStores(), clock));
  }

  static CohesionApi.Builder empty(ApiConfig config) {
    return empty(config, Clock.systemUTC());
  }

  static CohesionApi build() {
    return builder(new InMemoryStores()).build();
  }

  /**
   * Closes each wave as its coordinator would, so that researchers see its figures: the first close
   * cuts its first release state.
   */
  static void close(CohesionPorts stores, WaveId... waves) {
    var releases = Cohesion.using(stores, Clock.systemUTC()).releases();
    for (WaveId wave : waves) {
      releases.close(wave, releases.status(wave).version());
    }
  }
}
