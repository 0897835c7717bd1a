package io.cohesion.core.engagement;

import static org.apiguardian.api.API.Status.STABLE;

import io.cohesion.core.Text;
import java.util.Optional;
import org.apiguardian.api.API;

/** The phases of the neighbourhood approach: make curious → inform → involve → participate. */
@API(status = STABLE, since = "0.1.0")
public enum Phase {
  /** Residents have heard of the initiative and want to know more (nieuwsgierig maken). */
  CURIOUS(new Text("nieuwsgierig", "curious")),
  /** Residents know what the initiative plans (informeren). */
  INFORMED(new Text("geïnformeerd", "informed")),
  /** Residents think and talk along (betrekken). */
  INVOLVED(new Text("betrokken", "involved")),
  /** Residents take part: join, invest, connect (participeren). */
  PARTICIPATING(new Text("doet mee", "participating"));

  private final Text label;

  Phase(Text label) {
    this.label = label;
  }

  /** The phase's label in Dutch and English. */
  public Text label() {
    return label;
  }

  /** The phase after this one, if any. */
  public Optional<Phase> next() {
    return ordinal() + 1 < values().length
        ? Optional.of(values()[ordinal() + 1])
        : Optional.empty();
  }

  /** Whether this phase is {@code other} or later. */
  public boolean isAtLeast(Phase other) {
    return compareTo(other) >= 0;
  }
}
