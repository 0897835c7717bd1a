package io.cohesion.rest.http;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cohesion.core.ConflictException;
import io.cohesion.core.FieldError;
import io.cohesion.core.NotFoundException;
import io.cohesion.core.PrivacyException;
import io.cohesion.core.ValidationException;
import io.cohesion.core.privacy.NotReleasedException;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.HttpStatus;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one place where failures become {@code application/problem+json}: core exceptions, JSON that
 * cannot be read, Javalin's own refusals, and everything unexpected (a 500 without a stack trace,
 * logged with a reference the caller can quote).
 */
public final class ErrorMapper {
  private static final Logger LOG = LoggerFactory.getLogger(ErrorMapper.class);

  private final ObjectMapper json;

  /** A mapper that writes problems with {@code json}. */
  public ErrorMapper(ObjectMapper json) {
    this.json = json;
  }

  /** Registers the mapping for every exception on {@code routes}. */
  public void register(RoutesConfig routes) {
    routes.exception(
        Exception.class, (e, ctx) -> write(ctx, toProblem(e), headersOf(e), membersOf(e)));
    routes.exception(
        HttpResponseException.class, (e, ctx) -> write(ctx, toProblem(e), headersOf(e)));
  }

  /** Writes {@code problem} as the response, with extra headers. */
  public void write(Context ctx, Problem problem, Map<String, String> headers) {
    write(ctx, problem, headers, Map.of());
  }

