package io.cohesion.core.initiative;

import static java.util.Objects.requireNonNull;
import static org.apiguardian.api.API.Status.STABLE;

import io.cohesion.core.Text;
import org.apiguardian.api.API;

/**
 * One piece of advice about a team's make-up. Advice is a value, not an error: a team that is too
 * small can still be stored and can still start.
 *
 * @param kind which rule gave the advice
 * @param message the advice for the team, in Dutch and English, with the figures it is based on
 */
@API(status = STABLE, since = "0.1.0")
public record TeamAdvice(Kind kind, Text message) {
  public TeamAdvice {
    requireNonNull(kind, "kind");
    requireNonNull(message, "message");
  }

  /** How much the advice matters. */
  public enum Severity {
    /** The team misses something the method counts on. */
    CONCERN,
    /** The team works, but could be better. */
    SUGGESTION
  }

  /** The rules advice comes from. */
  public enum Kind {
    /** Fewer than three members. */
    TOO_SMALL(Severity.CONCERN),
    /** Three or four members: it works, five is better. */
    FIVE_IS_BETTER(Severity.SUGGESTION),
    /** No member is a connector (verbinder). */
    NO_CONNECTOR(Severity.CONCERN),
    /** No member is an entrepreneur (ondernemer). */
    NO_ENTREPRENEUR(Severity.CONCERN),
    /** More than half of the members are technical: the team risks becoming a talking club. */
    TALKING_CLUB_RISK(Severity.CONCERN);

    private final Severity severity;

    Kind(Severity severity) {
      this.severity = severity;
    }

    /** How much advice of this kind matters. */
    public Severity severity() {
      return severity;
    }
  }

  /** The advice's severity. */
  public Severity severity() {
    return kind.severity();
  }
}
