package io.cohesion.core.trust;

import static java.util.Objects.requireNonNull;

import io.cohesion.core.privacy.StateRules;
import io.cohesion.core.privacy.WaveGroups;
import io.cohesion.core.privacy.WaveId;
import io.cohesion.core.privacy.WaveKind;
import io.cohesion.core.privacy.WaveStatusRepository;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * The groups of a measurement's responses as {@link StateRules} weighs them: every attribute column
 * the responses carry, in name order, as scale scoring weighs them for a bound caller.
 */
public final class MeasurementGroups {
  private MeasurementGroups() {}

  /** Reads the groups of a measurement wave now, from {@code responses}. */
  public static Function<WaveId, WaveGroups> reader(
      MeasurementResponseStore responses, WaveStatusRepository statuses) {
    requireNonNull(responses, "responses");
    requireNonNull(statuses, "statuses");
    return wave -> {
      if (wave.kind() != WaveKind.MEASUREMENT) {
        throw new IllegalArgumentException(wave + " is not a measurement");
      }
      MeasurementId id = new MeasurementId(wave.id());
      List<List<String>> answered = new ArrayList<>();
      WaveGroups read =
          WaveGroups.read(
              statuses,
              wave,
              List.of(),
              () -> {
                answered.clear();
                List<Map<String, String>> keys = new ArrayList<>();
                responses.forEach(
                    id,
                    r -> {
                      keys.add(r.attributes());
                      answered.add(
                          r.answers().keySet().stream().map(item -> "item " + item).toList());
                    });
                return keys;
              });
      TreeSet<String> columns = new TreeSet<>();
      read.keys().forEach(k -> columns.addAll(k.keySet()));
      return new WaveGroups(List.copyOf(columns), read.ids(), read.keys()).withAnswered(answered);
    };
  }
}
