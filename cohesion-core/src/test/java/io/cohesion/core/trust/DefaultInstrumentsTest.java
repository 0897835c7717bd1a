package io.cohesion.core.trust;

import static org.assertj.core.api.Assertions.assertThat;

import io.cohesion.core.ResponseRange;
import io.cohesion.core.trust.DefaultInstruments.Instrument;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DefaultInstrumentsTest {

  private static List<String> reversed(Instrument instrument) {
    return instrument.scale().items().stream().filter(Item::reverse).map(Item::id).toList();
  }

  @Test
  void socialCohesionAndTrustHasFiveItemsOneToFiveWithTheLastTwoReversed() {
    Instrument sc = DefaultInstruments.socialCohesionAndTrust();

    assertThat(sc.scale().size()).isEqualTo(5);
    assertThat(sc.scale().response()).isEqualTo(new ResponseRange(1, 5));
    assertThat(reversed(sc)).containsExactly("SC4", "SC5");
    assertThat(sc.source()).contains("Sampson", "1997", "Science", "918-924");
    assertThat(sc.scale().item("SC2").orElseThrow().text().en()).containsIgnoringCase("close-knit");
  }

  @Test
  void informalSocialControlHasFiveItemsOneToFiveNoneReversed() {
    Instrument isc = DefaultInstruments.informalSocialControl();

    assertThat(isc.scale().size()).isEqualTo(5);
    assertThat(isc.scale().response()).isEqualTo(new ResponseRange(1, 5));
    assertThat(reversed(isc)).isEmpty();
    assertThat(isc.source()).isEqualTo(DefaultInstruments.SAMPSON_1997);
  }

  @Test
  void socialTrustIsTheThreeEssItemsZeroToTen() {
    Instrument ess = DefaultInstruments.socialTrust();

    assertThat(ess.scale().items())
        .extracting(Item::id)
        .containsExactly("ppltrst", "pplfair", "pplhlp");
    assertThat(ess.scale().response()).isEqualTo(new ResponseRange(0, 10));
    assertThat(reversed(ess)).isEmpty();
    assertThat(ess.source()).contains("European Social Survey");
  }

  @Test
  void neighbourhoodCohesionReversesOnlyHardlyKnowingEachOther() {
    Instrument nc = DefaultInstruments.neighbourhoodCohesion();

    assertThat(reversed(nc)).containsExactly("NC1");
    assertThat(nc.scale().item("NC1").orElseThrow().text().nl()).contains("nauwelijks");
    assertThat(nc.wording()).isEqualTo(DefaultInstruments.Wording.PARAPHRASED);
    assertThat(nc.source()).contains("CBS", "not the official");
  }

  @Test
  void idsAreUniqueAndFindable() {
    Set<ScaleId> ids = new HashSet<>();
    for (Instrument instrument : DefaultInstruments.all()) {
      assertThat(ids.add(instrument.scale().id())).isTrue();
      assertThat(DefaultInstruments.find(instrument.scale().id())).contains(instrument);
    }
    assertThat(ids).hasSize(4);
    assertThat(DefaultInstruments.find(new ScaleId("nope"))).isEmpty();
  }

  @Test
  void everyItemHasDifferentDutchAndEnglishTextAndTheDefaultMinimum() {
    for (Instrument instrument : DefaultInstruments.all()) {
      Scale scale = instrument.scale();
      assertThat(scale.minAnswered()).isEqualTo(Scale.defaultMinAnswered(scale.size()));
      for (Item item : scale.items()) {
        assertThat(item.text().nl()).as(item.id()).isNotEqualTo(item.text().en());
      }
    }
  }
}
