package io.cohesion.core.engagement;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.cohesion.core.Page;
import io.cohesion.core.PageRequest;
import io.cohesion.core.Versioned;
import io.cohesion.core.VersionedRepository;
import io.cohesion.core.neighbourhood.BuildingId;
import io.cohesion.core.privacy.Pseudonym;
import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * Keeps each household's phase and its history (a port out, implemented by the persistence
 * adapters), with the verbs of every versioned repository; the household's building must be stored.
 */
@API(status = EXPERIMENTAL, since = "0.2.0")
public interface HouseholdPhaseRepository extends VersionedRepository<Pseudonym, HouseholdPhase> {
  /** One page of the households of one building, ordered by pseudonym. */
  Page<Versioned<HouseholdPhase>> list(BuildingId building, PageRequest request);

  /**
   * Removes the household's record, whatever its version, and stores {@code retained} in the same
   * transaction (an erasure by its resident, docs/privacy.md#erasure).
   *
   * @return whether there was a record; when there was none, {@code retained} is not stored
   */
  @API(status = EXPERIMENTAL, since = "0.3.0")
  boolean erase(Pseudonym household, Optional<RetainedHousehold> retained);

  /** What the released months keep of the erased households of one building, by stand-in. */
  @API(status = EXPERIMENTAL, since = "0.3.0")
  List<RetainedHousehold> retained(BuildingId building);
}
