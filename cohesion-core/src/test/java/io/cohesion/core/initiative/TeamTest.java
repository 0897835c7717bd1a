package io.cohesion.core.initiative;

import static io.cohesion.core.initiative.TeamRole.CONNECTOR;
import static io.cohesion.core.initiative.TeamRole.ENTREPRENEUR;
import static io.cohesion.core.initiative.TeamRole.FRONTRUNNER;
import static io.cohesion.core.initiative.TeamRole.TECHNICAL;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cohesion.core.ValidationException;
import io.cohesion.core.initiative.TeamAdvice.Kind;
import java.util.List;
import org.junit.jupiter.api.Test;

class TeamTest {

  private static List<Kind> kinds(Team team) {
    return team.advice().stream().map(TeamAdvice::kind).toList();
  }

  @Test
  void aTeamOfFiveWithEveryRoleGetsNoAdvice() {
    Team team =
        Team.of(
            TeamMember.of("Anna", FRONTRUNNER),
            TeamMember.of("Bas", CONNECTOR),
            TeamMember.of("Cor", ENTREPRENEUR),
            TeamMember.of("Dirk", TECHNICAL),
            TeamMember.of("Eva", CONNECTOR));

    assertThat(team.advice()).isEmpty();
    assertThat(team.isSound()).isTrue();
  }

  @Test
  void twoMembersAreTooFew() {
    Team team = Team.of(TeamMember.of("Anna", CONNECTOR), TeamMember.of("Bas", ENTREPRENEUR));

    assertThat(kinds(team)).containsExactly(Kind.TOO_SMALL);
    assertThat(team.advice().get(0).message().en()).contains("has 2");
    assertThat(team.isSound()).isFalse();
  }

  @Test
  void threeMembersWorkButFiveIsBetter() {
    Team team =
        Team.of(
            TeamMember.of("Anna", CONNECTOR),
            TeamMember.of("Bas", ENTREPRENEUR),
            TeamMember.of("Cor", FRONTRUNNER));

    assertThat(kinds(team)).containsExactly(Kind.FIVE_IS_BETTER);
    assertThat(team.advice().get(0).severity()).isEqualTo(TeamAdvice.Severity.SUGGESTION);
    assertThat(team.isSound()).isTrue();
  }

  @Test
  void fourMembersStillHearThatFiveIsBetter() {
    Team team =
        Team.of(
            TeamMember.of("Anna", CONNECTOR),
            TeamMember.of("Bas", ENTREPRENEUR),
            TeamMember.of("Cor", FRONTRUNNER),
            TeamMember.of("Dirk", FRONTRUNNER));

    assertThat(kinds(team)).containsExactly(Kind.FIVE_IS_BETTER);
  }

  @Test
  void aTeamWithoutAConnectorIsToldToFindOne() {
    Team team =
        Team.of(
            TeamMember.of("Anna", FRONTRUNNER),
            TeamMember.of("Bas", ENTREPRENEUR),
            TeamMember.of("Cor", FRONTRUNNER),
            TeamMember.of("Dirk", FRONTRUNNER),
            TeamMember.of("Eva", TECHNICAL));

    assertThat(kinds(team)).containsExactly(Kind.NO_CONNECTOR);
    assertThat(team.isSound()).isFalse();
  }

  @Test
  void aTeamWithoutAnEntrepreneurIsToldToFindOne() {
    Team team =
        Team.of(
            TeamMember.of("Anna", FRONTRUNNER),
            TeamMember.of("Bas", CONNECTOR),
            TeamMember.of("Cor", FRONTRUNNER),
            TeamMember.of("Dirk", FRONTRUNNER),
            TeamMember.of("Eva", TECHNICAL));

    assertThat(kinds(team)).containsExactly(Kind.NO_ENTREPRENEUR);
  }

  @Test
  void moreThanHalfTechnicalRisksATalkingClub() {
    Team team =
        Team.of(
            TeamMember.of("Anna", TECHNICAL, CONNECTOR),
            TeamMember.of("Bas", TECHNICAL, ENTREPRENEUR),
            TeamMember.of("Cor", TECHNICAL),
            TeamMember.of("Dirk", FRONTRUNNER),
            TeamMember.of("Eva", FRONTRUNNER));

    assertThat(kinds(team)).containsExactly(Kind.TALKING_CLUB_RISK);
    assertThat(team.advice().get(0).message().en()).startsWith("3 of 5");
  }

  @Test
  void exactlyHalfTechnicalIsNoTalkingClubYet() {
    Team team =
        Team.of(
            TeamMember.of("Anna", TECHNICAL, CONNECTOR),
            TeamMember.of("Bas", TECHNICAL, ENTREPRENEUR),
            TeamMember.of("Cor", TECHNICAL),
            TeamMember.of("Dirk", FRONTRUNNER),
            TeamMember.of("Eva", FRONTRUNNER),
            TeamMember.of("Fenna", CONNECTOR));

    assertThat(kinds(team)).doesNotContain(Kind.TALKING_CLUB_RISK);
  }

  @Test
  void anEmptyTeamGetsEveryConcernButTheTalkingClub() {
    assertThat(kinds(Team.empty()))
        .containsExactly(Kind.TOO_SMALL, Kind.NO_CONNECTOR, Kind.NO_ENTREPRENEUR);
  }

  @Test
  void adviceMessagesAreBilingual() {
    for (TeamAdvice advice : Team.of(TeamMember.of("Anna", TECHNICAL)).advice()) {
      assertThat(advice.message().nl()).isNotEqualTo(advice.message().en());
    }
  }

  @Test
  void rejectsTheSameMemberTwiceIgnoringCase() {
    assertThatThrownBy(
            () -> Team.of(TeamMember.of("Anna", CONNECTOR), TeamMember.of("anna", TECHNICAL)))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("members[1].name");
  }

  @Test
  void aMemberNeedsARoleAndAName() {
    assertThatThrownBy(() -> new TeamMember("Anna", java.util.Set.of()))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("roles");
    assertThatThrownBy(() -> TeamMember.of(" ", CONNECTOR))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("name");
  }

  @Test
  void countsAMemberWithSeveralRolesForEach() {
    Team team = Team.of(TeamMember.of("Anna", CONNECTOR, ENTREPRENEUR));

    assertThat(team.count(CONNECTOR)).isEqualTo(1);
    assertThat(team.count(ENTREPRENEUR)).isEqualTo(1);
    assertThat(team.count(TECHNICAL)).isZero();
  }
}
