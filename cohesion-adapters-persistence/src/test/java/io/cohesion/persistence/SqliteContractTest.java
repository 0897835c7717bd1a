package io.cohesion.persistence;

import io.cohesion.core.contract.ActivityRepositoryContract;
import io.cohesion.core.contract.AmbassadorRepositoryContract;
import io.cohesion.core.contract.BenefitStatementRepositoryContract;
import io.cohesion.core.contract.BuildingRepositoryContract;
import io.cohesion.core.contract.ContractStores;
import io.cohesion.core.contract.InitiativeRepositoryContract;
import io.cohesion.core.contract.InvitationRepositoryContract;
import io.cohesion.core.contract.MeasurementRepositoryContract;
import io.cohesion.core.contract.MeasurementResponseStoreContract;
import io.cohesion.core.contract.MeetingRepositoryContract;
import io.cohesion.core.contract.NeighbourhoodRepositoryContract;
import io.cohesion.core.contract.ParkedTopicRepositoryContract;
import io.cohesion.core.contract.ResultRepositoryContract;
import io.cohesion.core.contract.ScaleRepositoryContract;
import io.cohesion.core.contract.SignalRepositoryContract;
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

  @Nested
  class Initiatives extends InitiativeRepositoryContract {
    @Override
    protected ContractStores newStores() {
      return fresh();
    }
  }

  @Nested
  class Activities extends ActivityRepositoryContract {
    @Override
    protected ContractStores newStores() {
      return fresh();
    }
  }

  @Nested
  class Meetings extends MeetingRepositoryContract {
    @Override
    protected ContractStores newStores() {
      return fresh();
    }
  }

  @Nested
  class Ambassadors extends AmbassadorRepositoryContract {
    @Override
    protected ContractStores newStores() {
      return fresh();
    }
  }

  @Nested
  class Signals extends SignalRepositoryContract {
    @Override
    protected ContractStores newStores() {
      return fresh();
    }
  }

  @Nested
  class ParkedTopics extends ParkedTopicRepositoryContract {
    @Override
    protected ContractStores newStores() {
      return fresh();
    }
  }

  @Nested
  class BenefitStatements extends BenefitStatementRepositoryContract {
    @Override
    protected ContractStores newStores() {
      return fresh();
    }
  }

  @Nested
  class Results extends ResultRepositoryContract {
    @Override
    protected ContractStores newStores() {
      return fresh();
    }
  }
}
