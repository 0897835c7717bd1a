package io.cohesion.core.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cohesion.core.ConflictException;
import io.cohesion.core.NotFoundException;
import io.cohesion.core.Versioned;
import io.cohesion.core.privacy.Closing;
import io.cohesion.core.privacy.Pseudonym;
import io.cohesion.core.privacy.ReleaseWaves;
import io.cohesion.core.privacy.WaveId;
import io.cohesion.core.wishmap.WishCodeRepository;
import io.cohesion.core.wishmap.WishCoding;
import io.cohesion.core.wishmap.WishId;
import io.cohesion.core.wishmap.WishKeywords;
import io.cohesion.core.wishmap.WishMapId;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** What every {@link WishCodeRepository} does. */
public abstract class WishCodeRepositoryContract extends StoreContract {

  private WishCodeRepository codes() {
    return stores.wishCodes();
  }

  private WishMapId map(String id) {
    return stores.wishMaps().create(Fixtures.wishMap(id)).value().id();
  }

  @Test
  void aWishIsAtVersionOneUntilItIsCodedAndEachCodingNamesTheVersionItRead() {
    WishMapId map = map("wm");
    WishId wish = new WishId(3, 2);
    assertThat(codes().codings(map)).isEmpty();

    Versioned<WishCoding> first =
        codes().code(new WishCoding(map, wish, List.of("greenery", "contact")), 1);
    Versioned<WishCoding> none = codes().code(new WishCoding(map, wish, List.of()), 2);

    assertThat(first.version()).isEqualTo(2);
    assertThat(none.version()).isEqualTo(3);
    assertThat(codes().codings(map)).containsExactly(Map.entry(wish, none));
    assertThatThrownBy(() -> codes().code(new WishCoding(map, wish, List.of("safety")), 2))
        .isInstanceOf(ConflictException.class);
    assertThatThrownBy(
            () -> codes().code(new WishCoding(map, new WishId(3, 1), List.of("safety")), 2))
        .isInstanceOf(ConflictException.class);
    assertThat(codes().codings(map).get(wish).value().values()).isEmpty();
  }

  @Test
  void keepsTheOrderOfValuesAndListsWishesInOrder() {
    WishMapId map = map("wm");
    codes().code(new WishCoding(map, new WishId(12, 1), List.of("safety", "contact")), 1);
    codes().code(new WishCoding(map, new WishId(2, 3), List.of("greenery")), 1);
    codes().code(new WishCoding(map, new WishId(2, 1), List.of()), 1);

    assertThat(codes().codings(map).keySet())
        .containsExactly(new WishId(2, 1), new WishId(2, 3), new WishId(12, 1));
    assertThat(codes().codings(map).get(new WishId(12, 1)).value().values())
        .containsExactly("safety", "contact");
    assertThat(codes().codings(map("other"))).isEmpty();
  }

  @Test
  void refusesCodingsAndKeywordsOfAWishMapThatIsNotStored() {
    WishMapId missing = new WishMapId("never-stored");
    assertThatThrownBy(() -> codes().code(new WishCoding(missing, new WishId(1, 1), List.of()), 1))
        .isInstanceOf(NotFoundException.class);
    assertThatThrownBy(() -> codes().declare(WishKeywords.none(missing), 1))
        .isInstanceOf(NotFoundException.class);
  }

  @Test
  void keepsOnlyTheCodingsOfTheResponsesNamed() {
    WishMapId map = map("wm");
    for (long response : new long[] {1, 2, 3}) {
      codes().code(new WishCoding(map, new WishId(response, 1), List.of("contact")), 1);
      codes().code(new WishCoding(map, new WishId(response, 2), List.of("safety")), 1);
    }

    int removed = codes().keepOnly(map, new long[] {3, 1});

    assertThat(removed).isEqualTo(2);
    assertThat(codes().codings(map).keySet())
        .containsExactly(new WishId(1, 1), new WishId(1, 2), new WishId(3, 1), new WishId(3, 2));
    assertThat(codes().keepOnly(map, new long[0])).isEqualTo(4);
    assertThat(codes().codings(map)).isEmpty();
  }

  @Test
  void declaresKeywordsUnderVersions() {
    WishMapId map = map("wm");
    assertThat(codes().keywords(map)).isEmpty();
    WishKeywords keywords =
        new WishKeywords(
            map,
            Map.of(
                "greenery",
                List.of("Geveltuintjes", "café-terras", "𝄞 muziek"),
                "contact",
                List.of("buurtbarbecue")));

    Versioned<WishKeywords> stored = codes().declare(keywords, 1);

    assertThat(stored.version()).isEqualTo(2);
    assertThat(codes().keywords(map)).contains(stored);
    assertThatThrownBy(() -> codes().declare(WishKeywords.none(map), 1))
        .isInstanceOf(ConflictException.class);
    assertThat(codes().declare(WishKeywords.none(map), 2).version()).isEqualTo(3);
    assertThat(codes().keywords(map).orElseThrow().value().keywords()).isEmpty();
  }

  @Test
  void cuttingTheNextStateDropsTheCodingsOfAnswersKeptOnlyForTheLastOne() {
    WishMapId map = map("wm");
    WaveId wave = WaveId.wishMap("wm");
    List<Long> ids = new ArrayList<>();
    for (int i = 0; i < 11; i++) {
      if (i == 6) {
        releases().open(wave, Optional.empty(), releases().status(wave).version());
      }
      ids.add(
          stores
              .wishMapResponses()
              .submit(map, Fixtures.wishMapResponse("p" + i, i, "a"), Optional.empty())
              .id());
      codes().code(new WishCoding(map, new WishId(ids.get(i), 1), List.of("contact")), 1);
      if (i == 5) {
        releases().close(wave, releases().status(wave).version());
        stores.wishMapResponses().erase(new Pseudonym("p0"));
      }
    }
    WishId erased = new WishId(ids.get(0), 1);
    // Kept with the answers the first state still needs.
    assertThat(codes().codings(map)).containsKey(erased);

    Closing closing = releases().close(wave, releases().status(wave).version());

    assertThat(closing).isInstanceOf(Closing.Cut.class);
    assertThat(codes().codings(map)).doesNotContainKey(erased).hasSize(10);
  }

  private ReleaseWaves releases() {
    return ReleaseWaves.using(
        stores.waveStatuses(),
        Clock.fixed(Instant.parse("2025-03-01T10:00:00Z"), ZoneOffset.UTC),
        5);
  }

  @Test
  void deletingTheWishMapDeletesItsCodingsAndKeywords() {
    WishMapId map = map("wm");
    codes().code(new WishCoding(map, new WishId(1, 1), List.of("contact")), 1);
    codes().declare(new WishKeywords(map, Map.of("contact", List.of("koffie"))), 1);

    stores.wishMaps().delete(map, 1);
    map("wm");

    assertThat(codes().codings(map)).isEmpty();
    assertThat(codes().keywords(map)).isEmpty();
  }
}
