package io.cohesion.core.initiative;

import static org.apiguardian.api.API.Status.STABLE;

import io.cohesion.core.ConflictException;
import io.cohesion.core.NotFoundException;
import io.cohesion.core.Page;
import io.cohesion.core.PageRequest;
import io.cohesion.core.Versioned;
import io.cohesion.core.initiative.internal.InitiativeService;
import io.cohesion.core.neighbourhood.NeighbourhoodRepository;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * Starts an initiative and keeps its principles and team, gives the team advice and settles a
 * market consultation (use case, a port in).
 */
@API(status = STABLE, since = "0.1.0")
public interface ManageInitiative {

  /** The use case on the given stores, dating consultations by {@code clock}. */
  static ManageInitiative using(
      InitiativeRepository initiatives,
      NeighbourhoodRepository neighbourhoods,
      ConsultationRepository consultations,
      Clock clock) {
    return new InitiativeService(initiatives, neighbourhoods, consultations, clock);
  }

  /**
   * Starts an initiative in registered neighbourhoods.
   *
   * @throws NotFoundException if one of its neighbourhoods is not registered
   * @throws ConflictException if the id is taken
   */
  Versioned<Initiative> start(Initiative initiative);

  /**
   * The initiative with this id.
   *
   * @throws NotFoundException if there is none
   */
  Versioned<Initiative> get(InitiativeId id);

  /** One page of all initiatives. */
  Page<Versioned<Initiative>> list(PageRequest request);

  /**
   * Replaces the team. A team the method advises against is stored all the same: advice is given,
   * not enforced.
   *
   * @throws NotFoundException if there is no such initiative
   * @throws ConflictException if it changed since {@code expectedVersion}
   */
  Versioned<Initiative> changeTeam(InitiativeId id, Team team, long expectedVersion);

  /**
   * Replaces the principles.
   *
   * @throws NotFoundException if there is no such initiative
   * @throws ConflictException if it changed since {@code expectedVersion}
   */
  Versioned<Initiative> changePrinciples(
      InitiativeId id, List<Principle> principles, long expectedVersion);

  /**
   * The advice about the initiative's team.
   *
   * @throws NotFoundException if there is no such initiative
   */
  List<TeamAdvice> teamAdvice(InitiativeId id);

  /**
   * The outcome of a market consultation under the initiative's principles.
   *
   * @throws NotFoundException if there is no such initiative
   * @throws io.cohesion.core.ValidationException if an option assesses a principle the initiative
   *     does not have (a typo would otherwise leave the real principle unknown)
   */
  ConsultationOutcome consult(InitiativeId id, MarketConsultation consultation);

  /**
   * Settles a market consultation under the initiative's principles and keeps it, dated today, with
   * those principles as they are today.
   *
   * @param id the consultation's id; when empty, {@link ConsultationId#numbered} with the number of
   *     the initiative's consultations so far plus one
   * @throws NotFoundException if there is no such initiative
   * @throws io.cohesion.core.ValidationException as {@link #consult}
   * @throws ConflictException if the id is taken
   */
  Versioned<Consultation> holdConsultation(
      InitiativeId id, Optional<ConsultationId> consultationId, MarketConsultation consultation);

  /**
   * A consultation held.
   *
   * @throws NotFoundException if there is none
   */
  Versioned<Consultation> consultation(ConsultationId id);

  /**
   * One page of the consultations an initiative held.
   *
   * @throws NotFoundException if there is no such initiative
   */
  Page<Versioned<Consultation>> consultations(InitiativeId id, PageRequest request);
}
