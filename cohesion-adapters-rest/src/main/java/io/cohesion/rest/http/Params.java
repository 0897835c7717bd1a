package io.cohesion.rest.http;

import static org.apiguardian.api.API.Status.INTERNAL;

import io.cohesion.core.ValidationException;
import io.javalin.http.Context;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.apiguardian.api.API;

/** Path and query parameters, turned into core values with errors that name the parameter. */
@API(status = INTERNAL, since = "0.1.0")
public final class Params {
  private Params() {}

  /** The path parameter {@code name} as a core id; 400 naming it when the id is not valid. */
  public static <T> T id(Context ctx, String name, Function<String, T> parse) {
    String value = ctx.pathParam(name);
    try {
      return parse.apply(value);
    } catch (IllegalArgumentException e) {
      throw ValidationException.of(name, String.valueOf(e.getMessage()));
    }
  }

  /** The query parameter {@code name} as a core value, if given; 400 naming it when not valid. */
  public static <T> Optional<T> query(Context ctx, String name, Function<String, T> parse) {
    String value = ctx.queryParam(name);
    if (value == null || value.isEmpty()) {
      return Optional.empty();
    }
    try {
      return Optional.of(parse.apply(value));
    } catch (IllegalArgumentException e) {
      throw ValidationException.of(name, String.valueOf(e.getMessage()));
    }
  }

  /** Every value of a repeatable query parameter, such as {@code segment=a&segment=b}. */
  public static List<String> all(Context ctx, String name) {
    return ctx.queryParams(name).stream().filter(v -> !v.isEmpty()).toList();
  }

  /** A whole-number query parameter within {@code [min, max]}, or {@code fallback}. */
  public static int intIn(Context ctx, String name, int fallback, int min, int max) {
    int value = Paging.intParam(ctx, name, fallback);
    if (value < min || value > max) {
      throw ValidationException.of(
          name, "must be between " + min + " and " + max + ", got " + value);
    }
    return value;
  }
}
