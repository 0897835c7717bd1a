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

/** Keeps meetings (a port out, implemented by the persistence adapters). */
@API(status = STABLE, since = "0.1.0")
public interface MeetingRepository {

  /**
   * Stores a new meeting at version 1.
   *
   * @throws ConflictException if one with this id exists
   */
  Versioned<Meeting> create(Meeting meeting);

  /** The meeting with this id, if stored. */
  Optional<Versioned<Meeting>> find(MeetingId id);

  /**
   * Replaces a meeting if it is still at {@code expectedVersion}.
   *
   * @return the stored meeting at the next version
   * @throws NotFoundException if none has this id
   * @throws ConflictException if the stored version is not {@code expectedVersion}
   */
  Versioned<Meeting> update(Meeting meeting, long expectedVersion);

  /** One page of the meetings of a neighbourhood, ordered by id. */
  Page<Versioned<Meeting>> list(NeighbourhoodId neighbourhood, PageRequest request);
}
