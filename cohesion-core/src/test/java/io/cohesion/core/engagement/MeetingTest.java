package io.cohesion.core.engagement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cohesion.core.ValidationException;
import io.cohesion.core.neighbourhood.NeighbourhoodId;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class MeetingTest {
  static final NeighbourhoodId WG = new NeighbourhoodId("wg-terrein");

  static Meeting meeting(String id, LocalDate date, int attendance) {
    return new Meeting(
        new MeetingId(id), WG, MeetingKind.INFORMATION, "Information evening", date, attendance);
  }

  @Test
  void rejectsNegativeAttendanceAndABlankTitle() {
    assertThatThrownBy(() -> meeting("m1", LocalDate.of(2019, 3, 1), -1))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("attendance")
        .hasMessageContaining("-1");
    assertThatThrownBy(
            () ->
                new Meeting(
                    new MeetingId("m1"),
                    WG,
                    MeetingKind.WORKSHOP,
                    " ",
                    LocalDate.of(2019, 3, 1),
                    3))
        .hasMessageContaining("title");
  }

  @Test
  void followsAttendanceOverTimeInDateOrder() {
    AttendanceTrend trend =
        AttendanceTrend.of(
            List.of(
                meeting("m3", LocalDate.of(2019, 11, 1), 135),
                meeting("m1", LocalDate.of(2019, 3, 1), 65),
                meeting("m2", LocalDate.of(2019, 6, 1), 85)));

    assertThat(trend.points())
        .extracting(p -> p.meeting().attendance())
        .containsExactly(65, 85, 135);
    assertThat(trend.points().get(0).change()).isEmpty();
    assertThat(trend.points().get(2).change()).hasValue(50);
    assertThat(trend.change()).hasValue(70);
    assertThat(trend.isGrowing()).isTrue();
  }

  @Test
  void aDipIsNotGrowth() {
    AttendanceTrend trend =
        AttendanceTrend.of(
            List.of(
                meeting("m1", LocalDate.of(2019, 3, 1), 65),
                meeting("m2", LocalDate.of(2019, 6, 1), 40)));

    assertThat(trend.isGrowing()).isFalse();
    assertThat(trend.change()).hasValue(-25);
    assertThat(AttendanceTrend.of(List.of()).change()).isEmpty();
  }
}
