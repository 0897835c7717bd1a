package io.cohesion.core.engagement;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.cohesion.core.Page;
import io.cohesion.core.PageRequest;
import io.cohesion.core.Versioned;
import io.cohesion.core.VersionedRepository;
import io.cohesion.core.neighbourhood.BuildingId;
import io.cohesion.core.privacy.Pseudonym;
import org.apiguardian.api.API;

/**
 * Keeps each household's phase and its history (a port out, implemented by the persistence
 * adapters), with the verbs of every versioned repository; the household's building must be stored.
 */
@API(status = EXPERIMENTAL, since = "0.2.0")
public interface HouseholdPhaseRepository extends VersionedRepository<Pseudonym, HouseholdPhase> {
  /** One page of the households of one building, ordered by pseudonym. */
  Page<Versioned<HouseholdPhase>> list(BuildingId building, PageRequest request);
}
