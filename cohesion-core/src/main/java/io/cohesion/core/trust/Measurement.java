package io.cohesion.core.trust;

import static java.util.Objects.requireNonNull;
import static org.apiguardian.api.API.Status.STABLE;

import io.cohesion.core.FieldError;
import io.cohesion.core.neighbourhood.NeighbourhoodId;
import io.cohesion.core.wishmap.SegmentColumn;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.apiguardian.api.API;

/**
 * One wave of one scale in one neighbourhood, for example trust before an activity. Its responses
 * are kept apart ({@link MeasurementResponse}) because a wave can hold many.
 *
 * @param id the measurement id
 * @param scale the scale the wave uses
 * @param neighbourhood where the wave was held
 * @param wave a short label such as {@code before} or {@code after}
 * @param opened the first day of the wave
 * @param attributes attribute columns declared with their values (for example {@code street}), in
 *     the order figures list them: a response's value in a declared column must be one of its
 *     codes, and only declared columns are grouped by for a caller bound by disclosure control
 *     (docs/privacy.md#keys-are-declared)
 */
@API(status = STABLE, since = "0.1.0")
public record Measurement(
    MeasurementId id,
    ScaleId scale,
    NeighbourhoodId neighbourhood,
    String wave,
    LocalDate opened,
    List<SegmentColumn> attributes) {

  /** A measurement whose attribute columns declare no values. */
  public Measurement(
      MeasurementId id,
      ScaleId scale,
      NeighbourhoodId neighbourhood,
      String wave,
      LocalDate opened) {
    this(id, scale, neighbourhood, wave, opened, List.of());
  }

  public Measurement {
    attributes = List.copyOf(attributes);
    Set<String> declared = new HashSet<>();
    for (SegmentColumn column : attributes) {
      if (!declared.add(column.column())) {
        throw new IllegalArgumentException(
            "measurement " + id + " declares attribute column '" + column.column() + "' twice");
      }
    }
    requireNonNull(id, "id");
    requireNonNull(scale, "scale of measurement " + id);
    requireNonNull(neighbourhood, "neighbourhood of measurement " + id);
    requireNonNull(wave, "wave of measurement " + id);
    if (wave.isBlank() || wave.length() > 100) {
      throw new IllegalArgumentException(
          "wave label of measurement " + id + " must be 1-100 characters, got '" + wave + "'");
    }
    requireNonNull(opened, "opening date of measurement " + id);
  }

  /** The declaration of attribute column {@code column}, if its values are declared. */
  public Optional<SegmentColumn> attribute(String column) {
    return attributes.stream().filter(d -> d.column().equals(column)).findFirst();
  }

  /** Each declared attribute column's codes, in declared order. */
  public Map<String, List<String>> declaredCodes() {
    Map<String, List<String>> codes = new LinkedHashMap<>();
    attributes.forEach(d -> codes.put(d.column(), d.codes()));
    return codes;
  }

  /**
   * Every rule {@code response}'s attributes break against the declarations: a value outside a
   * declared column's codes, named by field without repeating what was typed.
   */
  public List<FieldError> checkAttributes(MeasurementResponse response) {
    List<FieldError> errors = new ArrayList<>();
    for (Map.Entry<String, String> given : new TreeMap<>(response.attributes()).entrySet()) {
      attribute(given.getKey())
          .filter(d -> d.value(given.getValue()).isEmpty())
          .ifPresent(
              d ->
                  errors.add(
                      new FieldError(
                          "attributes." + d.column(),
                          "not a declared value of "
                              + d.column()
                              + "; this measurement declares "
                              + d.codes())));
    }
    return errors;
  }
}
