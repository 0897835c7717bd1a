package io.cohesion.core.trust;

import static java.util.Objects.requireNonNull;
import static org.apiguardian.api.API.Status.STABLE;

import io.cohesion.core.FieldError;
import io.cohesion.core.ValidationException;
import io.cohesion.core.privacy.Pseudonym;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apiguardian.api.API;

/**
 * One respondent's answers to the items of a scale in one wave. Missing answers are absent keys.
 *
 * @param respondent the respondent's pseudonym, which links waves for the paired comparison
 * @param answers item id to the raw answer (before reversal)
 * @param attributes further columns, such as a grouping column ({@code street → Dorpsstraat})
 */
@API(status = STABLE, since = "0.1.0")
public record MeasurementResponse(
    Pseudonym respondent, Map<String, Double> answers, Map<String, String> attributes) {
  public MeasurementResponse {
    requireNonNull(respondent, "respondent");
    answers = Map.copyOf(answers);
    attributes = Map.copyOf(attributes);
  }

  /** Every rule these answers break against {@code scale}: unknown items, answers out of range. */
  public List<FieldError> check(Scale scale) {
    List<FieldError> errors = new ArrayList<>();
    for (Map.Entry<String, Double> answer : answers.entrySet()) {
      // The field name is built for an error only: a file of a million rows checks every answer.
      if (scale.indexOf(answer.getKey()) < 0) {
        errors.add(
            new FieldError("answers." + answer.getKey(), "unknown item of scale " + scale.id()));
      } else if (!scale.response().contains(answer.getValue())) {
        errors.add(
            new FieldError(
                "answers." + answer.getKey(),
                "must be within " + scale.response() + ", got " + answer.getValue()));
      }
    }
    return errors;
  }

  /**
   * Returns this response if it fits {@code scale}.
   *
   * @throws ValidationException naming every broken rule otherwise
   */
  public MeasurementResponse validate(Scale scale) {
    List<FieldError> errors = check(scale);
    if (!errors.isEmpty()) {
      throw new ValidationException(errors);
    }
    return this;
  }

  /** The same answers under another respondent's pseudonym. */
  public MeasurementResponse withRespondent(Pseudonym other) {
    return new MeasurementResponse(other, answers, attributes);
  }
}
