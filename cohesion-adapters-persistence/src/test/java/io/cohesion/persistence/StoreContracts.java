package io.cohesion.persistence;

import io.cohesion.core.contract.ActivityRepositoryContract;
import io.cohesion.core.contract.AmbassadorRepositoryContract;
import io.cohesion.core.contract.BenefitStatementRepositoryContract;
import io.cohesion.core.contract.BuildingRepositoryContract;
import io.cohesion.core.contract.ConsultationRepositoryContract;
import io.cohesion.core.contract.ContractStores;
import io.cohesion.core.contract.HouseholdPhaseRepositoryContract;
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
import io.cohesion.core.contract.WaveStatusRepositoryContract;
import io.cohesion.core.contract.WishCodeRepositoryContract;
import io.cohesion.core.contract.WishMapRepositoryContract;
import io.cohesion.core.contract.WishMapResponseStoreContract;
import org.junit.jupiter.api.Nested;

/**
 * Every contract suite of core, once: a store adapter's test extends this class and says how to
 * open a fresh store, and JUnit runs each suite below against it as a nested class.
 */
abstract class StoreContracts {
  /** A new, empty store for one test; closing it removes what the test made. */
  protected abstract ContractStores fresh();

  @Nested
  class WishMaps extends WishMapRepositoryContract {
    @Override
    protected ContractStores newStores() {
      return StoreContracts.this.fresh();
    }
  }

  @Nested
  class WishMapResponses extends WishMapResponseStoreContract {
    @Override
    protected ContractStores newStores() {
      return StoreContracts.this.fresh();
    }
  }

  @Nested
  class WishCodes extends WishCodeRepositoryContract {
    @Override
    protected ContractStores newStores() {
      return StoreContracts.this.fresh();
    }
  }

  @Nested
  class Scales extends ScaleRepositoryContract {
    @Override
    protected ContractStores newStores() {
      return StoreContracts.this.fresh();
    }
  }

  @Nested
  class Measurements extends MeasurementRepositoryContract {
    @Override
    protected ContractStores newStores() {
      return StoreContracts.this.fresh();
    }
  }

  @Nested
  class MeasurementResponses extends MeasurementResponseStoreContract {
    @Override
    protected ContractStores newStores() {
      return StoreContracts.this.fresh();
    }
  }

  @Nested
  class Invitations extends InvitationRepositoryContract {
    @Override
    protected ContractStores newStores() {
      return StoreContracts.this.fresh();
    }
  }

  @Nested
  class Neighbourhoods extends NeighbourhoodRepositoryContract {
    @Override
    protected ContractStores newStores() {
      return StoreContracts.this.fresh();
    }
  }

  @Nested
  class Buildings extends BuildingRepositoryContract {
    @Override
    protected ContractStores newStores() {
      return StoreContracts.this.fresh();
    }
  }

  @Nested
  class Initiatives extends InitiativeRepositoryContract {
    @Override
    protected ContractStores newStores() {
      return StoreContracts.this.fresh();
    }
  }

  @Nested
  class Activities extends ActivityRepositoryContract {
    @Override
    protected ContractStores newStores() {
      return StoreContracts.this.fresh();
    }
  }

  @Nested
  class Meetings extends MeetingRepositoryContract {
    @Override
    protected ContractStores newStores() {
      return StoreContracts.this.fresh();
    }
  }

  @Nested
  class Ambassadors extends AmbassadorRepositoryContract {
    @Override
    protected ContractStores newStores() {
      return StoreContracts.this.fresh();
    }
  }

  @Nested
  class Signals extends SignalRepositoryContract {
    @Override
    protected ContractStores newStores() {
      return StoreContracts.this.fresh();
    }
  }

  @Nested
  class HouseholdPhases extends HouseholdPhaseRepositoryContract {
    @Override
    protected ContractStores newStores() {
      return StoreContracts.this.fresh();
    }
  }

  @Nested
  class Consultations extends ConsultationRepositoryContract {
    @Override
    protected ContractStores newStores() {
      return StoreContracts.this.fresh();
    }
  }

  @Nested
  class ParkedTopics extends ParkedTopicRepositoryContract {
    @Override
    protected ContractStores newStores() {
      return StoreContracts.this.fresh();
    }
  }

  @Nested
  class BenefitStatements extends BenefitStatementRepositoryContract {
    @Override
    protected ContractStores newStores() {
      return StoreContracts.this.fresh();
    }
  }

  @Nested
  class Results extends ResultRepositoryContract {
    @Override
    protected ContractStores newStores() {
      return StoreContracts.this.fresh();
    }
  }

  @Nested
  class WaveStatuses extends WaveStatusRepositoryContract {
    @Override
    protected ContractStores newStores() {
      return StoreContracts.this.fresh();
    }
  }
}
