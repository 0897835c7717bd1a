package io.cohesion.core.engagement;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;
import static org.apiguardian.api.API.Status.STABLE;

import io.cohesion.core.Page;
import io.cohesion.core.PageRequest;
import io.cohesion.core.Versioned;
import io.cohesion.core.VersionedRepository;
import io.cohesion.core.neighbourhood.BuildingId;
import io.cohesion.core.privacy.Pseudonym;
import java.util.List;
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

  /**
   * The statements given to {@code household}, ordered by id. The default pages through every
   * statement; a store overrides it with a query.
   */
  @API(status = EXPERIMENTAL, since = "0.3.0")
  default List<Versioned<BenefitStatement>> findByHousehold(Pseudonym household) {
    return Page.collectAll(this::list).stream()
        .filter(
            s ->
                s.value().subject() instanceof BenefitSubject.Household h
                    && h.household().equals(household))
        .toList();
  }

  /**
   * Deletes the statements given to {@code household}, whatever their version (an erasure by its
   * resident, docs/privacy.md#erasure), and says how many. The default deletes each found by {@link
   * #findByHousehold} at its version; a store overrides it with one statement.
   */
  @API(status = EXPERIMENTAL, since = "0.3.0")
  default int eraseHousehold(Pseudonym household) {
    List<Versioned<BenefitStatement>> found = findByHousehold(household);
    for (Versioned<BenefitStatement> statement : found) {
      delete(statement.value().id(), statement.version());
    }
    return found.size();
  }
}
