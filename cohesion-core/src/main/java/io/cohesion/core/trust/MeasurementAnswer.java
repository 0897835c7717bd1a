package io.cohesion.core.trust;

import static java.util.Objects.requireNonNull;

import io.cohesion.core.privacy.Pseudonym;
import java.util.Map;

/**
 * What a respondent answers to a measurement, before it is known under which pseudonym it is stored
 * ({@link ManageMeasurements#submit}).
 *
 * @param answers item id to the raw answer (before reversal); missing answers are absent keys
 * @param attributes further columns, such as a grouping column ({@code street → Dorpsstraat})
 */
public record MeasurementAnswer(Map<String, Double> answers, Map<String, String> attributes) {
  public MeasurementAnswer {
    answers = Map.copyOf(requireNonNull(answers, "answers"));
    attributes = Map.copyOf(requireNonNull(attributes, "attributes"));
  }

  /** This answer given by {@code respondent}. */
  public MeasurementResponse by(Pseudonym respondent) {
    return new MeasurementResponse(respondent, answers, attributes);
  }
}
