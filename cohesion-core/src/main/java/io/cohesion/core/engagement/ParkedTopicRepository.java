package io.cohesion.core.engagement;

import static org.apiguardian.api.API.Status.STABLE;

import io.cohesion.core.ConflictException;
import io.cohesion.core.NotFoundException;
import io.cohesion.core.Page;
import io.cohesion.core.PageRequest;
import io.cohesion.core.Versioned;
import io.cohesion.core.neighbourhood.NeighbourhoodId;
import java.util.Optional;
import org.apiguardian.api.API;

/** Keeps parked topics (a port out, implemented by the persistence adapters). */
@API(status = STABLE, since = "0.1.0")
public interface ParkedTopicRepository {

  /**
   * Stores a new topic at version 1.
   *
   * @throws ConflictException if one with this id exists
   */
  Versioned<ParkedTopic> create(ParkedTopic topic);

  /** The topic with this id, if stored. */
  Optional<Versioned<ParkedTopic>> find(ParkedTopicId id);

  /**
   * Replaces a topic if it is still at {@code expectedVersion}.
   *
   * @return the stored topic at the next version
   * @throws NotFoundException if none has this id
   * @throws ConflictException if the stored version is not {@code expectedVersion}
   */
  Versioned<ParkedTopic> update(ParkedTopic topic, long expectedVersion);

  /** One page of the parked topics of a neighbourhood, ordered by id. */
  Page<Versioned<ParkedTopic>> list(NeighbourhoodId neighbourhood, PageRequest request);
}
