package io.cohesion.core.activity;

import static org.apiguardian.api.API.Status.STABLE;

import io.cohesion.core.ConflictException;
import io.cohesion.core.NotFoundException;
import io.cohesion.core.Page;
import io.cohesion.core.PageRequest;
import io.cohesion.core.Versioned;
import io.cohesion.core.neighbourhood.NeighbourhoodId;
import java.util.Optional;
import org.apiguardian.api.API;

/** Keeps activities (a port out, implemented by the persistence adapters). */
@API(status = STABLE, since = "0.1.0")
public interface ActivityRepository {

  /**
   * Stores a new activity at version 1.
   *
   * @throws ConflictException if an activity with this id exists
   */
  Versioned<Activity> create(Activity activity);

  /** The activity with this id, if stored. */
  Optional<Versioned<Activity>> find(ActivityId id);

  /**
   * Replaces an activity if it is still at {@code expectedVersion}.
   *
   * @return the stored activity at the next version
   * @throws NotFoundException if no activity has this id
   * @throws ConflictException if the stored version is not {@code expectedVersion}
   */
  Versioned<Activity> update(Activity activity, long expectedVersion);

  /** One page of the activities of a neighbourhood, ordered by id. */
  Page<Versioned<Activity>> list(NeighbourhoodId neighbourhood, PageRequest request);
}
