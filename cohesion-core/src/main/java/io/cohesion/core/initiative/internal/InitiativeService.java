package io.cohesion.core.initiative.internal;

import static java.util.Objects.requireNonNull;

import io.cohesion.core.FieldError;
import io.cohesion.core.NotFoundException;
import io.cohesion.core.Page;
import io.cohesion.core.PageRequest;
import io.cohesion.core.ValidationException;
import io.cohesion.core.Versioned;
import io.cohesion.core.initiative.Consultation;
import io.cohesion.core.initiative.ConsultationId;
import io.cohesion.core.initiative.ConsultationOutcome;
import io.cohesion.core.initiative.ConsultationRepository;
import io.cohesion.core.initiative.Initiative;
import io.cohesion.core.initiative.InitiativeId;
import io.cohesion.core.initiative.InitiativeRepository;
import io.cohesion.core.initiative.ManageInitiative;
import io.cohesion.core.initiative.MarketConsultation;
import io.cohesion.core.initiative.MarketOption;
import io.cohesion.core.initiative.Principle;
import io.cohesion.core.initiative.Team;
import io.cohesion.core.initiative.TeamAdvice;
import io.cohesion.core.neighbourhood.NeighbourhoodId;
import io.cohesion.core.neighbourhood.NeighbourhoodRepository;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** {@link ManageInitiative} on the initiative and neighbourhood stores. */
public final class InitiativeService implements ManageInitiative {
  private final InitiativeRepository initiatives;
  private final NeighbourhoodRepository neighbourhoods;
  private final ConsultationRepository consultations;
  private final Clock clock;

  public InitiativeService(
      InitiativeRepository initiatives,
      NeighbourhoodRepository neighbourhoods,
      ConsultationRepository consultations,
      Clock clock) {
    this.initiatives = requireNonNull(initiatives, "initiatives");
    this.neighbourhoods = requireNonNull(neighbourhoods, "neighbourhoods");
    this.consultations = requireNonNull(consultations, "consultations");
    this.clock = requireNonNull(clock, "clock");
  }

  @Override
  public Versioned<Initiative> start(Initiative initiative) {
    for (NeighbourhoodId neighbourhood : initiative.neighbourhoods()) {
      if (neighbourhoods.find(neighbourhood).isEmpty()) {
        throw new NotFoundException("neighbourhood", neighbourhood);
      }
    }
    return initiatives.create(initiative);
  }

  @Override
  public Versioned<Initiative> get(InitiativeId id) {
    return initiatives.find(id).orElseThrow(() -> new NotFoundException("initiative", id));
  }

  @Override
  public Page<Versioned<Initiative>> list(PageRequest request) {
    return initiatives.list(request);
  }

  @Override
  public Versioned<Initiative> changeTeam(InitiativeId id, Team team, long expectedVersion) {
    return initiatives.update(get(id).value().withTeam(team), expectedVersion);
  }

  @Override
  public Versioned<Initiative> changePrinciples(
      InitiativeId id, List<Principle> principles, long expectedVersion) {
    return initiatives.update(get(id).value().withPrinciples(principles), expectedVersion);
  }

  @Override
  public List<TeamAdvice> teamAdvice(InitiativeId id) {
    return get(id).value().team().advice();
  }

  @Override
  public ConsultationOutcome consult(InitiativeId id, MarketConsultation consultation) {
    Initiative initiative = get(id).value();
    List<FieldError> errors = new ArrayList<>();
    for (int o = 0; o < consultation.options().size(); o++) {
      MarketOption option = consultation.options().get(o);
      for (int a = 0; a < option.assessments().size(); a++) {
        String principle = option.assessments().get(a).principle();
        if (initiative.principle(principle).isEmpty()) {
          errors.add(
              new FieldError(
                  "options[" + o + "].assessments[" + a + "].principle",
                  "initiative " + id + " has no principle '" + principle + "'"));
        }
      }
    }
    if (!errors.isEmpty()) {
      throw new ValidationException(errors);
    }
    return consultation.outcome(initiative.principles());
  }

  @Override
  public Versioned<Consultation> holdConsultation(
      InitiativeId id, Optional<ConsultationId> consultationId, MarketConsultation consultation) {
    Initiative initiative = get(id).value();
    consult(id, consultation);
    ConsultationId cid =
        consultationId.orElseGet(
            () ->
                ConsultationId.numbered(
                    id, Page.collectAll(r -> consultations.list(id, r)).size() + 1));
    return consultations.create(
        new Consultation(cid, id, LocalDate.now(clock), initiative.principles(), consultation));
  }

  @Override
  public Versioned<Consultation> consultation(ConsultationId id) {
    return consultations.find(id).orElseThrow(() -> new NotFoundException("consultation", id));
  }

  @Override
  public Page<Versioned<Consultation>> consultations(InitiativeId id, PageRequest request) {
    get(id);
    return consultations.list(id, request);
  }
}
