package io.cohesion.core.activity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cohesion.core.FieldError;
import io.cohesion.core.ValidationException;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ActivitySessionTest {
  private static final ActivityId TORCH = new ActivityId("torch");
  private static final LocalDate DAY = LocalDate.of(2024, 8, 14);

  private static String fieldOf(Runnable r) {
    try {
      r.run();
    } catch (ValidationException e) {
      return e.errors().stream().map(FieldError::field).findFirst().orElseThrow();
    }
    throw new AssertionError("no validation error");
  }

  @Test
  void allNewcomersIsFineAndNoOneIsFine() {
    assertThat(new ActivitySession(TORCH, DAY, 40, 40).newParticipants()).isEqualTo(40);
    assertThat(new ActivitySession(TORCH, DAY, 0, 0).attendance()).isZero();
  }

  @Test
  void rejectsNegativeAttendance() {
    assertThat(fieldOf(() -> new ActivitySession(TORCH, DAY, -1, 0))).isEqualTo("attendance");
  }

  @Test
  void rejectsNegativeNewcomers() {
    assertThat(fieldOf(() -> new ActivitySession(TORCH, DAY, 3, -1))).isEqualTo("newParticipants");
  }

  @Test
  void rejectsMoreNewcomersThanAttendees() {
    assertThatThrownBy(() -> new ActivitySession(TORCH, DAY, 10, 11))
        .hasMessageContaining("newParticipants")
        .hasMessageContaining("11");
  }

  @Test
  void attendanceSumsSessionsInDateOrder() {
    Attendance attendance =
        Attendance.of(
            List.of(
                new ActivitySession(TORCH, DAY.plusDays(1), 30, 5),
                new ActivitySession(TORCH, DAY, 40, 25)));

    assertThat(attendance.total()).isEqualTo(70);
    assertThat(attendance.newParticipants()).isEqualTo(30);
    assertThat(attendance.sessions().get(0).date()).isEqualTo(DAY);
    assertThat(attendance.lastSession()).contains(DAY.plusDays(1));
    assertThat(Attendance.of(List.of()).lastSession()).isEmpty();
  }
}
