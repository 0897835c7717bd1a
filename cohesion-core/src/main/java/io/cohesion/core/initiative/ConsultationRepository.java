package io.cohesion.core.initiative;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.cohesion.core.Page;
import io.cohesion.core.PageRequest;
import io.cohesion.core.Versioned;
import io.cohesion.core.VersionedRepository;
import org.apiguardian.api.API;

/**
 * Keeps the market consultations initiatives held (a port out, implemented by the persistence
 * adapters), with the verbs of every versioned repository; the initiative must be stored.
 */
@API(status = EXPERIMENTAL, since = "0.2.0")
public interface ConsultationRepository extends VersionedRepository<ConsultationId, Consultation> {
  /** One page of the consultations of one initiative, ordered by id. */
  Page<Versioned<Consultation>> list(InitiativeId initiative, PageRequest request);
}
