package io.cohesion.core.initiative;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.cohesion.core.Identifiers;
import org.apiguardian.api.API;

/** The id of a stored {@link Consultation}. */
@API(status = EXPERIMENTAL, since = "0.2.0")
public record ConsultationId(String value) {
  public ConsultationId {
    Identifiers.check("consultation id", value);
  }

  /**
   * The id given to the {@code number}th consultation of {@code initiative} when none is asked for:
   * the initiative's id (shortened to fit) and {@code -mc-<number>}.
   */
  public static ConsultationId numbered(InitiativeId initiative, int number) {
    String suffix = "-mc-" + number;
    String base = initiative.value();
    return new ConsultationId(
        base.substring(0, Math.min(base.length(), 100 - suffix.length())) + suffix);
  }

  @Override
  public String toString() {
    return value;
  }
}
