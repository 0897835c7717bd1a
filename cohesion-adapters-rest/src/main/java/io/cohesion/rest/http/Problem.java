package io.cohesion.rest.http;

import static java.util.Objects.requireNonNull;
import static org.apiguardian.api.API.Status.INTERNAL;

import io.cohesion.core.FieldError;
import java.util.List;
import org.apiguardian.api.API;

/**
 * An error as RFC 9457 {@code application/problem+json}.
 *
 * @param type a URI naming the kind of problem
 * @param title a short summary of the kind, the same for every occurrence
 * @param status the HTTP status
 * @param detail what went wrong this time, for the person who sent the request
 * @param errors for invalid input, each field that is wrong and why (empty otherwise)
 */
@API(status = INTERNAL, since = "0.1.0")
public record Problem(
    String type, String title, int status, String detail, List<FieldError> errors) {
  /** The media type of a problem. */
  public static final String MEDIA_TYPE = "application/problem+json";

  /** The prefix of every problem type this API defines. */
  public static final String TYPE_PREFIX = "urn:cohesion:problem:";

  public Problem {
    requireNonNull(type, "type");
    requireNonNull(title, "title");
    requireNonNull(detail, "detail");
    errors = List.copyOf(errors);
    if (status < 400 || status > 599) {
      throw new IllegalArgumentException("a problem has a 4xx or 5xx status, got " + status);
    }
  }

  /** A problem of the kind {@code slug} without field errors. */
  public static Problem of(int status, String slug, String title, String detail) {
    return new Problem(TYPE_PREFIX + slug, title, status, detail, List.of());
  }
}
