package io.cohesion.core.wishmap.internal;

import static java.util.Objects.requireNonNull;

import io.cohesion.core.FieldError;
import io.cohesion.core.NotFoundException;
import io.cohesion.core.Page;
import io.cohesion.core.PageRequest;
import io.cohesion.core.ValidationException;
import io.cohesion.core.Versioned;
import io.cohesion.core.privacy.Audience;
import io.cohesion.core.privacy.DisclosurePolicy;
import io.cohesion.core.privacy.NotReleasedException;
import io.cohesion.core.privacy.ReleaseState;
import io.cohesion.core.privacy.ReleaseWaves;
import io.cohesion.core.privacy.StoredResponse;
import io.cohesion.core.privacy.StoredResponses;
import io.cohesion.core.privacy.WaveId;
import io.cohesion.core.privacy.WaveStatusRepository;
import io.cohesion.core.wishmap.CodeWishes;
import io.cohesion.core.wishmap.WishCodeRepository;
import io.cohesion.core.wishmap.WishCoding;
import io.cohesion.core.wishmap.WishId;
import io.cohesion.core.wishmap.WishKeywords;
import io.cohesion.core.wishmap.WishMap;
import io.cohesion.core.wishmap.WishMapId;
import io.cohesion.core.wishmap.WishMapRepository;
import io.cohesion.core.wishmap.WishMapResponse;
import io.cohesion.core.wishmap.WishMapResponseStore;
import io.cohesion.core.wishmap.WishSuggester;
import io.cohesion.core.wishmap.WishTallies;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeMap;

/** {@link CodeWishes} over the wish map, response and coding stores and the waves' states. */
public final class WishCodingService implements CodeWishes {
  private final WishMapRepository maps;
  private final WishMapResponseStore responses;
  private final WishCodeRepository codes;
  private final WaveStatusRepository statuses;
  private final ReleaseWaves releases;
  private final DisclosurePolicy policy;

  public WishCodingService(
      WishMapRepository maps,
      WishMapResponseStore responses,
      WishCodeRepository codes,
      WaveStatusRepository statuses,
      ReleaseWaves releases,
      DisclosurePolicy policy) {
    this.maps = requireNonNull(maps, "maps");
    this.responses = requireNonNull(responses, "responses");
    this.codes = requireNonNull(codes, "codes");
    this.statuses = requireNonNull(statuses, "statuses");
    this.releases = requireNonNull(releases, "releases");
    this.policy = requireNonNull(policy, "policy");
  }

  private WishMap map(WishMapId id) {
    return maps.find(requireNonNull(id, "map"))
        .orElseThrow(() -> new NotFoundException("wish map", id))
        .value();
  }

  private static WaveId wave(WishMapId id) {
    return WaveId.wishMap(id.value());
  }

  /** The live responses with their ids, ascending. */
  private StoredResponses<WishMapResponse> live(WishMapId id) {
    return StoredResponses.read(statuses, wave(id), () -> responses.responses(id));
  }

  @Override
  public Page<Wish> wishes(WishMapId id, PageRequest request) {
    WishMap map = map(id);
    StoredResponses<WishMapResponse> live = live(id);
    long[] ids = live.ids();
    forgetGone(id, ids);
    Map<WishId, Versioned<WishCoding>> coded = codes.codings(id);
    WishSuggester suggester = WishSuggester.of(map, keywords(id).value());
    long from = request.offset();
    long to = from + request.pageSize();
    long index = 0;
    List<Wish> items = new ArrayList<>();
    for (int r = 0; r < ids.length; r++) {
      List<String> texts = live.responses().get(r).wishes();
      for (int w = 0; w < texts.size(); w++) {
        if (index >= from && index < to) {
          WishId wish = new WishId(ids[r], w + 1);
          Versioned<WishCoding> coding = coded.get(wish);
          items.add(
              new Wish(
                  wish,
                  texts.get(w),
                  coding == null ? List.of() : coding.value().values(),
                  coding != null,
                  coding == null ? 1 : coding.version(),
                  suggester.suggest(texts.get(w))));
        }
        index++;
      }
    }
    return new Page<>(items, request, index);
  }

  /**
   * Removes the codings of responses that are neither live nor kept for the last release state:
   * after an erasure whose answers a later state no longer needs, or a store that kept none.
   */
  private void forgetGone(WishMapId id, long[] live) {
    long[] kept = responses.retained(id).stream().mapToLong(StoredResponse::id).toArray();
    long[] all = new long[live.length + kept.length];
    System.arraycopy(live, 0, all, 0, live.length);
    System.arraycopy(kept, 0, all, live.length, kept.length);
    Arrays.sort(all);
    codes.keepOnly(id, all);
  }

