package io.cohesion.rest.http;

import static java.util.Objects.requireNonNull;
import static org.apiguardian.api.API.Status.INTERNAL;

import io.cohesion.core.FieldError;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apiguardian.api.API;

/**
 * Ends a request with a problem. Handlers throw it for HTTP-level refusals (a missing precondition,
 * a wrong media type); domain refusals come as core exceptions and are mapped by {@link
 * ErrorMapper}.
 */
@API(status = INTERNAL, since = "0.1.0")
public final class ProblemException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** The members every problem has; an extension may not replace them. */
  private static final Set<String> STANDARD_MEMBERS =
      Set.of("type", "title", "status", "detail", "errors", "instance");

  private final transient Problem problem;
  private final transient Map<String, String> headers;
  private final transient Map<String, Object> members;

  /**
   * A problem with extra response headers and extra members (RFC 9457 extensions, written as JSON
   * beside the standard ones).
   */
  public ProblemException(
      Problem problem, Map<String, String> headers, Map<String, Object> members) {
    super(problem.detail(), null, false, false);
    this.problem = requireNonNull(problem, "problem");
    this.headers = Map.copyOf(headers);
    this.members = Map.copyOf(members);
    for (String name : this.members.keySet()) {
      if (STANDARD_MEMBERS.contains(name)) {
        throw new IllegalArgumentException("'" + name + "' is a standard member of a problem");
      }
    }
  }

  /** A problem with extra response headers (for example {@code WWW-Authenticate}). */
  public ProblemException(Problem problem, Map<String, String> headers) {
    this(problem, headers, Map.of());
  }

  /** A problem without extra headers. */
  public ProblemException(Problem problem) {
    this(problem, Map.of());
  }

  public Problem problem() {
    return problem;
  }

  public Map<String, String> headers() {
    return headers;
  }

  /** The members of the problem beyond the standard ones. */
  public Map<String, Object> members() {
    return members;
  }

  /** 400 for one field that is wrong. */
  public static ProblemException invalid(String field, String reason) {
    FieldError error = new FieldError(field, reason);
    return new ProblemException(
        new Problem(
            Problem.TYPE_PREFIX + "validation",
            "Invalid input",
            400,
            error.toString(),
            List.of(error)));
  }

  /** 400 for a request that cannot be read at all. */
  public static ProblemException badRequest(String detail) {
    return new ProblemException(Problem.of(400, "bad-request", "Bad request", detail));
  }

  /** 403 for a caller whose role may not do this. */
  public static ProblemException forbidden(String detail) {
    return new ProblemException(Problem.of(403, "forbidden", "Forbidden", detail));
  }

  /** 412 for an update against a version that is no longer current. */
  public static ProblemException preconditionFailed(String detail) {
    return new ProblemException(
        Problem.of(412, "precondition-failed", "Precondition failed", detail));
  }

  /** 428 for an update without {@code If-Match}. */
  public static ProblemException preconditionRequired(String detail) {
    return new ProblemException(
        Problem.of(428, "precondition-required", "Precondition required", detail));
  }

  /** 413 for a body over the limit. */
  public static ProblemException tooLarge(long limit) {
    return new ProblemException(
        Problem.of(
            413,
            "content-too-large",
            "Content too large",
            "the request body exceeds the limit of " + limit + " bytes"));
  }

  /** 415 for a body in a media type the route does not take. */
  public static ProblemException unsupportedMediaType(String given, List<String> accepted) {
    return new ProblemException(
        Problem.of(
            415,
            "unsupported-media-type",
            "Unsupported media type",
            "this route takes "
                + String.join(" or ", accepted)
                + ", got "
                + (given == null || given.isBlank() ? "no Content-Type" : "'" + given + "'")));
  }

  /**
   * 406 for a request whose {@code Accept} header allows none of the media types the route serves
   * ({@code served}); the detail names them.
   */
  public static ProblemException notAcceptable(String accept, List<String> served) {
    return new ProblemException(
        Problem.of(
            406,
            "not-acceptable",
            "Not acceptable",
            "this route serves "
                + String.join(" or ", served)
                + ", which the Accept header '"
                + abbreviate(accept)
                + "' does not allow"));
  }

  private static String abbreviate(String header) {
    return header.length() <= 100 ? header : header.substring(0, 100) + "…";
  }

  /** 429 for a client that submits too often. */
  public static ProblemException tooManyRequests(long retryAfterSeconds) {
    return tooManyRequests("submissions", retryAfterSeconds);
  }

  /** 429 for a client with too many {@code what} (such as "failed authentications"). */
  public static ProblemException tooManyRequests(String what, long retryAfterSeconds) {
    return new ProblemException(
        Problem.of(
            429,
            "too-many-requests",
            "Too many requests",
            "too many "
                + what
                + " from this address; try again in "
                + retryAfterSeconds
                + " seconds"),
        Map.of("Retry-After", Long.toString(retryAfterSeconds)));
  }
}
