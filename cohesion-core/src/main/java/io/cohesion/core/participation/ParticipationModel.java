package io.cohesion.core.participation;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.List;
import org.apiguardian.api.API;

/**
 * The logistic model of willingness to take part on trust (docs/scoring.md#trust-and-taking-part),
 * as the {@code model} command prints it and the REST API returns it.
 *
 * @param n the linked persons the model is fitted on
 * @param events those of them whose willingness is at least {@code cut} (y = 1)
 * @param cut the willingness from which a person counts as willing
 * @param terms the terms in model order: {@code (Intercept)}, {@code trust}, then one per level of
 *     the factor but its reference level
 * @param deviance the residual deviance
 * @param nullDeviance the deviance of the model with the intercept only
 * @param aic {@code deviance + 2·terms}
 * @param dfResidual {@code n − terms}
 */
@API(status = EXPERIMENTAL, since = "0.2.0")
public record ParticipationModel(
    int n,
    int events,
    int cut,
    List<ModelTerm> terms,
    double deviance,
    double nullDeviance,
    double aic,
    int dfResidual) {
  public ParticipationModel {
    terms = List.copyOf(terms);
  }
}
