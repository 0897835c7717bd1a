package io.cohesion.examples.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import io.cohesion.core.TargetValue;
import io.cohesion.core.activity.Activity;
import io.cohesion.core.wishmap.WishMapResponse;
import java.util.List;
import org.junit.jupiter.api.Test;

class ZuiderburenTest {
  private final PilotData data = Zuiderburen.generate(Zuiderburen.DEFAULT_SEED);

  @Test
  void theSameSeedGivesTheSameData() {
    assertThat(Zuiderburen.generate(Zuiderburen.DEFAULT_SEED)).isEqualTo(data);
  }

  @Test
  void anotherSeedGivesOtherData() {
    assertThat(Zuiderburen.generate(Zuiderburen.DEFAULT_SEED + 1).responses())
        .isNotEqualTo(data.responses());
  }

  @Test
  void theDataSayTheyAreSynthetic() {
    assertThat(data.wishMap().id().value()).contains(Synthetic.LABEL);
    assertThat(data.neighbourhoodName()).contains(Synthetic.LABEL);
    assertThat(data.responses())
        .allSatisfy(r -> assertThat(r.respondent().value()).contains(Synthetic.LABEL));
  }

  @Test
  void aFewHundredValidResponses() {
    assertThat(data.responses()).hasSizeBetween(200, 600);
    assertThat(data.responses()).allSatisfy(r -> assertThat(data.wishMap().check(r)).isEmpty());
  }

  @Test
  void contactHealthAndFunAreTheMostUrgentValues() {
    List<String> ranking = Urgency.ranking(data.wishMap(), data.responses());

    assertThat(ranking.subList(0, 3)).containsExactlyInAnyOrder("contact", "health", "fun");
  }

  @Test
  void theSchoolReachesMostFamilies() {
    List<WishMapResponse> families =
        Urgency.inSegment(data.responses(), Zuiderburen.HOUSEHOLD, Zuiderburen.FAMILIES);
    long atSchool =
        families.stream().filter(r -> r.networks().contains(Zuiderburen.SCHOOL)).count();

    assertThat((double) atSchool / families.size()).isGreaterThan(0.6);
  }

  @Test
  void theBiodiversityIdeaWorksWithTheSchoolAndEntrepreneurs() {
    Activity biodiversity = data.activities().get(0);

    assertThat(biodiversity.id()).isEqualTo(Zuiderburen.BIODIVERSITY);
    assertThat(biodiversity.targets()).extracting(TargetValue::code).contains("greenery");
    assertThat(biodiversity.partners())
        .containsExactlyInAnyOrder(Zuiderburen.SCHOOL, Zuiderburen.ENTREPRENEURS);
    assertThat(data.activities()).allSatisfy(a -> assertThat(a.check(data.wishMap())).isEmpty());
  }

  @Test
  void trustHasABaselineOnly() {
    assertThat(data.trustBefore()).hasSizeGreaterThan(100);
    assertThat(data.trustAfter()).isEmpty();
  }
}
