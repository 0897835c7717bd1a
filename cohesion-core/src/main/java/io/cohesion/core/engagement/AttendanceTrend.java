package io.cohesion.core.engagement;

import static org.apiguardian.api.API.Status.STABLE;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.OptionalInt;
import org.apiguardian.api.API;

/**
 * Meeting attendance over time: does the neighbourhood come in growing numbers?
 *
 * @param points one point per meeting, by date (ties by id)
 */
@API(status = STABLE, since = "0.1.0")
public record AttendanceTrend(List<Point> points) {
  public AttendanceTrend {
    points = List.copyOf(points);
  }

  /**
   * One meeting on the trend.
   *
   * @param meeting the meeting
   * @param change the attendance minus that of the meeting before, absent for the first
   */
  public record Point(Meeting meeting, OptionalInt change) {}

  /** The trend of these meetings (of any kinds; filter first to follow one kind). */
  public static AttendanceTrend of(List<Meeting> meetings) {
    List<Meeting> byDate =
        meetings.stream()
            .sorted(Comparator.comparing(Meeting::date).thenComparing(m -> m.id().value()))
            .toList();
    List<Point> points = new ArrayList<>();
    for (int i = 0; i < byDate.size(); i++) {
      OptionalInt change =
          i == 0
              ? OptionalInt.empty()
              : OptionalInt.of(byDate.get(i).attendance() - byDate.get(i - 1).attendance());
      points.add(new Point(byDate.get(i), change));
    }
    return new AttendanceTrend(points);
  }

  /** The last attendance minus the first; absent with fewer than two meetings. */
  public OptionalInt change() {
    return points.size() < 2
        ? OptionalInt.empty()
        : OptionalInt.of(
            points.get(points.size() - 1).meeting().attendance()
                - points.get(0).meeting().attendance());
  }

  /** Whether every meeting drew at least as many residents as the one before. */
  public boolean isGrowing() {
    return points.stream().allMatch(p -> p.change().orElse(0) >= 0);
  }
}
