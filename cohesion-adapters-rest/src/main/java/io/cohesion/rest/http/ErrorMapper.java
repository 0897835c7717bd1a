package io.cohesion.rest.http;

import static org.apiguardian.api.API.Status.INTERNAL;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.exc.InputCoercionException;
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
import io.cohesion.core.ForbiddenException;
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
import org.apiguardian.api.API;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one place where failures become {@code application/problem+json}: core exceptions, JSON that
 * cannot be read, Javalin's own refusals, and everything unexpected (a 500 without a stack trace,
 * logged with a reference the caller can quote).
 */
@API(status = INTERNAL, since = "0.1.0")
public final class ErrorMapper {
  private static final Logger LOG = LoggerFactory.getLogger(ErrorMapper.class);

  /** The field name of the body as a whole, when the value that failed is the body itself. */
  private static final String BODY = "body";

  /** What shows a message was written for programmers: class, package and Jackson names. */
  private static final List<String> CODE_WORDS =
      List.of("`", "$", "io.cohesion", "java.", "javax.", "com.fasterxml", "jackson", "Exception");

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
      Context ctx, Problem problem, Map<String, String> headers, Map<String, ?> members) {
    headers.forEach(ctx::header);
    try {
      ObjectNode body = json.valueToTree(problem);
      members.forEach((name, value) -> body.set(name, json.valueToTree(value)));
      ctx.status(problem.status())
          .contentType(Problem.MEDIA_TYPE + ";charset=utf-8")
          .result(json.writeValueAsString(body).getBytes(StandardCharsets.UTF_8));
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Members a problem has beyond the standard ones: those a handler gave it, and when an unreleased
   * wave closes.
   */
  private static Map<String, ?> membersOf(Exception e) {
    if (e instanceof ProblemException p) {
      return p.members();
    }
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
    if (e instanceof ForbiddenException) {
      return Problem.of(403, "forbidden", "Forbidden", e.getMessage());
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

  /**
   * A problem for JSON that cannot be read, in the terms of the JSON the caller sent: fields by
   * their path, values as JSON kinds ("a whole number", "an object"). Jackson's own messages name
   * the server's classes, so they are never passed on, except for syntax errors of the text itself.
   */
  private static Problem fromJson(JsonProcessingException e) {
    if (e instanceof UnrecognizedPropertyException u) {
      Collection<Object> known = u.getKnownPropertyIds();
      String knownHere =
          known == null || known.isEmpty()
              ? ""
              : "; known fields here are "
                  + known.stream().map(String::valueOf).sorted().collect(Collectors.joining(", "));
      String field = path(u);
      return invalid(
          field, "unknown field" + knownHere, "unknown field '" + field + "'" + knownHere);
    }
    if (e instanceof BoundedValues.OutOfBounds bound) {
      return fieldProblem(path(bound), bound.getOriginalMessage());
    }
    if (e instanceof ValueInstantiationException v) {
      Throwable cause = v.getCause() == null ? v : v.getCause();
      if (cause instanceof ValidationException ve) {
        return new Problem(
            Problem.TYPE_PREFIX + "validation", "Invalid input", 400, ve.getMessage(), ve.errors());
      }
      // Core records reject a bad value with an IllegalArgumentException that names it.
      String reason =
          cause instanceof IllegalArgumentException && cause.getMessage() != null
              ? cause.getMessage()
              : "is not a valid value";
      return fieldProblem(path(v), reason);
    }
    if (e instanceof InvalidFormatException f) {
      return fieldProblem(
          path(f), "must be " + describe(f.getTargetType()) + ", got " + quoted(f.getValue()));
    }
    if (e instanceof MismatchedInputException m) {
      String message = Objects.toString(m.getOriginalMessage(), "");
      if (message.startsWith("Trailing token")) {
        return Problem.of(
            400,
            "malformed-json",
            "Malformed JSON",
            "the body holds more than one JSON value" + at(m.getLocation()));
      }
      if (message.startsWith("No content")) {
        return Problem.of(400, "malformed-json", "Malformed JSON", "the body holds no JSON value");
      }
      String field = path(m);
      return fieldProblem(
          field,
          m.getTargetType() == null
              ? "is not a valid value here"
              : "must be " + describe(m.getTargetType()));
    }
    if (e instanceof InputCoercionException c) {
      return outOfRange(parsingPath(c.getProcessor()), c);
    }
    if (e instanceof JsonMappingException m && m.getCause() instanceof InputCoercionException c) {
      return outOfRange(path(m), c);
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
              + withoutCodeNames(firstLine(r.getOriginalMessage())));
    }
    if (e instanceof JsonMappingException m) {
      return fieldProblem(path(m), "is not a valid value here");
    }
    return Problem.of(400, "malformed-json", "Malformed JSON", "the body cannot be read as JSON");
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

  /** 400 for a number beyond what its field holds, such as 99999999999 for a count. */
  private static Problem outOfRange(String field, InputCoercionException e) {
    return fieldProblem(
        field, "must be " + describe(e.getTargetType()) + ", got one too large or too small");
  }

  /**
   * 400 for one field: {@code reason} as the field error, {@code field 'f' reason} as the detail;
   * the body as a whole is "the body".
   */
  private static Problem fieldProblem(String field, String reason) {
    String detail = (field.equals(BODY) ? "the body" : "field '" + field + "'") + " " + reason;
    return invalid(field, reason, detail);
  }

  private static Problem invalid(String field, String reason, String detail) {
    return new Problem(
        Problem.TYPE_PREFIX + "validation",
        "Invalid input",
        400,
        detail,
        List.of(new FieldError(field, reason)));
  }

  /** The JSON path of the failing value, such as {@code answers.SC1} or {@code items[2].id}. */
  private static String path(JsonMappingException e) {
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
    return path.isEmpty() ? BODY : path.toString();
  }

  /** The JSON path where {@code processor}, a parser, stopped. */
  private static String parsingPath(Object processor) {
    if (!(processor instanceof JsonParser parser)) {
      return BODY;
    }
    List<String> segments = new ArrayList<>();
    for (JsonStreamContext context = parser.getParsingContext();
        context != null && !context.inRoot();
        context = context.getParent()) {
      if (context.inObject() && context.getCurrentName() != null) {
        segments.add(0, context.getCurrentName());
      } else if (context.inArray()) {
        segments.add(0, "[" + Math.max(0, context.getCurrentIndex()) + "]");
      }
    }
    StringBuilder path = new StringBuilder();
    for (String segment : segments) {
      if (!path.isEmpty() && !segment.startsWith("[")) {
        path.append('.');
      }
      path.append(segment);
    }
    return path.isEmpty() ? BODY : path.toString();
  }

  /** What a value of {@code type} is in JSON terms; never a Java name. */
  private static String describe(Class<?> type) {
    if (type == null) {
      return "another kind of value";
    }
    if (type == Integer.class
        || type == int.class
        || type == Long.class
        || type == long.class
        || type == Short.class
        || type == short.class
        || type == java.math.BigInteger.class) {
      return "a whole number";
    }
    if (Number.class.isAssignableFrom(type) || type == double.class || type == float.class) {
      return "a number";
    }
    if (type == String.class || CharSequence.class.isAssignableFrom(type)) {
      return "a string";
    }
    if (type == Boolean.class || type == boolean.class) {
      return "true or false";
    }
    if (Collection.class.isAssignableFrom(type) || type.isArray()) {
      return "an array";
    }
    if (type == java.time.LocalDate.class) {
      return "a date as YYYY-MM-DD";
    }
    if (type.isEnum()) {
      return "one of "
          + java.util.Arrays.stream(type.getEnumConstants())
              .map(Object::toString)
              .collect(Collectors.joining(", "));
    }
    if (Map.class.isAssignableFrom(type) || type.isRecord() || !type.getName().startsWith("java")) {
      return "an object";
    }
    return "another kind of value";
  }

  /** {@code value} as the caller sent it, shortened. */
  private static String quoted(Object value) {
    String text = String.valueOf(value);
    return "'" + (text.length() > 40 ? text.substring(0, 40) + "…" : text) + "'";
  }

  /** {@code message}, unless it names the server's code; then a plain phrase instead. */
  private static String withoutCodeNames(String message) {
    for (String word : CODE_WORDS) {
      if (message.contains(word)) {
        return "unexpected content";
      }
    }
    return message;
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
