package io.cohesion.persistence.schema;

/**
 * One way the two dialects' schemas differ.
 *
 * @param table the table it is in
 * @param subject what in the table: "table", "column id", "primary key", "index x", "foreign key
 *     (a, b)", "check a >= 0"
 * @param aspect what of the subject: "exists", "type", "nullable", "default", "generated",
 *     "columns", "unique", "where", "references", "on delete", or an option's name
 * @param sqlite what SQLite has
 * @param postgresql what PostgreSQL has
 */
public record Difference(
    String table, String subject, String aspect, String sqlite, String postgresql)
    implements Comparable<Difference> {
  static final String PRESENT = "present";
  static final String ABSENT = "absent";
  static final String NONE = "none";

  @Override
  public int compareTo(Difference other) {
    return toString().compareTo(other.toString());
  }

  @Override
  public String toString() {
    return "table "
        + table
        + ", "
        + subject
        + ", "
        + aspect
        + ": sqlite "
        + sqlite
        + ", postgresql "
        + postgresql;
  }
}
