package io.cohesion.core.engagement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cohesion.core.ValidationException;
import io.cohesion.core.neighbourhood.NeighbourhoodId;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ParkedTopicTest {
  private static final NeighbourhoodId WG = new NeighbourhoodId("wg-terrein");
  private static final LocalDate MARCH = LocalDate.of(2020, 3, 1);

  private static ParkedTopic meterCupboard() {
    return ParkedTopic.raise(
        new ParkedTopicId("meter-cupboard"), WG, "What will my meter cupboard look like?");
  }

  @Test
  void startsOpenRaisedByOne() {
    ParkedTopic topic = meterCupboard();

    assertThat(topic.status()).isEqualTo(TopicStatus.OPEN);
    assertThat(topic.raisedBy()).isEqualTo(1);
    assertThat(topic.raisedAgain().raisedAgain().raisedBy()).isEqualTo(3);
  }

  @Test
  void parksWithAMessageAndAnswersLater() {
    ParkedTopic parked =
        meterCupboard()
            .park(
                new ParkedUntil.UntilPhase(Phase.INVOLVED),
                "We show the design at the meeting in the involvement phase.");
    ParkedTopic answered = parked.answer("A compact delivery set replaces the gas meter.");

    assertThat(parked.status()).isEqualTo(TopicStatus.PARKED);
    assertThat(answered.status()).isEqualTo(TopicStatus.ANSWERED);
    assertThat(answered.until()).isEqualTo(parked.until());
    assertThat(answered.answer()).isPresent();
  }

  @Test
  void anAnsweredTopicIsNeitherParkedNorAnsweredAgain() {
    ParkedTopic answered = meterCupboard().answer("Like the one at number 12.");

    assertThatThrownBy(() -> answered.answer("again"))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("answered already");
    assertThatThrownBy(() -> answered.park(new ParkedUntil.UntilDate(MARCH), "later"))
        .hasMessageContaining("answered already");
  }

  @Test
  void parkingNeedsAMessage() {
    assertThatThrownBy(() -> meterCupboard().park(new ParkedUntil.UntilDate(MARCH), " "))
        .hasMessageContaining("message");
  }

  @Test
  void statusAndFieldsMustAgree() {
    ParkedTopicId id = new ParkedTopicId("t");
    assertThatThrownBy(
            () ->
                new ParkedTopic(
                    id,
                    WG,
                    "q",
                    1,
                    TopicStatus.PARKED,
                    Optional.empty(),
                    Optional.empty(),
                    Optional.empty()))
        .hasMessageContaining("until");
    assertThatThrownBy(
            () ->
                new ParkedTopic(
                    id,
                    WG,
                    "q",
                    1,
                    TopicStatus.OPEN,
                    Optional.of(new ParkedUntil.UntilDate(MARCH)),
                    Optional.of("m"),
                    Optional.empty()))
        .hasMessageContaining("open topic");
    assertThatThrownBy(
            () ->
                new ParkedTopic(
                    id,
                    WG,
                    "q",
                    1,
                    TopicStatus.OPEN,
                    Optional.empty(),
                    Optional.empty(),
                    Optional.of("an answer")))
        .hasMessageContaining("answer");
    assertThatThrownBy(
            () ->
                new ParkedTopic(
                    id,
                    WG,
                    "q",
                    1,
                    TopicStatus.ANSWERED,
                    Optional.empty(),
                    Optional.empty(),
                    Optional.empty()))
        .hasMessageContaining("answer");
    assertThatThrownBy(
            () ->
                new ParkedTopic(
                    id,
                    WG,
                    "q",
                    0,
                    TopicStatus.OPEN,
                    Optional.empty(),
                    Optional.empty(),
                    Optional.empty()))
        .hasMessageContaining("raisedBy");
  }

  @Test
  void isDueWhenItsDateComes() {
    ParkedTopic topic = meterCupboard().park(new ParkedUntil.UntilDate(MARCH), "In March.");

    assertThat(topic.isDue(MARCH.minusDays(1), Phase.PARTICIPATING)).isFalse();
    assertThat(topic.isDue(MARCH, Phase.CURIOUS)).isTrue();
  }

  @Test
  void isDueWhenItsPhaseIsReached() {
    ParkedTopic topic =
        meterCupboard().park(new ParkedUntil.UntilPhase(Phase.INVOLVED), "When we involve you.");

    assertThat(topic.isDue(MARCH, Phase.INFORMED)).isFalse();
    assertThat(topic.isDue(MARCH, Phase.INVOLVED)).isTrue();
    assertThat(topic.isDue(MARCH, Phase.PARTICIPATING)).isTrue();
  }

  @Test
  void openAndAnsweredTopicsAreNeverDue() {
    assertThat(meterCupboard().isDue(MARCH, Phase.PARTICIPATING)).isFalse();
    assertThat(meterCupboard().answer("Now.").isDue(MARCH, Phase.PARTICIPATING)).isFalse();
  }
}
