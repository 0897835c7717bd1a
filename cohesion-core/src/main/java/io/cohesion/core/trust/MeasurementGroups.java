package io.cohesion.core.trust;

import static java.util.Objects.requireNonNull;
import static org.apiguardian.api.API.Status.INTERNAL;

import io.cohesion.core.NotFoundException;
import io.cohesion.core.privacy.StateRules;
import io.cohesion.core.privacy.WaveGroups;
import io.cohesion.core.privacy.WaveId;
import io.cohesion.core.privacy.WaveKind;
import io.cohesion.core.privacy.WaveStatusRepository;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Function;
import org.apiguardian.api.API;

/**
 * The groups of a measurement's responses as {@link StateRules} weighs them: every attribute column
 * the responses carry, in name order, as scale scoring weighs them for a bound caller.
 */
@API(status = INTERNAL, since = "0.1.0")
public final class MeasurementGroups {
  private MeasurementGroups() {}

  /**
   * Reads the groups of a measurement wave now, from {@code responses}: its declared attribute
   * columns, the only ones a bound caller may group by (docs/privacy.md#keys-are-declared), and
   * each item as a per-value kind.
   */
  public static Function<WaveId, WaveGroups> reader(
      MeasurementRepository measurements,
      MeasurementResponseStore responses,
      WaveStatusRepository statuses) {
    requireNonNull(measurements, "measurements");
    requireNonNull(responses, "responses");
    requireNonNull(statuses, "statuses");
    return wave -> {
      if (wave.kind() != WaveKind.MEASUREMENT) {
        throw new IllegalArgumentException(wave + " is not a measurement");
      }
      MeasurementId id = new MeasurementId(wave.id());
      Measurement measurement =
          measurements
              .find(id)
              .orElseThrow(() -> new NotFoundException("measurement", wave.id()))
              .value();
      Map<String, List<String>> declared = measurement.declaredCodes();
      List<String> columns = List.copyOf(new TreeSet<>(declared.keySet()));
      return WaveGroups.<MeasurementResponse>read(
          statuses,
          wave,
          columns,
          declared,
          r -> {
            Map<String, String> own = new HashMap<>(r.attributes());
            own.keySet().retainAll(declared.keySet());
            return new WaveGroups.Row(
                own, r.answers().keySet().stream().map(item -> "item " + item).toList());
          },
          each -> responses.forEach(id, each));
    };
  }
}
