package io.cohesion.persistence.schema;

/**
 * A difference between the dialects that is intended, and why. Each field matches the {@link
 * Difference}'s field of its name exactly, or anything when it is {@link #ANY}.
 */
public record Allowance(
    String table, String subject, String aspect, String sqlite, String postgresql, String reason) {
  public static final String ANY = "*";

  public Allowance {
    if (reason.isBlank()) {
      throw new IllegalArgumentException("an allowance needs its reason: " + table + " " + subject);
    }
  }

  /** Allows {@code aspect} of {@code subject} in {@code table} to differ in any way. */
  public static Allowance of(String table, String subject, String aspect, String reason) {
    return new Allowance(table, subject, aspect, ANY, ANY, reason);
  }

  public boolean allows(Difference difference) {
    return matches(table, difference.table())
        && matches(subject, difference.subject())
        && matches(aspect, difference.aspect())
        && matches(sqlite, difference.sqlite())
        && matches(postgresql, difference.postgresql());
  }

  private static boolean matches(String pattern, String value) {
    return ANY.equals(pattern) || pattern.equals(value);
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
        + postgresql
        + " ("
        + reason
        + ")";
  }
}
