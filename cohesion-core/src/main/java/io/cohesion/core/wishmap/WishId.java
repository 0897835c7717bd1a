package io.cohesion.core.wishmap;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.cohesion.core.ValidationException;
import org.apiguardian.api.API;

/**
 * The id of one free-text wish: the stored id of the response it was given in and its position
 * there (1 for the first wish). It names the wish for coding without naming who wrote it: a
 * response id is a number the store counts up, never the respondent's pseudonym, and nothing
 * derived from it (docs/privacy.md#wishes).
 *
 * @param response the id the store gave the response ({@link
 *     io.cohesion.core.privacy.StoredResponse#id()}), positive
 * @param position the wish's position in the response's wishes, from 1
 */
@API(status = EXPERIMENTAL, since = "0.2.0")
public record WishId(long response, int position) implements Comparable<WishId> {
  public WishId {
    if (response < 1) {
      throw new IllegalArgumentException("a wish's response id is positive, got " + response);
    }
    if (position < 1) {
      throw new IllegalArgumentException("a wish's position counts from 1, got " + position);
    }
  }

  /**
   * The wish named by {@code text} as {@link #value()} writes it, for example {@code 17-2}.
   *
   * @throws ValidationException on field {@code wishId} when {@code text} is no wish id
   */
  public static WishId parse(String text) {
    int dash = text == null ? -1 : text.indexOf('-');
    if (dash > 0 && dash < text.length() - 1 && text.length() <= 30) {
      try {
        long response = Long.parseLong(text.substring(0, dash));
        int position = Integer.parseInt(text.substring(dash + 1));
        if (response >= 1 && position >= 1 && text.equals(response + "-" + position)) {
          return new WishId(response, position);
        }
      } catch (NumberFormatException e) {
        // falls through to the validation error
      }
    }
    throw ValidationException.of(
        "wishId",
        "must be a wish id such as 17-2 (response id, dash, position), got "
            + (text == null ? "nothing" : "'" + text + "'"));
  }

  /** The id as text: response id, a dash, position ({@code 17-2}). */
  public String value() {
    return response + "-" + position;
  }

  @Override
  public int compareTo(WishId other) {
    int byResponse = Long.compare(response, other.response);
    return byResponse != 0 ? byResponse : Integer.compare(position, other.position);
  }

  @Override
  public String toString() {
    return value();
  }
}
