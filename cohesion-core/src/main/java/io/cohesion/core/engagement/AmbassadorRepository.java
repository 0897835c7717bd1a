package io.cohesion.core.engagement;

import static org.apiguardian.api.API.Status.STABLE;

import io.cohesion.core.Page;
import io.cohesion.core.PageRequest;
import io.cohesion.core.Versioned;
import io.cohesion.core.VersionedRepository;
import io.cohesion.core.neighbourhood.BuildingId;
import org.apiguardian.api.API;

/**
 * Keeps ambassadors (a port out, implemented by the persistence adapters), with the verbs of every
 * versioned repository. One is deleted only while nothing refers to it: not while the signals they
 * recorded are stored.
 */
@API(status = STABLE, since = "0.1.0")
public interface AmbassadorRepository extends VersionedRepository<AmbassadorId, Ambassador> {
  /** One page of the ambassadors of one building, ordered by id. */
  Page<Versioned<Ambassador>> list(BuildingId building, PageRequest request);
}
