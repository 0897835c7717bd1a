package io.cohesion.core.participation;

import static java.util.Objects.requireNonNull;
import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.List;
import java.util.Optional;
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
 * @param suppressed why the disclosure rules withhold the model, if they do: then every count is 0,
 *     every figure undefined and the terms empty
 *     (docs/privacy.md#the-model-of-trust-and-taking-part)
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
    int dfResidual,
    Optional<String> suppressed) {

  /** A released model. */
  public ParticipationModel(
      int n,
      int events,
      int cut,
      List<ModelTerm> terms,
      double deviance,
      double nullDeviance,
      double aic,
      int dfResidual) {
    this(n, events, cut, terms, deviance, nullDeviance, aic, dfResidual, Optional.empty());
  }

  /** A model of which nothing is released, with the reason. */
  public static ParticipationModel withheld(int cut, String reason) {
    return new ParticipationModel(
        0, 0, cut, List.of(), Double.NaN, Double.NaN, Double.NaN, 0, Optional.of(reason));
  }

  public ParticipationModel {
    terms = List.copyOf(terms);
    requireNonNull(suppressed, "suppressed");
  }
}
