package io.cohesion.core.engagement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cohesion.core.ConflictException;
import io.cohesion.core.ValidationException;
import io.cohesion.core.Versioned;
import io.cohesion.core.neighbourhood.Building;
import io.cohesion.core.neighbourhood.BuildingId;
import io.cohesion.core.neighbourhood.NeighbourhoodId;
import io.cohesion.core.neighbourhood.StakeholderKind;
import io.cohesion.core.privacy.Audience;
import io.cohesion.core.privacy.DisclosurePolicy;
import io.cohesion.core.testing.PortFakes;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class SignalFollowUpTest {
  private static final NeighbourhoodId WG = new NeighbourhoodId("wg-terrein");
  private static final BuildingId TOWER = new BuildingId("tower");
  private static final AmbassadorId FENNA = new AmbassadorId("fenna");
  private static final DisclosurePolicy POLICY = new DisclosurePolicy(3);

  private final PortFakes.Buildings buildings = new PortFakes.Buildings();
  private final PortFakes.Ambassadors ambassadors = new PortFakes.Ambassadors();
  private final PortFakes.Signals signals = new PortFakes.Signals();
  private LocalDate today = LocalDate.of(2024, 3, 10);
  private int next = 1;

  SignalFollowUpTest() {
    buildings.create(new Building(TOWER, WG, "Tower", 96, StakeholderKind.TENANTS));
    ambassadors.create(new Ambassador(FENNA, TOWER, "Fenna", true));
  }

  private RecordEngagement record() {
    return RecordEngagement.using(
        new PortFakes.Meetings(),
        ambassadors,
        signals,
        buildings,
        POLICY,
        Clock.fixed(today.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC));
  }

  private Versioned<Signal> hear(SignalTheme theme, LocalDate date) {
    return record()
        .recordSignal(
            Signal.heard(new SignalId("s" + next++), TOWER, FENNA, date, "Heard it", theme));
  }

  @Test
  void aSignalIsRecordedTodayWithAnOpenFollowUpAndFollowedUpUnderItsVersion() {
    Versioned<Signal> heard = hear(SignalTheme.COSTS, LocalDate.of(2024, 3, 1));
    assertThat(heard.value().recorded()).isEqualTo(today);
    assertThat(heard.value().followUp())
        .isEqualTo(new FollowUp(FollowUpStatus.OPEN, "fenna", today));

    today = LocalDate.of(2024, 3, 12);
    Versioned<Signal> picked =
        record()
            .followUp(
                heard.value().id(),
                FollowUpStatus.IN_PROGRESS,
                FollowUp.COORDINATOR,
                heard.version());

    assertThat(picked.value().followUp())
        .isEqualTo(new FollowUp(FollowUpStatus.IN_PROGRESS, "coordinator", today));
    assertThat(picked.value().recorded()).isEqualTo(LocalDate.of(2024, 3, 10));
    assertThatThrownBy(
            () ->
                record()
                    .followUp(heard.value().id(), FollowUpStatus.DONE, "fenna", heard.version()))
        .isInstanceOf(ConflictException.class);
  }

  @Test
  void aSignalHeardAfterTodayIsRefused() {
    assertThatThrownBy(() -> hear(SignalTheme.COSTS, today.plusDays(1)))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("after today");
  }

  @Test
  void aThemeIsOneOfTheDeclaredCodes() {
    assertThat(SignalTheme.ofCode("timing")).isEqualTo(SignalTheme.TIMING);
    assertThatThrownBy(() -> SignalTheme.ofCode("noise"))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("[costs, nuisance, technical, timing, information, trust, other]");
  }

  @Test
  void theTallyIsLiveForThoseWhoReadSignalsAndCutAtLastMonthForOthers() {
    today = LocalDate.of(2024, 2, 20);
    for (int i = 0; i < 4; i++) {
      hear(SignalTheme.COSTS, LocalDate.of(2024, 2, 10));
    }
    for (int i = 0; i < 3; i++) {
      hear(SignalTheme.NUISANCE, LocalDate.of(2024, 2, 10));
    }
    hear(SignalTheme.TRUST, LocalDate.of(2024, 2, 11));
    today = LocalDate.of(2024, 3, 10);
    hear(SignalTheme.TIMING, LocalDate.of(2024, 3, 2));

    SignalTally live = record().signalTally(WG, Audience.rawData(1));
    SignalTally released = record().signalTally(WG, POLICY.bound());

    assertThat(live.total()).isEqualTo(OptionalInt.of(9));
    assertThat(live.themes().get(SignalTheme.TIMING.ordinal()).signals())
        .isEqualTo(OptionalInt.of(1));
    assertThat(released.date()).isEqualTo(LocalDate.of(2024, 2, 29));
    assertThat(released.themes().get(SignalTheme.COSTS.ordinal()).signals())
        .isEqualTo(OptionalInt.of(4));
    // One trust signal is too few to show; with it hidden, the total and the other themes would
    // give it away, so one more theme is hidden as well.
    assertThat(released.themes().get(SignalTheme.TRUST.ordinal()).suppressed()).isTrue();
    assertThat(released.themes().get(SignalTheme.TIMING.ordinal()).signals())
        .isEqualTo(OptionalInt.of(0));
    long hidden = released.themes().stream().filter(ThemeCount::suppressed).count();
    assertThat(hidden + (released.total().isEmpty() ? 1 : 0)).isGreaterThanOrEqualTo(2);
  }
}
