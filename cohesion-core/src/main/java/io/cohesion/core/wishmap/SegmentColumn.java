package io.cohesion.core.wishmap;

import static java.util.Objects.requireNonNull;
import static org.apiguardian.api.API.Status.STABLE;

import io.cohesion.core.Identifiers;
import io.cohesion.core.Text;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apiguardian.api.API;

/**
 * A segment column declared with its values: the only keys a server groups respondents by, so that
 * a value typed as free text ("Jan de Vries, Dorpsstraat 7") can never become a group a researcher
 * sees (docs/privacy.md#keys-are-declared).
 *
 * @param column the column, for example {@code household}
 * @param label the column's label for people
 * @param values the values respondents may give, in the order figures list them; unique codes
 */
@API(status = STABLE, since = "0.1.0")
public record SegmentColumn(String column, Text label, List<Value> values) {
  public SegmentColumn {
    Identifiers.check("segment column", column);
    requireNonNull(label, "label of segment column " + column);
    values = List.copyOf(values);
    if (values.isEmpty()) {
      throw new IllegalArgumentException("segment column " + column + " declares no values");
    }
    Set<String> codes = new HashSet<>();
    for (Value value : values) {
      if (!codes.add(value.code())) {
        throw new IllegalArgumentException(
            "segment column " + column + " declares value '" + value.code() + "' twice");
      }
    }
  }

  /** The declared value with this code, if there is one. */
  public Optional<Value> value(String code) {
    return values.stream().filter(v -> v.code().equals(code)).findFirst();
  }

  /** The declared codes, in declaration order. */
  public List<String> codes() {
    return values.stream().map(Value::code).toList();
  }
}
