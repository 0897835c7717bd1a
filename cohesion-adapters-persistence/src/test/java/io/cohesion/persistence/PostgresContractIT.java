package io.cohesion.persistence;

import io.cohesion.core.contract.ContractStores;

/** The PostgreSQL store, a fresh schema per test, against every contract suite. */
class PostgresContractIT extends StoreContracts {
  @Override
  protected ContractStores fresh() {
    TestPostgres.requireReachable();
    String schema = TestPostgres.newSchema();
    return ContractAdapter.reopenable(
        () -> Stores.open(TestPostgres.config(schema)), () -> TestPostgres.dropSchema(schema));
  }
}
