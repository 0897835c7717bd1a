package io.cohesion.core.wishmap;

import static java.util.Objects.requireNonNull;
import static org.apiguardian.api.API.Status.STABLE;

import io.cohesion.core.Identifiers;
import io.cohesion.core.Text;
import org.apiguardian.api.API;

/**
 * A core value (kernwaarde) residents can say they find important, for example {@code contact}.
 *
 * @param code the value code, used in CSV columns ({@code imp.<code>}) and top choices
 * @param label the value's label in Dutch and English
 */
@API(status = STABLE, since = "0.1.0")
public record Value(String code, Text label) {
  public Value {
    Identifiers.check("value code", code);
    requireNonNull(label, "label of value " + code);
  }

  /** A value labelled with its own code. */
  public static Value of(String code) {
    return new Value(code, Text.of(code));
  }
}
