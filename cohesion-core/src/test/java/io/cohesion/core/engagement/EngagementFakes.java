package io.cohesion.core.engagement;

import io.cohesion.core.Page;
import io.cohesion.core.PageRequest;
import io.cohesion.core.Versioned;
import io.cohesion.core.neighbourhood.Building;
import io.cohesion.core.neighbourhood.BuildingId;
import io.cohesion.core.neighbourhood.BuildingRepository;
import io.cohesion.core.neighbourhood.NeighbourhoodId;
import io.cohesion.core.testing.InMemoryStore;

/** In-memory fakes of the ports the engagement use cases need. */
final class EngagementFakes {
  private EngagementFakes() {}

  static final class Buildings extends InMemoryStore<BuildingId, Building>
      implements BuildingRepository {
    Buildings() {
      super("building", Building::id);
    }

    @Override
    public Page<Versioned<Building>> list(NeighbourhoodId neighbourhood, PageRequest request) {
      return list(b -> b.neighbourhood().equals(neighbourhood), request);
    }
  }

  static final class Meetings extends InMemoryStore<MeetingId, Meeting>
      implements MeetingRepository {
    Meetings() {
      super("meeting", Meeting::id);
    }

    @Override
    public Page<Versioned<Meeting>> list(NeighbourhoodId neighbourhood, PageRequest request) {
      return list(m -> m.neighbourhood().equals(neighbourhood), request);
    }
  }

  static final class Ambassadors extends InMemoryStore<AmbassadorId, Ambassador>
      implements AmbassadorRepository {
    Ambassadors() {
      super("ambassador", Ambassador::id);
    }

    @Override
    public Page<Versioned<Ambassador>> list(BuildingId building, PageRequest request) {
      return list(a -> a.building().equals(building), request);
    }
  }

  static final class Signals extends InMemoryStore<SignalId, Signal> implements SignalRepository {
    Signals() {
      super("signal", Signal::id);
    }

    @Override
    public Page<Versioned<Signal>> list(BuildingId building, PageRequest request) {
      return list(s -> s.building().equals(building), request);
    }
  }

  static final class Topics extends InMemoryStore<ParkedTopicId, ParkedTopic>
      implements ParkedTopicRepository {
    Topics() {
      super("parked topic", ParkedTopic::id);
    }

    @Override
    public Page<Versioned<ParkedTopic>> list(NeighbourhoodId neighbourhood, PageRequest request) {
      return list(t -> t.neighbourhood().equals(neighbourhood), request);
    }
  }

  static final class Statements extends InMemoryStore<BenefitStatementId, BenefitStatement>
      implements BenefitStatementRepository {
    Statements() {
      super("benefit statement", BenefitStatement::id);
    }

    @Override
    public Page<Versioned<BenefitStatement>> list(BuildingId building, PageRequest request) {
      return list(s -> s.subject().building().equals(building), request);
    }
  }

  static final class Results extends InMemoryStore<ResultId, Result> implements ResultRepository {
    Results() {
      super("result", Result::id);
    }

    @Override
    public Page<Versioned<Result>> list(NeighbourhoodId neighbourhood, PageRequest request) {
      return list(r -> r.neighbourhood().equals(neighbourhood), request);
    }
  }
}
