package io.cohesion.rest.resource;

import io.cohesion.rest.http.ProblemException;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Enum constants as the API writes them: camelCase like every other name in its JSON ({@code
 * OWNER_ASSOCIATION} is {@code ownerAssociation}), read back exactly so.
 */
final class Enums {
  private Enums() {}

  /** The API's name of {@code constant}. */
  static String name(Enum<?> constant) {
    String[] words = constant.name().toLowerCase(Locale.ROOT).split("_");
    StringBuilder name = new StringBuilder(words[0]);
    for (int i = 1; i < words.length; i++) {
      name.append(Character.toUpperCase(words[i].charAt(0))).append(words[i], 1, words[i].length());
    }
    return name.toString();
  }

  /** The constant of {@code type} named {@code value}; 400 naming {@code field} and the choices. */
  static <E extends Enum<E>> E parse(Class<E> type, String field, String value) {
    if (value == null) {
      throw ProblemException.invalid(field, "is required");
    }
    for (E constant : type.getEnumConstants()) {
      if (name(constant).equals(value)) {
        return constant;
      }
    }
    throw ProblemException.invalid(
        field,
        "must be one of "
            + Arrays.stream(type.getEnumConstants())
                .map(Enums::name)
                .collect(Collectors.joining(", "))
            + ", got '"
            + value
            + "'");
  }
}
