package io.cohesion.persistence;

import io.cohesion.core.contract.BuildingRepositoryContract;
import io.cohesion.core.contract.ContractStores;
import io.cohesion.core.contract.InvitationRepositoryContract;
import io.cohesion.core.contract.MeasurementRepositoryContract;
import io.cohesion.core.contract.MeasurementResponseStoreContract;
import io.cohesion.core.contract.NeighbourhoodRepositoryContract;
import io.cohesion.core.contract.ScaleRepositoryContract;
import io.cohesion.core.contract.WishMapRepositoryContract;
import io.cohesion.core.contract.WishMapResponseStoreContract;
import org.junit.jupiter.api.Nested;

/** The PostgreSQL store, a fresh schema per test, against every contract suite. */
class PostgresContractIT {
  static ContractStores fresh() {
    TestPostgres.requireReachable();
    String schema = TestPostgres.newSchema();
    return ContractAdapter.of(
        Stores.open(TestPostgres.config(schema)), () -> TestPostgres.dropSchema(schema));
  }

  @Nested
  class WishMaps extends WishMapRepositoryContract {
    @Override
    protected ContractStores newStores() {
      return fresh();
    }
  }

  @Nested
  class WishMapResponses extends WishMapResponseStoreContract {
    @Override
    protected ContractStores newStores() {
      return fresh();
    }
  }

  @Nested
  class Scales extends ScaleRepositoryContract {
    @Override
    protected ContractStores newStores() {
      return fresh();
    }
  }

  @Nested
  class Measurements extends MeasurementRepositoryContract {
    @Override
    protected ContractStores newStores() {
      return fresh();
    }
  }

  @Nested
  class MeasurementResponses extends MeasurementResponseStoreContract {
    @Override
    protected ContractStores newStores() {
      return fresh();
    }
  }

  @Nested
  class Invitations extends InvitationRepositoryContract {
    @Override
    protected ContractStores newStores() {
      return fresh();
    }
  }

  @Nested
  class Neighbourhoods extends NeighbourhoodRepositoryContract {
    @Override
    protected ContractStores newStores() {
      return fresh();
    }
  }

  @Nested
  class Buildings extends BuildingRepositoryContract {
    @Override
    protected ContractStores newStores() {
      return fresh();
    }
  }
}
