package io.cohesion.core.neighbourhood;

import static org.apiguardian.api.API.Status.STABLE;

import io.cohesion.core.Page;
import io.cohesion.core.PageRequest;
import io.cohesion.core.Versioned;
import io.cohesion.core.VersionedRepository;
import org.apiguardian.api.API;

/**
 * Keeps buildings (a port out, implemented by the persistence adapters), with the verbs of every
 * versioned repository. One is deleted only while nothing refers to it: not while its ambassadors,
 * signals or benefit statements are stored.
 */
@API(status = STABLE, since = "0.1.0")
public interface BuildingRepository extends VersionedRepository<BuildingId, Building> {
  /** One page of the buildings of one neighbourhood, ordered by id. */
  Page<Versioned<Building>> list(NeighbourhoodId neighbourhood, PageRequest request);
}
