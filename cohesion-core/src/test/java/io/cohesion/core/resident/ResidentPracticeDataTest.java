package io.cohesion.core.resident;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cohesion.core.PageRequest;
import io.cohesion.core.contract.DomainFixtures;
import io.cohesion.core.engagement.BenefitStatement;
import io.cohesion.core.engagement.BenefitStatementId;
import io.cohesion.core.engagement.BenefitStatementRepository;
import io.cohesion.core.engagement.BenefitSubject;
import io.cohesion.core.engagement.FollowPhases;
import io.cohesion.core.engagement.FunnelSnapshot;
import io.cohesion.core.engagement.HouseholdPhase;
import io.cohesion.core.engagement.MoveReason;
import io.cohesion.core.engagement.Phase;
import io.cohesion.core.engagement.PhaseMove;
import io.cohesion.core.initiative.Consultation;
import io.cohesion.core.initiative.ConsultationId;
import io.cohesion.core.initiative.InitiativeId;
import io.cohesion.core.initiative.MarketConsultation;
import io.cohesion.core.initiative.PreferenceVote;
import io.cohesion.core.neighbourhood.Building;
import io.cohesion.core.neighbourhood.BuildingId;
import io.cohesion.core.neighbourhood.NeighbourhoodId;
import io.cohesion.core.neighbourhood.StakeholderKind;
import io.cohesion.core.privacy.Audience;
import io.cohesion.core.privacy.DisclosurePolicy;
import io.cohesion.core.privacy.InvitationCode;
import io.cohesion.core.privacy.Invitations;
import io.cohesion.core.privacy.Pseudonym;
import io.cohesion.core.privacy.PseudonymSecret;
import io.cohesion.core.privacy.WaveStatusRepository;
import io.cohesion.core.testing.PortFakes;
import io.cohesion.core.wishmap.WishCodeRepository;
import java.lang.reflect.Proxy;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * What an export and an erasure reach beyond the answers: the household's phase, its benefit
 * statements and its votes; and what the funnel's released months keep of an erased household.
 */
class ResidentPracticeDataTest {
  private static final NeighbourhoodId PLACE = new NeighbourhoodId("place");
  private static final BuildingId TOWER = new BuildingId("tower");
  private static final InitiativeId WG = new InitiativeId("wg");
  private static final LocalDate JANUARY = LocalDate.of(2025, 1, 10);

  private final MovableClock clock = new MovableClock();
  private final PortFakes.Buildings buildings = new PortFakes.Buildings();
  private final PortFakes.HouseholdPhases phases = new PortFakes.HouseholdPhases();
  private final PortFakes.Statements statements = new PortFakes.Statements();
  private final PortFakes.Consultations consultations = new PortFakes.Consultations();
  private final Invitations invitations =
      new Invitations(
          new Fakes.Invitations(), PseudonymSecret.of("0123456789abcdef0123456789abcdef"));
  private final ResidentData residentData =
      ResidentData.using(
          invitations,
          new Fakes.WishMapResponses(),
          new Fakes.MeasurementResponses(),
          refusing(WishCodeRepository.class),
          refusing(WaveStatusRepository.class),
          new ResidentData.Practice(
              phases, statements, consultations, clock, new SplittableRandom(3)));

  private final List<InvitationCode> codes =
      invitations.issue(2, Optional.of("Toren"), new SplittableRandom(7));
  private final Pseudonym me = invitations.pseudonymOf(codes.get(0));
  private final Pseudonym neighbour = invitations.pseudonymOf(codes.get(1));

  /** A port no call may reach: these tests answer no wish map, so no coding is touched. */
  private static <T> T refusing(Class<T> port) {
    return port.cast(
        Proxy.newProxyInstance(
            port.getClassLoader(),
            new Class<?>[] {port},
            (proxy, method, args) -> {
              throw new UnsupportedOperationException(method.getName());
            }));
  }

  private static HouseholdPhase curious(Pseudonym household, LocalDate day) {
    return HouseholdPhase.start(
        household, TOWER, Phase.CURIOUS, day, day, MoveReason.MEETING_ATTENDED, Optional.empty());
  }

  private static BenefitStatement statement(String id, BenefitSubject subject) {
    BenefitStatement fixture = DomainFixtures.benefitStatement(id, TOWER);
    return new BenefitStatement(
        new BenefitStatementId(id),
        subject,
        fixture.input(),
        fixture.figures(),
        fixture.calculator(),
        fixture.issued());
  }

  private static Consultation withVotes(String id, PreferenceVote... votes) {
    Consultation fixture = DomainFixtures.consultation(id, WG);
    return new Consultation(
        fixture.id(),
        WG,
        fixture.held(),
        fixture.principles(),
        new MarketConsultation(
            fixture.consultation().options(), fixture.consultation().partners(), List.of(votes)));
  }

