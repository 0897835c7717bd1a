package io.cohesion.core.engagement;

import static org.apiguardian.api.API.Status.STABLE;

import io.cohesion.core.Page;
import io.cohesion.core.PageRequest;
import io.cohesion.core.Versioned;
import io.cohesion.core.VersionedRepository;
import io.cohesion.core.neighbourhood.NeighbourhoodId;
import org.apiguardian.api.API;

/**
 * Keeps parked topics (a port out, implemented by the persistence adapters), with the verbs of
 * every versioned repository. Nothing refers to one, so a delete needs only its current version.
 */
@API(status = STABLE, since = "0.1.0")
public interface ParkedTopicRepository extends VersionedRepository<ParkedTopicId, ParkedTopic> {
  /** One page of the parked topics of one neighbourhood, ordered by id. */
  Page<Versioned<ParkedTopic>> list(NeighbourhoodId neighbourhood, PageRequest request);
}
