package io.cohesion.core.engagement;

import static java.util.Objects.requireNonNull;
import static org.apiguardian.api.API.Status.STABLE;

import java.time.LocalDate;
import org.apiguardian.api.API;

/** Until when a question is parked: until the approach reaches a phase, or until a date. */
@API(status = STABLE, since = "0.1.0")
public sealed interface ParkedUntil {

  /** Whether the question is due once {@code today} has come and {@code reached} is reached. */
  boolean isDue(LocalDate today, Phase reached);

  /**
   * Parked until the approach reaches a phase.
   *
   * @param phase the phase in which the question will be answered
   */
  record UntilPhase(Phase phase) implements ParkedUntil {
    public UntilPhase {
      requireNonNull(phase, "phase");
    }

    @Override
    public boolean isDue(LocalDate today, Phase reached) {
      return reached.isAtLeast(phase);
    }
  }

  /**
   * Parked until a date.
   *
   * @param date the day from which the question will be answered
   */
  record UntilDate(LocalDate date) implements ParkedUntil {
    public UntilDate {
      requireNonNull(date, "date");
    }

    @Override
    public boolean isDue(LocalDate today, Phase reached) {
      return !today.isBefore(date);
    }
  }
}
