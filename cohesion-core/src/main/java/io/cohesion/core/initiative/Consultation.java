package io.cohesion.core.initiative;

import static java.util.Objects.requireNonNull;
import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.time.LocalDate;
import java.util.List;
import org.apiguardian.api.API;

/**
 * A market consultation as it was held and settled: its options with their verdict per principle,
 * the residents' votes, and the principles it was settled under, kept as they were that day so that
 * a later change of principles does not rewrite its outcome.
 *
 * @param id the consultation's id
 * @param initiative the initiative that held it
 * @param held the day it was settled
 * @param principles the initiative's principles that day
 * @param consultation the options, the number of partners and the votes
 */
@API(status = EXPERIMENTAL, since = "0.2.0")
public record Consultation(
    ConsultationId id,
    InitiativeId initiative,
    LocalDate held,
    List<Principle> principles,
    MarketConsultation consultation) {
  public Consultation {
    requireNonNull(id, "id");
    requireNonNull(initiative, "initiative of consultation " + id);
    requireNonNull(held, "held");
    principles = List.copyOf(principles);
    requireNonNull(consultation, "consultation");
  }

  /** The outcome under the principles it was held under. */
  public ConsultationOutcome outcome() {
    return consultation.outcome(principles);
  }
}