  /** Writes {@code problem} with extra members (RFC 9457 extensions) and extra headers. */
  private void write(
      Context ctx, Problem problem, Map<String, String> headers, Map<String, String> members) {
    headers.forEach(ctx::header);
    try {
      ObjectNode body = json.valueToTree(problem);
      members.forEach(body::put);
      ctx.status(problem.status())
          .contentType(Problem.MEDIA_TYPE + ";charset=utf-8")
          .result(json.writeValueAsString(body).getBytes(StandardCharsets.UTF_8));
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Members a problem has beyond the standard ones: when an unreleased wave closes. */
  private static Map<String, String> membersOf(Exception e) {
    if (e instanceof NotReleasedException n && n.closes().isPresent()) {
      return Map.of("closes", n.closes().get().toString());
    }
    return Map.of();
  }

  /** The problem that reports {@code e}. */
  public Problem toProblem(Exception e) {
    if (e instanceof ProblemException p) {
      return p.problem();
    }
    if (e instanceof ValidationException v) {
      return new Problem(
          Problem.TYPE_PREFIX + "validation", "Invalid input", 400, v.getMessage(), v.errors());
    }
    if (e instanceof NotFoundException) {
      return Problem.of(404, "not-found", "Not found", e.getMessage());
    }
    if (e instanceof NotReleasedException) {
      return Problem.of(409, "not-released", "Not released yet", e.getMessage());
    }
    if (e instanceof ConflictException) {
      return Problem.of(409, "conflict", "Conflict", e.getMessage());
    }
    if (e instanceof PrivacyException) {
      return Problem.of(403, "privacy", "Hidden by the privacy rules", e.getMessage());
    }
    if (e instanceof JsonProcessingException j) {
      return fromJson(j);
    }
    if (e instanceof IllegalArgumentException) {
      // Core records reject bad values with IllegalArgumentException naming the value.
      return Problem.of(400, "validation", "Invalid input", Objects.toString(e.getMessage(), ""));
    }
    if (e instanceof HttpResponseException h) {
      return fromJavalin(h);
    }
    String reference = UUID.randomUUID().toString();
    LOG.error("unexpected failure, reference {}", reference, e);
    return Problem.of(
        500,
        "internal",
        "Internal error",
        "the server failed unexpectedly; quote reference " + reference + " when reporting it");
  }

  private static Map<String, String> headersOf(Exception e) {
    if (e instanceof ProblemException p) {
      return p.headers();
    }
    if (e instanceof HttpResponseException h && h.getStatus() == 405) {
      String allowed = h.getDetails().get("availableMethods");
      if (allowed != null) {
        return Map.of("Allow", allowed.replace("[", "").replace("]", ""));
      }
    }
    return Map.of();
  }

  private static Problem fromJson(JsonProcessingException e) {
    if (e instanceof UnrecognizedPropertyException u) {
      String field = path(u);
      Collection<Object> known = u.getKnownPropertyIds();
      String reason =
          "unknown field"
              + (known == null || known.isEmpty()
                  ? ""
                  : "; known fields here are "
                      + known.stream()
                          .map(String::valueOf)
                          .sorted()
                          .collect(Collectors.joining(", ")));
      return invalid(field, reason);
    }
    if (e instanceof ValueInstantiationException v) {
      Throwable cause = v.getCause() == null ? v : v.getCause();
      if (cause instanceof ValidationException ve) {
        return new Problem(
            Problem.TYPE_PREFIX + "validation", "Invalid input", 400, ve.getMessage(), ve.errors());
      }
      return invalid(path(v), Objects.toString(cause.getMessage(), "not a valid value"));
    }
    if (e instanceof InvalidFormatException f) {
      return invalid(
          path(f), "expected " + describe(f.getTargetType()) + ", got '" + f.getValue() + "'");
    }
    if (e instanceof MismatchedInputException m) {
      String field = path(m);
      if (m.getTargetType() != null && !field.equals("body")) {
        return invalid(field, "expected " + describe(m.getTargetType()) + at(m.getLocation()));
      }
      return invalid(field, firstLine(m.getOriginalMessage()) + at(m.getLocation()));
    }
    if (e instanceof StreamConstraintsException) {
      return Problem.of(
          400, "malformed-json", "Malformed JSON", "the body is too deep or a value too long");
    }
    if (e instanceof StreamReadException r) {
      return Problem.of(
          400,
          "malformed-json",
          "Malformed JSON",
          "the body is not valid JSON"
              + at(r.getLocation())
              + ": "
              + firstLine(r.getOriginalMessage()));
    }
    if (e instanceof JsonMappingException m) {
      return invalid(path(m), firstLine(m.getOriginalMessage()));
    }
    return Problem.of(400, "malformed-json", "Malformed JSON", firstLine(e.getOriginalMessage()));
  }

  private static Problem fromJavalin(HttpResponseException e) {
    int status = e.getStatus();
    HttpStatus known = HttpStatus.forStatus(status);
    String title = known == HttpStatus.UNKNOWN ? "Error" : known.getMessage();
    String detail =
        switch (status) {
          case 404 -> "no resource at this path";
          case 405 -> "this resource does not take that method";
          case 413 -> "the request body is too large";
          default -> Objects.toString(e.getMessage(), title);
        };
    if (status < 400 || status > 599) {
      return Problem.of(500, "internal", "Internal error", "the server failed unexpectedly");
    }
    String slug = title.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
    return Problem.of(status, slug, title, detail);
  }

  private static Problem invalid(String field, String reason) {
    FieldError error = new FieldError(field, reason);
    return new Problem(
        Problem.TYPE_PREFIX + "validation", "Invalid input", 400, error.toString(), List.of(error));
  }

  /** The JSON path of the failing value, such as {@code answers.SC1} or {@code items[2].id}. */
  private static String path(JsonMappingException e) {
    List<String> parts = new ArrayList<>();
    StringBuilder path = new StringBuilder();
    for (JsonMappingException.Reference ref : e.getPath()) {
      if (ref.getFieldName() != null) {
        if (!path.isEmpty()) {
          path.append('.');
        }
        path.append(ref.getFieldName());
      } else if (ref.getIndex() >= 0) {
        path.append('[').append(ref.getIndex()).append(']');
      }
    }
    parts.add(path.toString());
    String joined = String.join("", parts);
    return joined.isEmpty() ? "body" : joined;
  }

  private static String describe(Class<?> type) {
    if (type == null) {
      return "another value";
    }
    if (Number.class.isAssignableFrom(type)
        || type == int.class
        || type == long.class
        || type == double.class) {
      return type == Integer.class || type == int.class || type == Long.class || type == long.class
          ? "a whole number"
          : "a number";
    }
    if (type == String.class) {
      return "a string";
    }
    if (type == Boolean.class || type == boolean.class) {
      return "true or false";
    }
    if (Collection.class.isAssignableFrom(type) || type.isArray()) {
      return "an array";
    }
    if (Map.class.isAssignableFrom(type) || type.isRecord()) {
      return "an object";
    }
    if (type.isEnum()) {
      return "one of "
          + java.util.Arrays.stream(type.getEnumConstants())
              .map(Object::toString)
              .collect(Collectors.joining(", "));
    }
    if (type == java.time.LocalDate.class) {
      return "a date as YYYY-MM-DD";
    }
    return "a " + type.getSimpleName();
  }

  private static String at(JsonLocation location) {
    if (location == null || location.getLineNr() < 1) {
      return "";
    }
    return " at line " + location.getLineNr() + ", column " + location.getColumnNr();
  }

  private static String firstLine(String message) {
    if (message == null) {
      return "cannot be read";
    }
    int newline = message.indexOf('\n');
    return newline < 0 ? message : message.substring(0, newline);
  }
}
