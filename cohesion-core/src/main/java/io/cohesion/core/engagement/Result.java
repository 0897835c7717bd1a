package io.cohesion.core.engagement;

import static java.util.Objects.requireNonNull;

import io.cohesion.core.ValidationException;
import io.cohesion.core.neighbourhood.NeighbourhoodId;
import java.time.LocalDate;

/**
 * A result shown to residents (show results, the experts say): a milestone such as "40 households
 * signed up" or "the school garden is planted".
 *
 * @param id the result id
 * @param neighbourhood where it was shown
 * @param shown the day it was shown
 * @param text what was shown
 */
public record Result(ResultId id, NeighbourhoodId neighbourhood, LocalDate shown, String text) {
  public Result {
    requireNonNull(id, "id");
    requireNonNull(neighbourhood, "neighbourhood of result " + id);
    requireNonNull(shown, "date of result " + id);
    text = ValidationException.requireText("text", text, 2000);
  }
}
