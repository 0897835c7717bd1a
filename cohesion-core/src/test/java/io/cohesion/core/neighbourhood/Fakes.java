package io.cohesion.core.neighbourhood;

import io.cohesion.core.Page;
import io.cohesion.core.PageRequest;
import io.cohesion.core.Versioned;
import io.cohesion.core.testing.InMemoryStore;

/** In-memory fakes of the neighbourhood ports. */
final class Fakes {
  private Fakes() {}

  static final class Neighbourhoods extends InMemoryStore<NeighbourhoodId, Neighbourhood>
      implements NeighbourhoodRepository {
    Neighbourhoods() {
      super("neighbourhood", Neighbourhood::id);
    }
  }

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
}
