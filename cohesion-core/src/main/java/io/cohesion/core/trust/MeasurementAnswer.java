package io.cohesion.core.trust;

import static java.util.Objects.requireNonNull;
import static org.apiguardian.api.API.Status.STABLE;

import io.cohesion.core.privacy.Pseudonym;
import java.util.Map;
import org.apiguardian.api.API;

/**
 * What a respondent answers to a measurement, before it is known under which pseudonym it is stored
 * ({@link ManageMeasurements#submit}).
 *
 * @param answers item id to the raw answer (before reversal); missing answers are absent keys
 * @param attributes further columns, such as a grouping column ({@code street → Dorpsstraat})
 */
@API(status = STABLE, since = "0.1.0")
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
