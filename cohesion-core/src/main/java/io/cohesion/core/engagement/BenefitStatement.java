package io.cohesion.core.engagement;

import static java.util.Objects.requireNonNull;
import static org.apiguardian.api.API.Status.STABLE;

import io.cohesion.core.Identifiers;
import java.time.LocalDate;
import org.apiguardian.api.API;

/**
 * An individual cost calculation (individuele kostenberekening) as given to a household or
 * building.
 *
 * @param id the statement id
 * @param subject whom it is for
 * @param input what the calculation started from
 * @param figures what came out
 * @param calculator the name of the calculator that computed it
 * @param issued the day it was computed
 */
@API(status = STABLE, since = "0.1.0")
public record BenefitStatement(
    BenefitStatementId id,
    BenefitSubject subject,
    BenefitInput input,
    BenefitFigures figures,
    String calculator,
    LocalDate issued) {
  public BenefitStatement {
    requireNonNull(id, "id");
    requireNonNull(subject, "subject of statement " + id);
    requireNonNull(input, "input of statement " + id);
    requireNonNull(figures, "figures of statement " + id);
    Identifiers.check("calculator name", calculator);
    requireNonNull(issued, "issue date of statement " + id);
  }
}
