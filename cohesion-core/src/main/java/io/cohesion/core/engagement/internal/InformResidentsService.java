package io.cohesion.core.engagement.internal;

import static java.util.Objects.requireNonNull;

import io.cohesion.core.NotFoundException;
import io.cohesion.core.Page;
import io.cohesion.core.PageRequest;
import io.cohesion.core.Versioned;
import io.cohesion.core.engagement.BenefitCalculator;
import io.cohesion.core.engagement.BenefitInput;
import io.cohesion.core.engagement.BenefitStatement;
import io.cohesion.core.engagement.BenefitStatementId;
import io.cohesion.core.engagement.BenefitStatementRepository;
import io.cohesion.core.engagement.BenefitSubject;
import io.cohesion.core.engagement.InformResidents;
import io.cohesion.core.engagement.Result;
import io.cohesion.core.engagement.ResultId;
import io.cohesion.core.engagement.ResultNudge;
import io.cohesion.core.engagement.ResultRepository;
import io.cohesion.core.neighbourhood.BuildingId;
import io.cohesion.core.neighbourhood.BuildingRepository;
import io.cohesion.core.neighbourhood.NeighbourhoodId;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;

/** {@link InformResidents} on its stores, a benefit calculator and a clock. */
public final class InformResidentsService implements InformResidents {
  private final BenefitStatementRepository statements;
  private final ResultRepository results;
  private final BuildingRepository buildings;
  private final BenefitCalculator calculator;
  private final Clock clock;

  public InformResidentsService(
      BenefitStatementRepository statements,
      ResultRepository results,
      BuildingRepository buildings,
      BenefitCalculator calculator,
      Clock clock) {
    this.statements = requireNonNull(statements, "statements");
    this.results = requireNonNull(results, "results");
    this.buildings = requireNonNull(buildings, "buildings");
    this.calculator = requireNonNull(calculator, "calculator");
    this.clock = requireNonNull(clock, "clock");
  }

  @Override
  public Versioned<BenefitStatement> stateBenefit(
      BenefitStatementId id, BenefitSubject subject, BenefitInput input) {
    if (buildings.find(subject.building()).isEmpty()) {
      throw new NotFoundException("building", subject.building());
    }
    return statements.create(
        new BenefitStatement(
            id,
            subject,
            input,
            calculator.calculate(input),
            calculator.name(),
            LocalDate.now(clock)));
  }

  @Override
  public Versioned<BenefitStatement> statement(BenefitStatementId id) {
    return statements.find(id).orElseThrow(() -> new NotFoundException("benefit statement", id));
  }

  @Override
  public Page<Versioned<BenefitStatement>> statements(BuildingId building, PageRequest request) {
    return statements.list(building, request);
  }

  @Override
  public Versioned<Result> showResult(Result result) {
    return results.create(result);
  }

  @Override
  public Versioned<Result> result(ResultId id) {
    return results.find(id).orElseThrow(() -> new NotFoundException("result", id));
  }

  @Override
  public Page<Versioned<Result>> results(NeighbourhoodId neighbourhood, PageRequest request) {
    return results.list(neighbourhood, request);
  }

  @Override
  public Optional<ResultNudge> nudge(NeighbourhoodId neighbourhood) {
    return ResultNudge.check(
        Page.collectAll(r -> results.list(neighbourhood, r)).stream()
            .map(Versioned::value)
            .toList(),
        clock);
  }
}
