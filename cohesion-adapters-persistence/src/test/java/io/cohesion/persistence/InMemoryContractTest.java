package io.cohesion.persistence;

import io.cohesion.core.contract.ContractStores;

/** The in-memory store against every contract suite. */
class InMemoryContractTest extends StoreContracts {
  @Override
  protected ContractStores fresh() {
    return ContractAdapter.of(Stores.inMemory());
  }
}
