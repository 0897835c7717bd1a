package io.cohesion.rest.mapping;

import static java.util.Objects.requireNonNull;
import static org.apiguardian.api.API.Status.INTERNAL;

import io.cohesion.core.FieldError;
import io.cohesion.core.ValidationException;
import java.util.List;
import org.apiguardian.api.API;

/**
 * A file that does not follow its format (docs/cli.md). The message names the file and then every
 * broken rule with its field, for example {@code scale.json: items[2].id: missing} or {@code
 * data.csv: row 7, column imp.contact: must be within 1–5, got 7}.
 */
@API(status = INTERNAL, since = "0.1.0")
public final class FileFormatException extends ValidationException {
  private static final long serialVersionUID = 1L;

  private final String source;

  /**
   * @param source the file name (or another name for the input) the errors were found in
   * @param errors the broken rules, at least one
   */
  public FileFormatException(String source, List<FieldError> errors) {
    super(errors);
    this.source = requireNonNull(source, "source");
  }

  /** Convenience for a single broken rule. */
  public static FileFormatException of(String source, String field, String reason) {
    return new FileFormatException(source, List.of(new FieldError(field, reason)));
  }

  /** The name of the file the errors were found in. */
  public String source() {
    return source;
  }

  @Override
  public String getMessage() {
    return source + ": " + super.getMessage();
  }
}
