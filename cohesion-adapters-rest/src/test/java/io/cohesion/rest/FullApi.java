package io.cohesion.rest;

import io.cohesion.core.privacy.Invitations;
import io.cohesion.core.privacy.PseudonymSecret;
import io.cohesion.core.privacy.ReleaseWaves;
import io.cohesion.core.privacy.SmallGroupRule;
import io.cohesion.core.privacy.WaveId;
import io.cohesion.persistence.memory.InMemoryStores;
import java.time.Clock;

/** The API with every resource wired to the in-memory store, as the contract tests need it. */
final class FullApi {
  private FullApi() {}

  static CohesionApi.Builder builder(InMemoryStores stores, ApiConfig config) {
    return builder(stores, new DomainPorts(), config);
  }

  static CohesionApi.Builder builder(InMemoryStores stores, DomainPorts domain, ApiConfig config) {
    Invitations invitations =
        new Invitations(
            stores.invitations(), PseudonymSecret.ofBytes(new byte[PseudonymSecret.MIN_BYTES]));
    return domain
        .wire(CohesionApi.builder(config))
        .health(StoreHealth.alwaysUp("memory"))
        .scales(stores.scales())
        .wishMaps(stores.wishMaps(), stores.wishMapResponses(), stores.waveStatuses())
        .measurements(
            stores.measurements(),
            stores.measurementResponses(),
            stores.scales(),
            stores.waveStatuses())
        .invitations(invitations, stores.invitations());
  }

  static CohesionApi.Builder builder(InMemoryStores stores) {
    return builder(stores, ApiConfig.defaults(TestServer.KEYS));
  }

  static CohesionApi build() {
    return builder(new InMemoryStores()).build();
  }

  /**
   * Closes each wave as its coordinator would, so that researchers see its figures: the first close
   * cuts its first release state.
   */
  static void close(InMemoryStores stores, WaveId... waves) {
    ReleaseWaves releases =
        ReleaseWaves.using(stores.waveStatuses(), Clock.systemUTC(), SmallGroupRule.DEFAULT_K_MIN);
    for (WaveId wave : waves) {
      releases.close(wave, releases.status(wave).version());
    }
  }
}
