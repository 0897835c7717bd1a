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
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Nested;

/** The SQLite store, a fresh file per test, against every contract suite. */
class SqliteContractTest {
  static ContractStores fresh() {
    try {
      Path dir = Files.createTempDirectory("cohesion-sqlite-");
      return ContractAdapter.of(
          Stores.open(new StoreConfig.Sqlite(dir)), () -> TempFiles.deleteRecursively(dir));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
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