  /** The tower with me, my neighbour and five others, all curious since January. */
  private void practice() {
    buildings.create(new Building(TOWER, PLACE, "Toren", 40, StakeholderKind.TENANTS));
    phases.create(curious(me, JANUARY));
    phases.create(curious(neighbour, JANUARY));
    for (int h = 0; h < 5; h++) {
      phases.create(curious(new Pseudonym("kh-" + h), JANUARY.plusDays(h)));
    }
    statements.create(statement("bs-2", new BenefitSubject.Household(TOWER, me)));
    statements.create(statement("bs-1", new BenefitSubject.Household(TOWER, me)));
    statements.create(statement("bs-3", new BenefitSubject.Household(TOWER, neighbour)));
    statements.create(statement("bs-4", new BenefitSubject.WholeBuilding(TOWER)));
    consultations.create(
        withVotes(
            "pitch-2",
            new PreferenceVote(neighbour, List.of("lokaal-licht")),
            new PreferenceVote(me, List.of("warmte-co", "buurtstroom"))));
    consultations.create(withVotes("pitch-1", new PreferenceVote(me, List.of("buurtstroom"))));
    consultations.create(
        withVotes("pitch-3", new PreferenceVote(neighbour, List.of("buurtstroom"))));
  }

  @Test
  void anExportHandsOverThePhaseTheStatementsAndTheVotesOfTheHousehold() {
    practice();

    ResidentData.Export export = residentData.export(codes.get(0));

    assertThat(export.householdPhase()).contains(phases.find(me).orElseThrow().value());
    assertThat(export.benefitStatements())
        .extracting(s -> s.id().value())
        .containsExactly("bs-1", "bs-2");
    assertThat(export.votes())
        .containsExactly(
            new ResidentData.Vote(
                new ConsultationId("pitch-1"),
                WG,
                LocalDate.of(2022, 10, 13),
                List.of("buurtstroom")),
            new ResidentData.Vote(
                new ConsultationId("pitch-2"),
                WG,
                LocalDate.of(2022, 10, 13),
                List.of("warmte-co", "buurtstroom")));
  }

  @Test
  void anErasureThatFailsHalfwayIsCompletedBySendingItAgain() {
    practice();
    clock.today = LocalDate.of(2025, 3, 4);
    // The statements' store fails once, after the phase is erased and before the votes are.
    boolean[] failed = {false};
    BenefitStatementRepository failingOnce =
        (BenefitStatementRepository)
            Proxy.newProxyInstance(
                BenefitStatementRepository.class.getClassLoader(),
                new Class<?>[] {BenefitStatementRepository.class},
                (proxy, method, args) -> {
                  if (method.getName().equals("eraseHousehold") && !failed[0]) {
                    failed[0] = true;
                    throw new IllegalStateException("the store is down");
                  }
                  try {
                    return method.invoke(statements, args);
                  } catch (java.lang.reflect.InvocationTargetException e) {
                    throw e.getCause();
                  }
                });
    ResidentData flaky =
        ResidentData.using(
            invitations,
            new Fakes.WishMapResponses(),
            new Fakes.MeasurementResponses(),
            refusing(WishCodeRepository.class),
            refusing(WaveStatusRepository.class),
            new ResidentData.Practice(
                phases, failingOnce, consultations, clock, new SplittableRandom(3)));

    assertThatThrownBy(() -> flaky.erase(codes.get(0))).hasMessage("the store is down");
    ResidentData.Export between = flaky.export(codes.get(0));
    assertThat(between.householdPhase()).isEmpty(); // erased before the failure, and stays so
    assertThat(between.benefitStatements()).hasSize(2);
    assertThat(between.votes()).hasSize(2);

    // Each step finds only what is still there, so the second erasure does the rest.
    assertThat(flaky.erase(codes.get(0))).isEqualTo(new ResidentData.Erasure(0, 0, 0, 2, 2));
    ResidentData.Export after = flaky.export(codes.get(0));
    assertThat(after.householdPhase()).isEmpty();
    assertThat(after.benefitStatements()).isEmpty();
    assertThat(after.votes()).isEmpty();
  }

  @Test
  void anExportWithoutPracticeRecordsHasNone() {
    ResidentData.Export export = residentData.export(codes.get(0));

    assertThat(export.householdPhase()).isEmpty();
    assertThat(export.benefitStatements()).isEmpty();
    assertThat(export.votes()).isEmpty();
  }

