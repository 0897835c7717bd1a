package io.cohesion.core.wishmap;

import static java.util.Objects.requireNonNull;
import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.cohesion.core.ConflictException;
import io.cohesion.core.NotFoundException;
import io.cohesion.core.Page;
import io.cohesion.core.PageRequest;
import io.cohesion.core.ValidationException;
import io.cohesion.core.Versioned;
import io.cohesion.core.privacy.Audience;
import io.cohesion.core.privacy.DisclosurePolicy;
import io.cohesion.core.privacy.NotReleasedException;
import io.cohesion.core.privacy.ReleaseWaves;
import io.cohesion.core.privacy.WaveStatusRepository;
import io.cohesion.core.wishmap.internal.WishCodingService;
import java.util.List;
import org.apiguardian.api.API;

/**
 * Codes the free-text wishes of a wish map to its values and counts them (use case, a port in): a
 * coordinator reads the wishes with suggestions, confirms the values of each, and the tallies per
 * value and group are released like every other count (docs/api.md#coding-wishes).
 *
 * <p>The wishes' text is raw data: {@link #wishes} is for a caller who may hold it (a coordinator),
 * and the driving adapter checks that before it asks. {@link #tallies} releases counts only, under
 * the disclosure policy.
 */
@API(status = EXPERIMENTAL, since = "0.2.0")
public interface CodeWishes {

  /** The use case on the given stores, releasing tallies under {@code policy}. */
  static CodeWishes using(
      WishMapRepository maps,
      WishMapResponseStore responses,
      WishCodeRepository codes,
      WaveStatusRepository statuses,
      ReleaseWaves releases,
      DisclosurePolicy policy) {
    return new WishCodingService(maps, responses, codes, statuses, releases, policy);
  }

  /**
   * One wish as the coordinator codes it.
   *
   * @param id the wish's id (response id and position, never the respondent's pseudonym)
   * @param text what the respondent wrote
   * @param values the values it is coded to; empty when coded to none or not coded
   * @param coded whether a coordinator coded it (possibly to no value)
   * @param version the version of its coding, 1 while it is not coded
   * @param suggestions values whose keywords the text contains: a hint, not a coding
   */
  record Wish(
      WishId id,
      String text,
      List<String> values,
      boolean coded,
      long version,
      List<WishSuggester.Suggestion> suggestions) {
    public Wish {
      requireNonNull(id, "id");
      requireNonNull(text, "text");
      values = List.copyOf(values);
      suggestions = List.copyOf(suggestions);
    }
  }

  /**
   * One page of a wish map's wishes, in the order their responses were stored, each with its coding
   * and suggestions. Raw data, for a coordinator. Only live answers are listed: an erased
   * resident's wishes are not.
   *
   * @throws NotFoundException if there is no such wish map
   */
  Page<Wish> wishes(WishMapId map, PageRequest request);

  /**
   * Codes one wish to {@code values} (zero or more value codes of the map) if its coding is still
   * at {@code expectedVersion}.
   *
   * @throws NotFoundException if there is no such wish map or wish
   * @throws ValidationException on field {@code values} naming each code the map does not have
   * @throws ConflictException if the coding changed since {@code expectedVersion}
   */
  Versioned<WishCoding> code(WishMapId map, WishId wish, List<String> values, long expectedVersion);

  /**
   * The keywords declared for the map's values, at version 1 with none when none are declared.
   *
   * @throws NotFoundException if there is no such wish map
   */
  Versioned<WishKeywords> keywords(WishMapId map);

  /**
   * Declares keywords for the map's values, replacing those at {@code expectedVersion}.
   *
   * @throws NotFoundException if there is no such wish map
   * @throws ValidationException naming each value code the map does not have
   * @throws ConflictException if the keywords changed since {@code expectedVersion}
   */
  Versioned<WishKeywords> declare(WishKeywords keywords, long expectedVersion);

  /**
   * How many respondents had a wish coded to each value, for {@code audience}.
   *
   * <p>A bound audience gets the tallies of the wave's last release state, and only once every wish
   * of that state is coded (while coding goes on, each coded wish would show as a change of one);
   * the cells are cut by the disclosure rule over every state of the wave, together with the counts
   * already released. An audience holding the raw data gets live tallies.
   *
   * @throws NotFoundException if there is no such wish map
   * @throws NotReleasedException if the audience is bound and the wave is not released, or its
   *     wishes are not all coded yet
   */
  WishTallies tallies(WishMapId map, Audience audience);
}
