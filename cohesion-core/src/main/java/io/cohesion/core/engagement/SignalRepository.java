package io.cohesion.core.engagement;

import static org.apiguardian.api.API.Status.STABLE;

import io.cohesion.core.Page;
import io.cohesion.core.PageRequest;
import io.cohesion.core.Versioned;
import io.cohesion.core.VersionedRepository;
import io.cohesion.core.neighbourhood.BuildingId;
import org.apiguardian.api.API;

/**
 * Keeps signals (a port out, implemented by the persistence adapters), with the verbs of every
 * versioned repository. Nothing refers to one, so a delete needs only its current version.
 */
@API(status = STABLE, since = "0.1.0")
public interface SignalRepository extends VersionedRepository<SignalId, Signal> {
  /** One page of the signals of one building, ordered by id. */
  Page<Versioned<Signal>> list(BuildingId building, PageRequest request);
}
