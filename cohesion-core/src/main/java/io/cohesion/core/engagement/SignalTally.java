package io.cohesion.core.engagement;

import static java.util.Objects.requireNonNull;
import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.cohesion.core.neighbourhood.NeighbourhoodId;
import java.time.LocalDate;
import java.util.List;
import java.util.OptionalInt;
import org.apiguardian.api.API;

/**
 * The signals of a neighbourhood counted by theme, up to the end of one day.
 *
 * @param neighbourhood the neighbourhood
 * @param date the last day counted
 * @param total all signals counted, or empty when suppressed
 * @param themes one count per theme, in declared order
 */
@API(status = EXPERIMENTAL, since = "0.2.0")
public record SignalTally(
    NeighbourhoodId neighbourhood, LocalDate date, OptionalInt total, List<ThemeCount> themes) {
  public SignalTally {
    requireNonNull(neighbourhood, "neighbourhood");
    requireNonNull(date, "date");
    requireNonNull(total, "total");
    themes = List.copyOf(themes);
  }
}
