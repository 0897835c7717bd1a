package io.cohesion.rest;

import io.cohesion.core.privacy.Invitations;
import io.cohesion.core.privacy.PseudonymSecret;
import io.cohesion.persistence.memory.InMemoryStores;

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
        .wishMaps(stores.wishMaps(), stores.wishMapResponses())
        .measurements(stores.measurements(), stores.measurementResponses(), stores.scales())
        .invitations(invitations, stores.invitations());
  }

  static CohesionApi.Builder builder(InMemoryStores stores) {
    return builder(stores, ApiConfig.defaults(TestServer.KEYS));
  }

  static CohesionApi build() {
    return builder(new InMemoryStores()).build();
  }
}
