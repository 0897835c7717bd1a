package io.cohesion.rest.mapping;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import org.apiguardian.api.API;

/**
 * The bounds every value read from a request or a file keeps, checked in one place for all fields
 * (docs/api.md, "Bounds on requests"): texts are well-formed Unicode without U+0000 and not longer
 * than their kind allows, counts are whole numbers from 0 to {@link #MAX_COUNT}, other numbers are
 * finite and at most {@link #MAX_MAGNITUDE} from zero, dates lie from {@link #MIN_DATE} to {@link
 * #MAX_DATE}. Stricter rules of a field (a code's pattern, an answer within its scale, an amount's
 * cents) are the core model's.
 */
@API(status = INTERNAL, since = "0.1.0")
public final class InputBounds {
  /** The longest name, title, label, pseudonym, segment value or other short text, in chars. */
  public static final int MAX_SHORT_TEXT = 200;

  /** The longest free text (a wish, a description, a note), in chars. */
  public static final int MAX_FREE_TEXT = 4000;

  /** The largest count (attendance, households, resamples asked for in a body, …). */
  public static final int MAX_COUNT = 1_000_000;

  /** The largest absolute value of a number that is not a count or an amount (answers, weights). */
  public static final double MAX_MAGNITUDE = 1_000_000;

  /** The earliest date accepted. */
  public static final LocalDate MIN_DATE = LocalDate.of(1900, 1, 1);

  /** The latest date accepted. */
  public static final LocalDate MAX_DATE = LocalDate.of(2200, 12, 31);

  /**
   * Fields that hold free text: a string is free text when its own field, or the list or object it
   * sits in, has one of these names ({@code wishes[3]}, {@code description.nl}).
   */
  private static final Set<String> FREE_TEXT =
      Set.of(
          "answer",
          "benefit",
          "description",
          "message",
          "notes",
          "offer",
          "question",
          "reason",
          "sustainabilityLink",
          "text",
          "wish",
          "wishes");

  private InputBounds() {}

  /** Whether a field of this name holds free text. */
  public static boolean isFreeText(String field) {
    return field != null && FREE_TEXT.contains(field);
  }

  /** The longest text a field of this kind may hold. */
  public static int maxLength(boolean freeText) {
    return freeText ? MAX_FREE_TEXT : MAX_SHORT_TEXT;
  }

  /**
   * What is wrong with {@code text} as a value of at most {@code maxLength} chars, if anything: a
   * U+0000, a surrogate without its pair (text that is not well-formed UTF-16 cannot be stored as
   * UTF-8), or too many chars. The reason names the position, never repeats the text.
   */
  public static Optional<String> textProblem(String text, int maxLength) {
    if (text.length() > maxLength) {
      return Optional.of("must be at most " + maxLength + " characters long, got " + text.length());
    }
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\u0000') {
        return Optional.of("must not contain the character U+0000, found at position " + (i + 1));
      }
      if (Character.isHighSurrogate(c)
          && i + 1 < text.length()
          && Character.isLowSurrogate(text.charAt(i + 1))) {
        i++;
      } else if (Character.isSurrogate(c)) {
        return Optional.of(
            "must be well-formed Unicode; a lone surrogate U+"
                + Integer.toHexString(c).toUpperCase(java.util.Locale.ROOT)
                + " is at position "
                + (i + 1));
      }
    }
    return Optional.empty();
  }

  /** What is wrong with {@code count}, if anything. */
  public static Optional<String> countProblem(long count) {
    if (count < 0 || count > MAX_COUNT) {
      return Optional.of("must be a whole number from 0 to " + MAX_COUNT + ", got " + count);
    }
    return Optional.empty();
  }

  /** What is wrong with {@code number}, if anything. */
  public static Optional<String> numberProblem(double number) {
    if (!Double.isFinite(number) || Math.abs(number) > MAX_MAGNITUDE) {
      return Optional.of(
          "must be a finite number from -"
              + (long) MAX_MAGNITUDE
              + " to "
              + (long) MAX_MAGNITUDE
              + ", got "
              + number);
    }
    return Optional.empty();
  }

  /** What is wrong with {@code date}, if anything. */
  public static Optional<String> dateProblem(LocalDate date) {
    if (date.isBefore(MIN_DATE) || date.isAfter(MAX_DATE)) {
      return Optional.of("must be a date from " + MIN_DATE + " to " + MAX_DATE + ", got " + date);
    }
    return Optional.empty();
  }
}