  @Test
  void anErasureRemovesThePhaseAndTheStatementsAndUnlinksTheVotes() {
    practice();
    clock.today = LocalDate.of(2025, 3, 4);
    List<Object> outcomes = new ArrayList<>();
    for (String id : List.of("pitch-1", "pitch-2", "pitch-3")) {
      outcomes.add(consultations.find(new ConsultationId(id)).orElseThrow().value().outcome());
    }

    ResidentData.Erasure erased = residentData.erase(codes.get(0));

    assertThat(erased).isEqualTo(new ResidentData.Erasure(0, 0, 1, 2, 2));
    ResidentData.Export after = residentData.export(codes.get(0));
    assertThat(after.householdPhase()).isEmpty();
    assertThat(after.benefitStatements()).isEmpty();
    assertThat(after.votes()).isEmpty();
    // The neighbour keeps everything.
    ResidentData.Export theirs = residentData.export(codes.get(1));
    assertThat(theirs.householdPhase()).isPresent();
    assertThat(theirs.benefitStatements()).extracting(s -> s.id().value()).containsExactly("bs-3");
    assertThat(theirs.votes()).hasSize(2);
    assertThat(statements.find(new BenefitStatementId("bs-4"))).isPresent();
    // Each vote stays counted under a stand-in, so no outcome changes.
    for (int i = 0; i < 3; i++) {
      Consultation now =
          consultations.find(new ConsultationId("pitch-" + (i + 1))).orElseThrow().value();
      assertThat(now.outcome()).isEqualTo(outcomes.get(i));
      assertThat(now.consultation().votes())
          .noneMatch(v -> v.voter().equals(me))
          .allMatch(
              v ->
                  v.voter().equals(neighbour)
                      || v.voter().value().startsWith(Pseudonym.STAND_IN_PREFIX));
    }
    assertThat(residentData.erase(codes.get(0))).isEqualTo(new ResidentData.Erasure(0, 0, 0, 0, 0));
  }

  @Test
  void theFunnelsReleasedMonthsStayAsTheyWereAndNoLaterOrLiveFigureCountsTheHousehold() {
    practice();
    // Informed in February, recorded then.
    HouseholdPhase mine = phases.find(me).orElseThrow().value();
    LocalDate february = LocalDate.of(2025, 2, 3);
    phases.update(
        mine.with(
            new PhaseMove(
                Optional.of(Phase.CURIOUS),
                Phase.INFORMED,
                february,
                february,
                MoveReason.MEETING_ATTENDED,
                Optional.of("meeting-2"))),
        1);
    clock.today = LocalDate.of(2025, 3, 4);
    DisclosurePolicy policy = new DisclosurePolicy(3);
    FollowPhases following = FollowPhases.using(phases, buildings, policy, clock);
    List<FunnelSnapshot> released = following.funnelHistory(PLACE, policy.bound());
    FunnelSnapshot liveBefore = following.funnel(PLACE, Optional.empty(), Audience.rawData(1));
    assertThat(released).hasSize(2);
    assertThat(released.get(1).neighbourhood().count(Phase.CURIOUS).households()).hasValue(7);

    residentData.erase(codes.get(0));

    // January and February were released before the erasure: they read as before, whether the
    // use case cut them before or cuts them now.
    assertThat(following.funnelHistory(PLACE, policy.bound())).isEqualTo(released);
    assertThat(
            FollowPhases.using(phases, buildings, policy, clock)
                .funnelHistory(PLACE, policy.bound()))
        .isEqualTo(released);
    // What is kept is not a household: no listing and no live figure counts it.
    assertThat(phases.list(TOWER, PageRequest.first()).items()).hasSize(6);
    FunnelSnapshot live = following.funnel(PLACE, Optional.empty(), Audience.rawData(1));
    assertThat(live.neighbourhood().count(Phase.CURIOUS).households())
        .hasValue(liveBefore.neighbourhood().count(Phase.CURIOUS).households().getAsInt() - 1);
    assertThat(live.neighbourhood().count(Phase.INFORMED).households()).hasValue(0);
    // March was not released before the erasure: at its end it does not count the household.
    clock.today = LocalDate.of(2025, 4, 2);
    List<FunnelSnapshot> later = following.funnelHistory(PLACE, policy.bound());
    assertThat(later.subList(0, 2)).isEqualTo(released);
    FunnelSnapshot march =
        FollowPhases.using(phases, buildings, policy, clock)
            .funnel(PLACE, Optional.of(LocalDate.of(2025, 3, 31)), Audience.rawData(1));
    assertThat(later.get(2).neighbourhood().count(Phase.CURIOUS).households())
        .isIn(
            march.neighbourhood().count(Phase.CURIOUS).households(), java.util.OptionalInt.empty());
    assertThat(march.neighbourhood().count(Phase.CURIOUS).households()).hasValue(6);
  }

  /** A clock the test sets to a day. */
  private static final class MovableClock extends Clock {
    LocalDate today = JANUARY;

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      throw new UnsupportedOperationException("a test clock stays in UTC");
    }

    @Override
    public Instant instant() {
      return today.atTime(12, 0).toInstant(ZoneOffset.UTC);
    }
  }
}
