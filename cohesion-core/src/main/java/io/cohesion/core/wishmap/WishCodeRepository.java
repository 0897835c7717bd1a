package io.cohesion.core.wishmap;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.cohesion.core.Versioned;
import java.util.Map;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * Keeps the codings of wishes (which values a coordinator coded each wish to) and the keywords
 * declared for a wish map's values (port out).
 *
 * <p>A wish that was never coded, and a wish map without declared keywords, count as version 1 with
 * nothing stored, so that the first write names version 1 like every later one names the version it
 * read. A coding belongs to its response: codings of responses that are gone (erased and not kept
 * for a release state) are removed with {@link #keepOnly}, and deleting a wish map removes them
 * all.
 */
@API(status = EXPERIMENTAL, since = "0.2.0")
public interface WishCodeRepository {

  /** Every stored coding of the wish map's wishes, by wish, in wish order. */
  Map<WishId, Versioned<WishCoding>> codings(WishMapId map);

  /**
   * Stores {@code coding} if the wish's coding is still at {@code expectedVersion} (1 when none is
   * stored).
   *
   * @return the coding at its next version
   * @throws io.cohesion.core.NotFoundException when there is no such wish map
   * @throws io.cohesion.core.ConflictException when the stored version is another one
   */
  Versioned<WishCoding> code(WishCoding coding, long expectedVersion);

  /**
   * Removes the codings of every response of {@code map} whose id is not in {@code responses}.
   *
   * @param responses the response ids whose codings stay, ascending
   * @return how many codings were removed
   */
  int keepOnly(WishMapId map, long[] responses);

  /** The keywords declared for the wish map's values, if any were. */
  Optional<Versioned<WishKeywords>> keywords(WishMapId map);

  /**
   * Stores the keywords of a wish map if they are still at {@code expectedVersion} (1 when none are
   * stored).
   *
   * @throws io.cohesion.core.NotFoundException when there is no such wish map
   * @throws io.cohesion.core.ConflictException when the stored version is another one
   */
  Versioned<WishKeywords> declare(WishKeywords keywords, long expectedVersion);
}
