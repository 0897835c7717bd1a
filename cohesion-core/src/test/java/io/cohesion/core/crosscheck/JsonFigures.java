package io.cohesion.core.crosscheck;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;

/**
 * Compares a result document with the document R expects, figure by figure: numbers to an absolute
 * tolerance, {@code null} only where R has {@code null} (an undefined figure), strings exactly,
 * arrays in order and objects with exactly the same keys, so a suppressed group that carries any
 * figure fails.
 */
public final class JsonFigures {

  /** The tolerance of docs/scoring.md: every figure equals R to 1e-6. */
  public static final double TOLERANCE = 1e-6;

  private JsonFigures() {}

  /** Every difference between {@code expected} and {@code actual}, each naming its JSON path. */
  public static List<String> differences(JsonNode expected, JsonNode actual) {
    List<String> differences = new ArrayList<>();
    compare("$", expected, actual, differences);
    return differences;
  }

  /** The largest absolute difference between two numbers at the same place in both documents. */
  public static double largestDifference(JsonNode expected, JsonNode actual) {
    if (expected == null || actual == null) {
      return 0;
    }
    if (expected.isNumber() && actual.isNumber()) {
      return Math.abs(expected.doubleValue() - actual.doubleValue());
    }
    double largest = 0;
    if (expected.isArray() && actual.isArray()) {
      for (int i = 0; i < Math.min(expected.size(), actual.size()); i++) {
        largest = Math.max(largest, largestDifference(expected.get(i), actual.get(i)));
      }
    } else if (expected.isObject() && actual.isObject()) {
      for (Iterator<String> keys = expected.fieldNames(); keys.hasNext(); ) {
        String key = keys.next();
        largest = Math.max(largest, largestDifference(expected.get(key), actual.get(key)));
      }
    }
    return largest;
  }

  private static void compare(String path, JsonNode expected, JsonNode actual, List<String> out) {
    if (actual == null || actual.isMissingNode()) {
      out.add(path + ": missing, R has " + expected);
    } else if (expected.isNull() || actual.isNull()) {
      if (expected.isNull() != actual.isNull()) {
        out.add(path + ": R has " + expected + ", got " + actual);
      }
    } else if (expected.isNumber()) {
      if (!actual.isNumber()) {
        out.add(path + ": R has the number " + expected + ", got " + actual);
      } else if (!(Math.abs(expected.doubleValue() - actual.doubleValue()) <= TOLERANCE)) {
        out.add(
            String.format(
                Locale.ROOT,
                "%s: R has %.15g, got %.15g (difference %.3g)",
                path,
                expected.doubleValue(),
                actual.doubleValue(),
                actual.doubleValue() - expected.doubleValue()));
      }
    } else if (expected.isTextual() || expected.isBoolean()) {
      if (!expected.equals(actual)) {
        out.add(path + ": R has " + expected + ", got " + actual);
      }
    } else if (expected.isArray()) {
      if (!actual.isArray() || actual.size() != expected.size()) {
        out.add(path + ": R has " + expected.size() + " elements, got " + describe(actual));
        return;
      }
      for (int i = 0; i < expected.size(); i++) {
        compare(path + "[" + i + "]", expected.get(i), actual.get(i), out);
      }
    } else if (expected.isObject()) {
      if (!actual.isObject()) {
        out.add(path + ": R has an object, got " + actual);
        return;
      }
      TreeSet<String> expectedKeys = new TreeSet<>();
      expected.fieldNames().forEachRemaining(expectedKeys::add);
      TreeSet<String> actualKeys = new TreeSet<>();
      actual.fieldNames().forEachRemaining(actualKeys::add);
      if (!expectedKeys.equals(actualKeys)) {
        out.add(path + ": R has keys " + expectedKeys + ", got " + actualKeys);
      }
      for (String key : expectedKeys) {
        compare(path + "." + key, expected.get(key), actual.get(key), out);
      }
    } else {
      out.add(path + ": cannot compare " + expected);
    }
  }

  private static String describe(JsonNode node) {
    return node.isArray() ? node.size() + " elements" : node.toString();
  }

  /**
   * The reference script hides groups by a plain small-group rule, while the disclosure policy is
   * tested on its own (io.cohesion.core.privacy). Red-thread figures are therefore compared over
   * every group (k = 1): where the script hides one, the analysis' own figures for that group are
   * replaced by the script's suppressed entry before comparing.
   */
  public static void acceptSuppression(JsonNode expected, JsonNode actual) {
    if (expected.isArray() && actual.isArray()) {
      for (int i = 0; i < Math.min(expected.size(), actual.size()); i++) {
        JsonNode e = expected.get(i);
        if (e.path("suppressed").asBoolean(false)
            && actual instanceof com.fasterxml.jackson.databind.node.ArrayNode array) {
          array.set(i, e.deepCopy());
        } else {
          acceptSuppression(e, actual.get(i));
        }
      }
    } else if (expected.isObject() && actual.isObject()) {
      expected
          .fieldNames()
          .forEachRemaining(
              name -> {
                if (actual.has(name)) {
                  acceptSuppression(expected.get(name), actual.get(name));
                }
              });
    }
  }
}
