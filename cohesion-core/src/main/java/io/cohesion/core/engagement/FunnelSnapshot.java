package io.cohesion.core.engagement;

import static java.util.Objects.requireNonNull;
import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.time.LocalDate;
import java.util.List;
import org.apiguardian.api.API;

/**
 * The funnel of a neighbourhood and of each of its buildings at the end of one day.
 *
 * @param date the day
 * @param neighbourhood the whole neighbourhood
 * @param buildings each building, in the order the neighbourhood lists them
 */
@API(status = EXPERIMENTAL, since = "0.2.0")
public record FunnelSnapshot(LocalDate date, FunnelCell neighbourhood, List<FunnelCell> buildings) {
  public FunnelSnapshot {
    requireNonNull(date, "date");
    requireNonNull(neighbourhood, "neighbourhood");
    buildings = List.copyOf(buildings);
  }
}
