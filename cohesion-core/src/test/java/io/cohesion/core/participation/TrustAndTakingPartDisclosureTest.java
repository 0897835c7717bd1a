package io.cohesion.core.participation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cohesion.core.ResponseRange;
import io.cohesion.core.Text;
import io.cohesion.core.ValidationException;
import io.cohesion.core.privacy.Audience;
import io.cohesion.core.privacy.DisclosurePolicy;
import io.cohesion.core.privacy.Pseudonym;
import io.cohesion.core.trust.Item;
import io.cohesion.core.trust.Scale;
import io.cohesion.core.trust.ScaleData;
import io.cohesion.core.trust.ScaleId;
import io.cohesion.core.wishmap.WishMap;
import io.cohesion.core.wishmap.WishMapResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The model under the disclosure rules (docs/privacy.md#the-model-of-trust-and-taking-part): what
 * an attacker who may choose the cut and the factor can and cannot get.
 */
class TrustAndTakingPartDisclosureTest {

  private static final Audience BOUND = new DisclosurePolicy(5).bound();
  private static final Scale SCALE =
      Scale.of(
          new ScaleId("trust"),
          Text.of("trust"),
          new ResponseRange(1, 5),
          List.of(new Item("t", Text.of("t"), false)));

  /** Persons: trust score, willingness and tenure. */
  private record Person(double trust, int willingness, String tenure) {}

  /** 60 persons whose willingness rises with trust, but not strictly, in two tenures. */
  private static List<Person> neighbourhood() {
    List<Person> persons = new ArrayList<>();
    for (int i = 0; i < 60; i++) {
      double trust = 1 + (i % 9) * 0.5;
      int willingness = 1 + ((i * 7) % 5 + (int) trust) % 5;
      persons.add(new Person(trust, willingness, i % 2 == 0 ? "owner" : "renter"));
    }
    return persons;
  }

  private static ScaleData measured(List<Person> persons) {
    ScaleData.Builder builder = ScaleData.builder(SCALE);
    for (int i = 0; i < persons.size(); i++) {
      builder.add("p" + i, new double[] {persons.get(i).trust()}, null);
    }
    return builder.build();
  }

  private static List<WishMapResponse> answers(List<Person> persons) {
    List<WishMapResponse> answers = new ArrayList<>();
    for (int i = 0; i < persons.size(); i++) {
      Person person = persons.get(i);
      answers.add(
          new WishMapResponse(
              Pseudonym.typed("p" + i),
              Map.of(),
              Map.of(),
              List.of(),
              Map.of("tenure", person.tenure()),
              Set.of(),
              OptionalInt.of(person.willingness()),
              List.of()));
    }
    return answers;
  }

  private static WishMap map(List<String> tenures, boolean declared) {
    Map<String, List<String>> columns = new LinkedHashMap<>();
    columns.put("tenure", tenures);
    return ParticipationReference.wishMap(columns, declared);
  }

  private static ParticipationModel model(
      List<Person> persons, WishMap map, ModelOptions options, Audience audience) {
    return TrustAndTakingPart.model(measured(persons), map, answers(persons), options, audience);
  }

  @Test
  void aBoundAudienceGetsTheModelOfEnoughPersons() {
    List<Person> persons = neighbourhood();

    ParticipationModel model =
        model(
            persons,
            map(List.of("owner", "renter"), true),
            new ModelOptions(4, Optional.of("tenure")),
            BOUND);

    assertThat(model.n()).isEqualTo(60);
    assertThat(model.terms())
        .extracting(ModelTerm::term)
        .containsExactly("(Intercept)", "trust", "tenure=renter");
    assertThat(model.dfResidual()).isEqualTo(57);
  }

  @Test
  void aLevelOfFewerThanKIsWithheldNotMerged() {
    List<Person> persons = new ArrayList<>(neighbourhood());
    // three persons in a third tenure: enough for no figure of their own
    persons.set(0, new Person(1, 2, "social"));
    persons.set(1, new Person(4, 5, "social"));
    persons.set(2, new Person(3, 3, "social"));
    WishMap map = map(List.of("owner", "renter", "social"), true);
    ModelOptions options = new ModelOptions(4, Optional.of("tenure"));

    assertThat(model(persons, map, options, BOUND).suppressed())
        .hasValueSatisfying(reason -> assertThat(reason).contains("tenure=social"));
    assertThat(model(persons, map, options, Audience.rawData(5)).suppressed())
        .hasValueSatisfying(
            reason -> assertThat(reason).contains("level 'social' of 'tenure' has fewer than 5"));
    assertThat(model(persons, map, options, Audience.rawData(5)).terms()).isEmpty();
    // without the factor the holder of the raw data gets a model of the same persons
    assertThat(
            model(persons, map, new ModelOptions(4, Optional.empty()), Audience.rawData(5))
                .suppressed())
        .isEmpty();
  }

  @Test
  void movingTheCutCannotIsolateAFewPersons() {
    List<Person> persons = new ArrayList<>(neighbourhood());
    // exactly two persons answered willingness 3: the cuts 3 and 4 differ by them alone
    for (int i = 0; i < persons.size(); i++) {
      Person p = persons.get(i);
      if (p.willingness() == 3) {
        persons.set(i, new Person(p.trust(), i % 2 == 0 ? 2 : 4, p.tenure()));
      }
    }
    persons.set(10, new Person(2, 3, "owner"));
    persons.set(11, new Person(3.5, 3, "renter"));
    WishMap map = map(List.of("owner", "renter"), true);

    int released = 0;
    for (int cut : new int[] {3, 4}) {
      ParticipationModel model =
          model(persons, map, new ModelOptions(cut, Optional.empty()), BOUND);
      if (model.suppressed().isEmpty()) {
        released++;
      } else {
        assertThat(model.suppressed().get()).contains("would single out fewer than 5");
        assertThat(model.n()).isZero();
      }
    }
    assertThat(released).as("models released of cuts 3 and 4").isLessThan(2);
    // the holder of the raw data sees both
    for (int cut : new int[] {3, 4}) {
      assertThat(
              model(persons, map, new ModelOptions(cut, Optional.empty()), Audience.rawData(5))
                  .cut())
          .isEqualTo(cut);
    }
  }

  @Test
  void aCutWithFewerThanKWillingIsWithheld() {
    List<Person> persons = new ArrayList<>();
    for (Person p : neighbourhood()) {
      persons.add(new Person(p.trust(), Math.min(p.willingness(), 4), p.tenure()));
    }
    persons.set(5, new Person(4.5, 5, "owner"));
    persons.set(6, new Person(2.0, 5, "renter"));

    assertThat(
            model(
                    persons,
                    map(List.of("owner", "renter"), true),
                    new ModelOptions(5, Optional.empty()),
                    BOUND)
                .suppressed())
        .hasValueSatisfying(reason -> assertThat(reason).contains("willingness of 5 or more"));
  }

  @Test
  void aBoundAudienceMayNotUseAnUndeclaredColumn() {
    assertThatThrownBy(
            () ->
                model(
                    neighbourhood(),
                    map(List.of("owner", "renter"), false),
                    new ModelOptions(4, Optional.of("tenure")),
                    BOUND))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("declares no values");
  }

  @Test
  void tooFewPersonsPerTermAreRefused() {
    List<Person> persons = neighbourhood().subList(0, 25);

    assertThatThrownBy(
            () ->
                model(
                    persons,
                    map(List.of("owner", "renter"), true),
                    new ModelOptions(4, Optional.of("tenure")),
                    Audience.rawData(5)))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("needs at least 10 linked persons per term (30), got 25");
    assertThat(
            model(
                    neighbourhood().subList(0, 4),
                    map(List.of("owner", "renter"), true),
                    new ModelOptions(4, Optional.empty()),
                    Audience.rawData(5))
                .suppressed())
        .hasValueSatisfying(reason -> assertThat(reason).contains("at least 5 linked persons"));
  }

  @Test
  void aCutOutsideTwoToFiveIsRefused() {
    assertThatThrownBy(() -> new ModelOptions(1, Optional.empty()))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("cut");
    assertThatThrownBy(() -> new ModelOptions(6, Optional.empty()))
        .isInstanceOf(ValidationException.class);
  }
}
