package io.cohesion.persistence.schema;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one vocabulary both dialects' column types are mapped to before they are compared, for the
 * types the migrations use. SQLite keeps a column's type as declared ({@code pragma table_info});
 * PostgreSQL reports its own name for it ({@code format_type}). A type that is not mapped here maps
 * to "unmapped …", which equals nothing, so a migration that uses a new type fails the comparison
 * until the type is mapped here.
 *
 * <p>SQLite's {@code INTEGER} and {@code BIGINT} both store 64-bit integers; they are kept apart so
 * that each side says which the other should use ({@code INTEGER ~ integer}, {@code BIGINT ~
 * bigint}). Where SQLite must say {@code INTEGER} for a 64-bit column (a rowid alias) the
 * difference is allowed by name in {@link DialectDifferences}.
 */
public final class DialectTypes {
  private static final Pattern SIZED = Pattern.compile("([a-z ]+)\\((\\d+)\\)");

  private static final Map<String, String> SQLITE =
      Map.of(
          "integer", "integer",
          "bigint", "bigint",
          "text", "text",
          "boolean", "boolean",
          "blob", "bytes");

  private static final Map<String, String> SQLITE_SIZED =
      Map.of("varchar", "varchar", "char", "char");

  private static final Map<String, String> POSTGRESQL =
      Map.of(
          "integer", "integer",
          "bigint", "bigint",
          "text", "text",
          "boolean", "boolean",
          "bytea", "bytes",
          "bigint[]", "bigint[]");

  private static final Map<String, String> POSTGRESQL_SIZED =
      Map.of("character varying", "varchar", "character", "char");

  private DialectTypes() {}

  /** The mapped type of a SQLite column declared {@code declared}. */
  public static String sqlite(String declared) {
    return map("sqlite", declared, SQLITE, SQLITE_SIZED);
  }

  /** The mapped type of a PostgreSQL column of the type {@code formatted} ({@code format_type}). */
  public static String postgresql(String formatted) {
    return map("postgresql", formatted, POSTGRESQL, POSTGRESQL_SIZED);
  }

  private static String map(
      String dialect, String type, Map<String, String> plain, Map<String, String> sized) {
    String normal = type.trim().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
    normal = normal.replaceAll(" ?\\( ?(\\d+) ?\\)", "($1)");
    String mapped = plain.get(normal);
    if (mapped != null) {
      return mapped;
    }
    Matcher m = SIZED.matcher(normal);
    if (m.matches() && sized.containsKey(m.group(1).trim())) {
      return sized.get(m.group(1).trim()) + "(" + m.group(2) + ")";
    }
    return "unmapped " + dialect + " type " + type;
  }
}
