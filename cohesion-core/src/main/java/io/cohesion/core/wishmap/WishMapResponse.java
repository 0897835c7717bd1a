package io.cohesion.core.wishmap;

import static java.util.Objects.requireNonNull;
import static org.apiguardian.api.API.Status.STABLE;

import io.cohesion.core.privacy.Pseudonym;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import org.apiguardian.api.API;

/**
 * One respondent's answers to a {@link WishMap}. Missing answers are absent keys. Whether the
 * answers fit the map is checked by {@link WishMap#check(WishMapResponse)}.
 *
 * @param respondent the respondent's pseudonym
 * @param importance importance per value code
 * @param satisfaction satisfaction per value code
 * @param topChoices the personal top choices, most important first
 * @param segments segment column to the respondent's segment (for example {@code household →
 *     young_parents})
 * @param networks the networks (clubs, events) the respondent takes part in
 * @param willingness willingness to take part, 1–5, if answered
 * @param wishes free-text wishes
 */
@API(status = STABLE, since = "0.1.0")
public record WishMapResponse(
    Pseudonym respondent,
    Map<String, Double> importance,
    Map<String, Double> satisfaction,
    List<String> topChoices,
    Map<String, String> segments,
    Set<String> networks,
    OptionalInt willingness,
    List<String> wishes) {
  public WishMapResponse {
    requireNonNull(respondent, "respondent");
    importance = Map.copyOf(importance);
    satisfaction = Map.copyOf(satisfaction);
    topChoices = List.copyOf(topChoices);
    segments = Map.copyOf(segments);
    networks = Set.copyOf(networks);
    requireNonNull(willingness, "willingness");
    wishes = List.copyOf(wishes);
  }

  /** The same answers under another respondent's pseudonym. */
  public WishMapResponse withRespondent(Pseudonym other) {
    return new WishMapResponse(
        other, importance, satisfaction, topChoices, segments, networks, willingness, wishes);
  }
}
