package io.cohesion.core.activity;

import static org.apiguardian.api.API.Status.STABLE;

import io.cohesion.core.Page;
import io.cohesion.core.PageRequest;
import io.cohesion.core.Versioned;
import io.cohesion.core.VersionedRepository;
import io.cohesion.core.neighbourhood.NeighbourhoodId;
import org.apiguardian.api.API;

/**
 * Keeps activities (a port out, implemented by the persistence adapters), with the verbs of every
 * versioned repository. One is deleted only while nothing refers to it: not while its sessions are
 * stored.
 */
@API(status = STABLE, since = "0.1.0")
public interface ActivityRepository extends VersionedRepository<ActivityId, Activity> {
  /** One page of the activities of one neighbourhood, ordered by id. */
  Page<Versioned<Activity>> list(NeighbourhoodId neighbourhood, PageRequest request);
}
