package io.cohesion.core.initiative;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cohesion.core.ValidationException;
import io.cohesion.core.privacy.Pseudonym;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class MarketConsultationTest {
  private static final List<Principle> PRINCIPLES = Principle.defaults();

  private static List<PrincipleAssessment> all(Verdict verdict) {
    return PRINCIPLES.stream()
        .map(p -> new PrincipleAssessment(p.code(), verdict, "checked in the pitch"))
        .toList();
  }

  private static MarketOption meetsAll(String id) {
    return new MarketOption(id, "Company " + id, "a heat pump collective", all(Verdict.MEETS));
  }

  private static PreferenceVote vote(String voter, String... options) {
    return new PreferenceVote(new Pseudonym(voter), List.of(options));
  }

  @Test
  void anOptionMeetingEveryPrincipleIsEligible() {
    assertThat(meetsAll("a").eligibility(PRINCIPLES).isEligible()).isTrue();
  }

  @Test
  void oneFailedPrincipleMakesAnOptionIneligible() {
    List<PrincipleAssessment> assessments = new ArrayList<>(all(Verdict.MEETS));
    assessments.set(3, new PrincipleAssessment("local", Verdict.FAILS, "profits go abroad"));
    Eligibility eligibility =
        new MarketOption("b", "B", "district heating", assessments).eligibility(PRINCIPLES);

    assertThat(eligibility.isEligible()).isFalse();
    assertThat(eligibility.failed()).containsExactly("local");
    assertThat(eligibility.unknown()).isEmpty();
  }

  @Test
  void anUnknownOrMissingAssessmentMakesAnOptionIneligible() {
    List<PrincipleAssessment> assessments =
        List.of(
            new PrincipleAssessment("affordable", Verdict.UNKNOWN, "price list not yet in"),
            new PrincipleAssessment("sustainable", Verdict.MEETS, "solar thermal"));
    Eligibility eligibility =
        new MarketOption("c", "C", "solar", assessments).eligibility(PRINCIPLES);

    assertThat(eligibility.unknown())
        .containsExactly("affordable", "social", "local", "self-managed");
    assertThat(eligibility.isEligible()).isFalse();
  }

  @Test
  void anAssessmentNeedsAReason() {
    assertThatThrownBy(() -> new PrincipleAssessment("local", Verdict.MEETS, " "))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("reason");
  }

  @Test
  void anOptionAssessesAPrincipleOnce() {
    List<PrincipleAssessment> twice =
        List.of(
            new PrincipleAssessment("local", Verdict.MEETS, "yes"),
            new PrincipleAssessment("local", Verdict.FAILS, "no"));
    assertThatThrownBy(() -> new MarketOption("d", "D", "offer", twice))
        .hasMessageContaining("assessments[1].principle");
  }

  @Test
  void picksFourOfTwelveByVotesAmongEligibleOptions() {
    List<MarketOption> options = new ArrayList<>();
    IntStream.rangeClosed(1, 10)
        .forEach(i -> options.add(meetsAll(String.format(java.util.Locale.ROOT, "o%02d", i))));
    options.add(new MarketOption("o11", "Eleven", "cheap gas", all(Verdict.FAILS)));
    options.add(new MarketOption("o12", "Twelve", "unknown", List.of()));
    List<PreferenceVote> votes =
        List.of(
            vote("r1", "o11", "o03", "o05", "o07"),
            vote("r2", "o11", "o03", "o05"),
            vote("r3", "o11", "o03", "o09"),
            vote("r4", "o12", "o05", "o02"),
            vote("r5", "o07", "o02"));

    ConsultationOutcome outcome = new MarketConsultation(options, 4, votes).outcome(PRINCIPLES);

    // o03: 3 votes, o05: 3, then o02 and o07 with 2 each; o11 had most votes but fails.
    assertThat(outcome.picked())
        .extracting(MarketOption::id)
        .containsExactly("o03", "o05", "o02", "o07");
    assertThat(outcome.ranking()).hasSize(10);
    assertThat(outcome.ranking().get(0).votes()).isEqualTo(3);
    assertThat(outcome.notEligible())
        .extracting(s -> s.option().id(), ConsultationOutcome.Standing::votes)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("o11", 3),
            org.assertj.core.groups.Tuple.tuple("o12", 1));
  }

  @Test
  void picksFewerWhenFewerAreEligible() {
    List<MarketOption> options =
        List.of(meetsAll("a"), new MarketOption("b", "B", "offer", all(Verdict.FAILS)));

    assertThat(new MarketConsultation(options, 2, List.of()).outcome(PRINCIPLES).picked())
        .extracting(MarketOption::id)
        .containsExactly("a");
  }

  @Test
  void rejectsAVoteForAnUnknownOption() {
    assertThatThrownBy(
            () -> new MarketConsultation(List.of(meetsAll("a")), 1, List.of(vote("r1", "zz"))))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("votes[0].options")
        .hasMessageContaining("'zz'");
  }

  @Test
  void rejectsASecondVoteOfTheSameResident() {
    List<MarketOption> options = List.of(meetsAll("a"), meetsAll("b"));
    assertThatThrownBy(
            () -> new MarketConsultation(options, 1, List.of(vote("r1", "a"), vote("r1", "b"))))
        .hasMessageContaining("votes[1].voter");
  }

  @Test
  void rejectsAVoteForMoreOptionsThanPartners() {
    List<MarketOption> options = List.of(meetsAll("a"), meetsAll("b"), meetsAll("c"));
    assertThatThrownBy(() -> new MarketConsultation(options, 2, List.of(vote("r1", "a", "b", "c"))))
        .hasMessageContaining("at most 2");
  }

  @Test
  void rejectsAVoteNamingAnOptionTwice() {
    assertThatThrownBy(() -> vote("r1", "a", "a")).hasMessageContaining("twice");
  }

  @Test
  void rejectsAnOptionListedTwiceAndABadPartnerCount() {
    assertThatThrownBy(
            () -> new MarketConsultation(List.of(meetsAll("a"), meetsAll("a")), 1, List.of()))
        .hasMessageContaining("options[1].id");
    assertThatThrownBy(() -> new MarketConsultation(List.of(meetsAll("a")), 2, List.of()))
        .hasMessageContaining("partners");
    assertThatThrownBy(() -> new MarketConsultation(List.of(meetsAll("a")), 0, List.of()))
        .hasMessageContaining("partners");
  }
}
