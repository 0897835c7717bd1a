package io.cohesion.core.engagement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cohesion.core.neighbourhood.NeighbourhoodId;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

class ResultNudgeTest {
  private static final NeighbourhoodId HEMPENS = new NeighbourhoodId("zuiderburen");
  private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");

  private static Clock on(LocalDate day) {
    return Clock.fixed(day.atTime(12, 0).atZone(AMSTERDAM).toInstant(), AMSTERDAM);
  }

  private static Result shown(String id, LocalDate day) {
    return new Result(new ResultId(id), HEMPENS, day, "The school garden is planted");
  }

  @Test
  void nudgesWhenNothingWasEverShown() {
    ResultNudge nudge = ResultNudge.check(List.of(), on(LocalDate.of(2021, 5, 1))).orElseThrow();

    assertThat(nudge.lastShown()).isEmpty();
    assertThat(nudge.daysSince()).isEmpty();
    assertThat(nudge.message().en()).contains("No result");
  }

  @Test
  void staysQuietForTwentyNineDays() {
    LocalDate shown = LocalDate.of(2021, 4, 1);

    assertThat(ResultNudge.check(List.of(shown("r1", shown)), on(shown.plusDays(29)))).isEmpty();
  }

  @Test
  void nudgesOnTheThirtiethDay() {
    LocalDate shown = LocalDate.of(2021, 4, 1);

    ResultNudge nudge =
        ResultNudge.check(List.of(shown("r1", shown)), on(shown.plusDays(30))).orElseThrow();

    assertThat(nudge.daysSince()).hasValue(30);
    assertThat(nudge.lastShown()).contains(shown);
    assertThat(nudge.message().nl()).contains("30 dagen");
  }

  @Test
  void countsFromTheLatestResultAndIgnoresPlannedOnes() {
    LocalDate today = LocalDate.of(2021, 6, 1);
    List<Result> results =
        List.of(
            shown("old", today.minusDays(90)),
            shown("recent", today.minusDays(10)),
            shown("planned", today.plusDays(5)));

    assertThat(ResultNudge.check(results, on(today))).isEmpty();
    assertThat(ResultNudge.check(List.of(results.get(0), results.get(2)), on(today)))
        .hasValueSatisfying(n -> assertThat(n.daysSince()).hasValue(90));
  }

  @Test
  void aResultNeedsText() {
    assertThatThrownBy(() -> new Result(new ResultId("r"), HEMPENS, LocalDate.of(2021, 1, 1), ""))
        .hasMessageContaining("text");
  }
}
