package io.cohesion.core.engagement;

import static org.apiguardian.api.API.Status.STABLE;

import io.cohesion.core.ConflictException;
import io.cohesion.core.NotFoundException;
import io.cohesion.core.Page;
import io.cohesion.core.PageRequest;
import io.cohesion.core.Versioned;
import io.cohesion.core.engagement.internal.InformResidentsService;
import io.cohesion.core.neighbourhood.BuildingId;
import io.cohesion.core.neighbourhood.BuildingRepository;
import io.cohesion.core.neighbourhood.NeighbourhoodId;
import java.time.Clock;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * Tells residents what is in it for them and what has been achieved: individual cost calculations
 * and results shown, with a nudge when results have gone quiet (use case, a port in).
 */
@API(status = STABLE, since = "0.1.0")
public interface InformResidents {

  /** The use case on the given stores and calculator, telling the date by {@code clock}. */
  static InformResidents using(
      BenefitStatementRepository statements,
      ResultRepository results,
      BuildingRepository buildings,
      BenefitCalculator calculator,
      Clock clock) {
    return new InformResidentsService(statements, results, buildings, calculator, clock);
  }

  /**
   * Calculates and keeps a benefit statement for a household or building, dated today.
   *
   * @throws NotFoundException if the building is not registered
   * @throws ConflictException if the id is taken
   */
  Versioned<BenefitStatement> stateBenefit(
      BenefitStatementId id, BenefitSubject subject, BenefitInput input);

  /**
   * The benefit statement with this id.
   *
   * @throws NotFoundException if there is none
   */
  Versioned<BenefitStatement> statement(BenefitStatementId id);

  /** One page of the statements for a building and its households. */
  Page<Versioned<BenefitStatement>> statements(BuildingId building, PageRequest request);

  /**
   * Records a result shown to residents.
   *
   * @throws ConflictException if the id is taken
   */
  Versioned<Result> showResult(Result result);

  /**
   * The result with this id.
   *
   * @throws NotFoundException if there is none
   */
  Versioned<Result> result(ResultId id);

  /** One page of the results shown in a neighbourhood. */
  Page<Versioned<Result>> results(NeighbourhoodId neighbourhood, PageRequest request);

  /** A nudge when no result was shown in the neighbourhood for {@link ResultNudge#QUIET_DAYS}. */
  Optional<ResultNudge> nudge(NeighbourhoodId neighbourhood);
}
