package io.cohesion.rest;

/** The API with every resource wired to in-test stores, as the contract tests need it. */
final class FullApi {
  private FullApi() {}

  static CohesionApi.Builder builder() {
    return CohesionApi.builder(ApiConfig.defaults(TestServer.KEYS))
        .health(StoreHealth.alwaysUp("memory"));
  }

  static CohesionApi build() {
    return builder().build();
  }
}
