package io.cohesion.core.initiative;

import static java.util.Objects.requireNonNull;
import static org.apiguardian.api.API.Status.STABLE;

import io.cohesion.core.Identifiers;
import io.cohesion.core.ValidationException;
import org.apiguardian.api.API;

/**
 * The assessment of one market option against one principle.
 *
 * @param principle the principle's code
 * @param verdict meets, fails or unknown
 * @param reason why, in a sentence residents can check
 */
@API(status = STABLE, since = "0.1.0")
public record PrincipleAssessment(String principle, Verdict verdict, String reason) {

  /** The longest reason accepted. */
  public static final int MAX_REASON_LENGTH = 2000;

  public PrincipleAssessment {
    Identifiers.check("principle code", principle);
    requireNonNull(verdict, "verdict on principle " + principle);
    reason = ValidationException.requireText("reason", reason, MAX_REASON_LENGTH);
  }
}
