package io.cohesion.core.engagement;

import static org.apiguardian.api.API.Status.STABLE;

import io.cohesion.core.Page;
import io.cohesion.core.PageRequest;
import io.cohesion.core.Versioned;
import io.cohesion.core.VersionedRepository;
import io.cohesion.core.neighbourhood.BuildingId;
import org.apiguardian.api.API;

/**
 * Keeps benefit statements (a port out, implemented by the persistence adapters), with the verbs of
 * every versioned repository. Nothing refers to one, so a delete needs only its current version.
 */
@API(status = STABLE, since = "0.1.0")
public interface BenefitStatementRepository
    extends VersionedRepository<BenefitStatementId, BenefitStatement> {
  /** One page of the benefit statements of one building, ordered by id. */
  Page<Versioned<BenefitStatement>> list(BuildingId building, PageRequest request);
}
