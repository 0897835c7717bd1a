package io.cohesion.core.engagement;

import static java.util.Objects.requireNonNull;
import static org.apiguardian.api.API.Status.STABLE;

import io.cohesion.core.ValidationException;
import io.cohesion.core.neighbourhood.NeighbourhoodId;
import java.time.LocalDate;
import org.apiguardian.api.API;

/**
 * A result shown to residents (show results, the experts say): a milestone such as "40 households
 * signed up" or "the school garden is planted".
 *
 * @param id the result id
 * @param neighbourhood where it was shown
 * @param shown the day it was shown
 * @param text what was shown
 */
@API(status = STABLE, since = "0.1.0")
public record Result(ResultId id, NeighbourhoodId neighbourhood, LocalDate shown, String text) {
  public Result {
    requireNonNull(id, "id");
    requireNonNull(neighbourhood, "neighbourhood of result " + id);
    requireNonNull(shown, "date of result " + id);
    text = ValidationException.requireText("text", text, 2000);
  }
}