  @Override
  public Versioned<WishCoding> code(
      WishMapId id, WishId wish, List<String> values, long expectedVersion) {
    WishMap map = map(id);
    requireNonNull(wish, "wish");
    List<FieldError> errors = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < values.size(); i++) {
      String code = values.get(i);
      if (code == null || map.indexOf(code) < 0) {
        errors.add(
            new FieldError(
                "values[" + i + "]",
                "unknown value code '" + code + "'; this wish map has " + codesOf(map)));
      } else if (!seen.add(code)) {
        errors.add(new FieldError("values[" + i + "]", "value '" + code + "' is given twice"));
      }
    }
    if (!errors.isEmpty()) {
      throw new ValidationException(errors);
    }
    StoredResponses<WishMapResponse> live = live(id);
    int at = Arrays.binarySearch(live.ids(), wish.response());
    if (at < 0 || wish.position() > live.responses().get(at).wishes().size()) {
      throw new NotFoundException("wish", wish.value());
    }
    return codes.code(new WishCoding(id, wish, values), expectedVersion);
  }

  private static List<String> codesOf(WishMap map) {
    return map.values().stream().map(v -> v.code()).toList();
  }

  @Override
  public Versioned<WishKeywords> keywords(WishMapId id) {
    map(id);
    return codes.keywords(id).orElseGet(() -> new Versioned<>(WishKeywords.none(id), 1));
  }

  @Override
  public Versioned<WishKeywords> declare(WishKeywords keywords, long expectedVersion) {
    WishMap map = map(keywords.map());
    List<FieldError> errors = new ArrayList<>();
    for (String code : keywords.keywords().keySet()) {
      if (map.indexOf(code) < 0) {
        errors.add(
            new FieldError(
                "keywords." + code,
                "unknown value code '" + code + "'; this wish map has " + codesOf(map)));
      }
    }
    if (!errors.isEmpty()) {
      throw new ValidationException(errors);
    }
    return codes.declare(keywords, expectedVersion);
  }

  @Override
  public WishTallies tallies(WishMapId id, Audience audience) {
    requireNonNull(audience, "audience");
    WishMap map = map(id);
    Map<WishId, Versioned<WishCoding>> coded = codes.codings(id);
    if (!audience.bound()) {
      StoredResponses<WishMapResponse> live = live(id);
      long[] ids = live.ids();
      List<WishTallying.Respondent> all = new ArrayList<>();
      int uncoded = 0;
      for (int r = 0; r < ids.length; r++) {
        Coded one = coded(ids[r], live.responses().get(r), coded);
        uncoded += one.uncoded();
        all.add(one.respondent());
      }
      return WishTallying.tally(map, all, List.of(ids), policy, audience, OptionalInt.of(uncoded));
    }
    WaveId wave = wave(id);
    ReleaseState state = releases.requireReleased(wave);
    List<ReleaseState> states = releases.states(wave);
    // Every response any state may hold: the live ones and those kept for the last state.
    TreeMap<Long, WishMapResponse> known = new TreeMap<>();
    StoredResponses<WishMapResponse> live = live(id);
    long[] ids = live.ids();
    for (int r = 0; r < ids.length; r++) {
      known.put(ids[r], live.responses().get(r));
    }
    responses.retained(id).forEach(kept -> known.put(kept.id(), kept.response()));
    List<WishTallying.Respondent> all = new ArrayList<>();
    for (Map.Entry<Long, WishMapResponse> response : known.entrySet()) {
      Coded one = coded(response.getKey(), response.getValue(), coded);
      if (one.uncoded() > 0 && Arrays.binarySearch(state.respondents(), response.getKey()) >= 0) {
        throw new NotReleasedException(
            wave,
            Optional.empty(),
            "the wishes of "
                + wave
                + " are still being coded: their tallies are released once every wish of the"
                + " released state is coded");
      }
      all.add(one.respondent());
    }
    for (long member : state.respondents()) {
      if (!known.containsKey(member)) {
        throw new NotReleasedException(
            wave,
            Optional.empty(),
            wave
                + " changed since its last release state (answers were erased); its tallies"
                + " return when a new state is cut");
      }
    }
    List<long[]> cut = new ArrayList<>();
    states.forEach(s -> cut.add(s.respondents()));
    return WishTallying.tally(map, all, cut, policy, audience, OptionalInt.empty());
  }

  private record Coded(WishTallying.Respondent respondent, int uncoded) {}

  private static Coded coded(
      long id, WishMapResponse response, Map<WishId, Versioned<WishCoding>> codings) {
    Set<String> values = new HashSet<>();
    int uncoded = 0;
    for (int w = 1; w <= response.wishes().size(); w++) {
      Versioned<WishCoding> coding = codings.get(new WishId(id, w));
      if (coding == null) {
        uncoded++;
      } else {
        values.addAll(coding.value().values());
      }
    }
    return new Coded(new WishTallying.Respondent(id, response.segments(), values), uncoded);
  }
}
