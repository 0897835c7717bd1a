package io.cohesion.rest.resource;

import io.cohesion.core.FieldError;
import io.cohesion.core.ValidationException;
import io.cohesion.rest.http.ProblemException;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;

/** Checks of request fields that name the field, shared by the resources of the method. */
final class Fields {
  private Fields() {}

  /**
   * 400 naming every field whose value is absent, all at once: pairs of a field name and its value.
   */
  static void required(Object... namesAndValues) {
    List<FieldError> missing = new ArrayList<>();
    for (int i = 0; i < namesAndValues.length; i += 2) {
      if (namesAndValues[i + 1] == null) {
        missing.add(new FieldError((String) namesAndValues[i], "is required"));
      }
    }
    if (!missing.isEmpty()) {
      throw new ValidationException(missing);
    }
  }

  /** Builds a core value, turning its complaint into a 400 naming {@code field}. */
  static <T> T field(String field, Supplier<T> make) {
    try {
      return make.get();
    } catch (ValidationException e) {
      throw e;
    } catch (IllegalArgumentException | NullPointerException e) {
      throw ProblemException.invalid(field, String.valueOf(e.getMessage()));
    }
  }

  /**
   * The required query parameter {@code name} as a core id: listings of a part of the method are
   * filtered by what they belong to (NLGov ADR: filters are query parameters).
   */
  static <T> T filter(Context ctx, String name, Function<String, T> parse) {
    String value = ctx.queryParam(name);
    if (value == null || value.isEmpty()) {
      throw ValidationException.of(name, "is required: the id to list by");
    }
    return field(name, () -> parse.apply(value));
  }

  /**
   * Builds a nested core value, reporting its complaints under {@code path}: a field {@code name}
   * of the third option becomes {@code options[2].name}.
   */
  static <T> T nested(String path, Supplier<T> make) {
    if (path.isEmpty()) {
      return make.get();
    }
    try {
      return make.get();
    } catch (ValidationException e) {
      throw new ValidationException(
          e.errors().stream()
              .map(
                  error ->
                      new FieldError(
                          error.field().startsWith(path)
                              ? error.field()
                              : path + "." + error.field(),
                          error.reason()))
              .toList());
    } catch (IllegalArgumentException | NullPointerException e) {
      throw ProblemException.invalid(path, String.valueOf(e.getMessage()));
    }
  }

  /** The fields of a path, such as {@code targets[2]}. */
  static String at(String list, int index) {
    return list + "[" + index + "]";
  }
}
