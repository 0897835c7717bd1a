package io.cohesion.persistence.schema;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Brings a SQL expression (a check constraint, a partial index's predicate, a default) into one
 * form, so that what SQLite keeps as written and what PostgreSQL prints back from its parse tree
 * compare equal when they say the same. The normal form: keywords and identifiers in lower case,
 * quotes around identifiers and casts ({@code ::text}) dropped, {@code x BETWEEN a AND b} as {@code
 * x >= a and x <= b}, {@code x IN (a, b)} as {@code x = any array[a, b]} (PostgreSQL's forms of
 * them), every parenthesis dropped, tokens separated by one space.
 *
 * <p>Dropping the parentheses loses grouping: two checks that differ only in how their {@code
 * AND}/{@code OR} are grouped compare equal. PostgreSQL puts parentheses around every operation it
 * prints, so keeping them would need a parser of both dialects' SQL; the rest of the check (its
 * columns, operators and constants) is compared.
 */
public final class SqlExpressions {
  private static final Set<String> TYPE_SUFFIXES = Set.of("varying", "precision");

  private SqlExpressions() {}

  /** {@code expression} in the normal form. */
  public static String normalise(String expression) {
    List<String> tokens = dropCasts(tokens(expression));
    tokens = rewriteBetween(tokens);
    tokens = rewriteIn(tokens);
    tokens.removeIf(t -> t.equals("(") || t.equals(")"));
    return String.join(" ", tokens).replace("array [ ", "array[").replace(" ]", "]");
  }

  /** Words and numbers (lower case), string literals, quoted identifiers unquoted, operators. */
  static List<String> tokens(String sql) {
    List<String> tokens = new ArrayList<>();
    int i = 0;
    while (i < sql.length()) {
      char c = sql.charAt(i);
      if (Character.isWhitespace(c)) {
        i++;
      } else if (c == '\'') {
        int end = i + 1;
        while (end < sql.length()) {
          if (sql.charAt(end) == '\'') {
            if (end + 1 < sql.length() && sql.charAt(end + 1) == '\'') {
              end += 2;
              continue;
            }
            break;
          }
          end++;
        }
        tokens.add(sql.substring(i, Math.min(end + 1, sql.length())));
        i = end + 1;
      } else if (c == '"') {
        int end = sql.indexOf('"', i + 1);
        end = end < 0 ? sql.length() : end;
        tokens.add(sql.substring(i + 1, end).toLowerCase(Locale.ROOT));
        i = end + 1;
      } else if (Character.isLetterOrDigit(c) || c == '_' || c == '.') {
        int end = i;
        while (end < sql.length()
            && (Character.isLetterOrDigit(sql.charAt(end))
                || sql.charAt(end) == '_'
                || sql.charAt(end) == '.')) {
          end++;
        }
        tokens.add(sql.substring(i, end).toLowerCase(Locale.ROOT));
        i = end;
      } else if (sql.startsWith("::", i)
          || sql.startsWith("<=", i)
          || sql.startsWith(">=", i)
          || sql.startsWith("<>", i)
          || sql.startsWith("!=", i)
          || sql.startsWith("||", i)) {
        String op = sql.substring(i, i + 2);
        tokens.add(op.equals("!=") ? "<>" : op);
        i += 2;
      } else if (c == '=' && sql.startsWith("==", i)) {
        tokens.add("=");
        i += 2;
      } else {
        tokens.add(String.valueOf(c));
        i++;
      }
    }
    return tokens;
  }

  private static List<String> dropCasts(List<String> tokens) {
    List<String> out = new ArrayList<>();
    int i = 0;
    while (i < tokens.size()) {
      if (!tokens.get(i).equals("::")) {
        out.add(tokens.get(i++));
        continue;
      }
      i += 2; // "::" and the type's first word
      while (i < tokens.size() && TYPE_SUFFIXES.contains(tokens.get(i))) {
        i++;
      }
      if (i < tokens.size() && tokens.get(i).equals("(")) {
        while (i < tokens.size() && !tokens.get(i).equals(")")) {
          i++;
        }
        i++;
      }
      while (i + 1 < tokens.size() && tokens.get(i).equals("[") && tokens.get(i + 1).equals("]")) {
        i += 2;
      }
    }
    return out;
  }

  /** {@code x between a and b} with single-token operands as {@code x >= a and x <= b}. */
  private static List<String> rewriteBetween(List<String> tokens) {
    List<String> out = new ArrayList<>(tokens);
    for (int i = 1; i + 3 < out.size(); i++) {
      if (out.get(i).equals("between") && out.get(i + 2).equals("and")) {
        String x = out.get(i - 1);
        String low = out.get(i + 1);
        String high = out.get(i + 3);
        out.subList(i - 1, i + 4).clear();
        out.addAll(i - 1, List.of(x, ">=", low, "and", x, "<=", high));
      }
    }
    return out;
  }

  /** {@code x in ( a , b )} as {@code x = any array [ a , b ]}. */
  private static List<String> rewriteIn(List<String> tokens) {
    List<String> out = new ArrayList<>(tokens);
    for (int i = 1; i + 1 < out.size(); i++) {
      if (out.get(i).equals("in") && out.get(i + 1).equals("(")) {
        int close = closing(out, i + 1);
        if (close < 0) {
          continue;
        }
        out.set(close, "]");
        out.set(i + 1, "[");
        out.set(i, "=");
        out.add(i + 1, "any");
        out.add(i + 2, "array");
      }
    }
    return out;
  }

  private static int closing(List<String> tokens, int open) {
    int depth = 0;
    for (int i = open; i < tokens.size(); i++) {
      if (tokens.get(i).equals("(")) {
        depth++;
      } else if (tokens.get(i).equals(")") && --depth == 0) {
        return i;
      }
    }
    return -1;
  }
}
