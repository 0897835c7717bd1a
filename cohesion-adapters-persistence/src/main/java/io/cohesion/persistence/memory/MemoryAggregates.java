package io.cohesion.persistence.memory;

import io.cohesion.core.Page;
import io.cohesion.core.PageRequest;
import io.cohesion.core.Versioned;
import io.cohesion.core.neighbourhood.Building;
import io.cohesion.core.neighbourhood.BuildingId;
import io.cohesion.core.neighbourhood.BuildingRepository;
import io.cohesion.core.neighbourhood.Neighbourhood;
import io.cohesion.core.neighbourhood.NeighbourhoodId;
import io.cohesion.core.neighbourhood.NeighbourhoodRepository;
import io.cohesion.persistence.memory.MemoryTable.Reference;
import java.util.List;
import java.util.Optional;

/**
 * The repositories of the method's aggregates (neighbourhoods, initiatives, activities and the
 * engagement records) in memory, under the lock of the store they belong to.
 */
final class MemoryAggregates {
  private final MemoryTable<Neighbourhood> neighbourhoodTable;
  private final MemoryTable<Building> buildingTable;

  final NeighbourhoodRepository neighbourhoods = new Neighbourhoods();
  final BuildingRepository buildings = new Buildings();

  MemoryAggregates(Object lock) {
    neighbourhoodTable = new MemoryTable<>(lock, "neighbourhood", n -> n.id().value(), List.of());
    buildingTable =
        new MemoryTable<>(
            lock,
            "building",
            b -> b.id().value(),
            List.of(
                Reference.one(
                    "neighbourhood", neighbourhoodTable, b -> b.neighbourhood().value())));
  }

  private final class Neighbourhoods implements NeighbourhoodRepository {
    @Override
    public Versioned<Neighbourhood> create(Neighbourhood neighbourhood) {
      return neighbourhoodTable.create(neighbourhood);
    }

    @Override
    public Optional<Versioned<Neighbourhood>> find(NeighbourhoodId id) {
      return neighbourhoodTable.find(id.value());
    }

    @Override
    public Versioned<Neighbourhood> update(Neighbourhood neighbourhood, long expectedVersion) {
      return neighbourhoodTable.update(neighbourhood, expectedVersion);
    }

    @Override
    public Page<Versioned<Neighbourhood>> list(PageRequest request) {
      return neighbourhoodTable.list(request);
    }
  }

  private final class Buildings implements BuildingRepository {
    @Override
    public Versioned<Building> create(Building building) {
      return buildingTable.create(building);
    }

    @Override
    public Optional<Versioned<Building>> find(BuildingId id) {
      return buildingTable.find(id.value());
    }

    @Override
    public Versioned<Building> update(Building building, long expectedVersion) {
      return buildingTable.update(building, expectedVersion);
    }

    @Override
    public Page<Versioned<Building>> list(NeighbourhoodId neighbourhood, PageRequest request) {
      return buildingTable.list(b -> b.neighbourhood().equals(neighbourhood), request);
    }
  }
}
