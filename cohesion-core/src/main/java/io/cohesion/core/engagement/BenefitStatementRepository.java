package io.cohesion.core.engagement;

import static org.apiguardian.api.API.Status.STABLE;

import io.cohesion.core.ConflictException;
import io.cohesion.core.NotFoundException;
import io.cohesion.core.Page;
import io.cohesion.core.PageRequest;
import io.cohesion.core.Versioned;
import io.cohesion.core.neighbourhood.BuildingId;
import java.util.Optional;
import org.apiguardian.api.API;

/** Keeps benefit statements (a port out, implemented by the persistence adapters). */
@API(status = STABLE, since = "0.1.0")
public interface BenefitStatementRepository {

  /**
   * Stores a new statement at version 1.
   *
   * @throws ConflictException if one with this id exists
   */
  Versioned<BenefitStatement> create(BenefitStatement statement);

  /** The statement with this id, if stored. */
  Optional<Versioned<BenefitStatement>> find(BenefitStatementId id);

  /**
   * Replaces a statement if it is still at {@code expectedVersion}.
   *
   * @return the stored statement at the next version
   * @throws NotFoundException if none has this id
   * @throws ConflictException if the stored version is not {@code expectedVersion}
   */
  Versioned<BenefitStatement> update(BenefitStatement statement, long expectedVersion);

  /** One page of the benefit statements for a building and its households, ordered by id. */
  Page<Versioned<BenefitStatement>> list(BuildingId building, PageRequest request);
}
