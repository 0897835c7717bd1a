package io.cohesion.core.contract;

import io.cohesion.core.TargetValue;
import io.cohesion.core.Text;
import io.cohesion.core.activity.Activity;
import io.cohesion.core.activity.ActivityId;
import io.cohesion.core.activity.ActivityStatus;
import io.cohesion.core.activity.TargetSegment;
import io.cohesion.core.engagement.Ambassador;
import io.cohesion.core.engagement.AmbassadorId;
import io.cohesion.core.engagement.BenefitFigures;
import io.cohesion.core.engagement.BenefitInput;
import io.cohesion.core.engagement.BenefitStatement;
import io.cohesion.core.engagement.BenefitStatementId;
import io.cohesion.core.engagement.BenefitSubject;
import io.cohesion.core.engagement.HouseholdPhase;
import io.cohesion.core.engagement.Meeting;
import io.cohesion.core.engagement.MeetingId;
import io.cohesion.core.engagement.MeetingKind;
import io.cohesion.core.engagement.MoveReason;
import io.cohesion.core.engagement.ParkedTopic;
import io.cohesion.core.engagement.ParkedTopicId;
import io.cohesion.core.engagement.ParkedUntil;
import io.cohesion.core.engagement.Phase;
import io.cohesion.core.engagement.PhaseMove;
import io.cohesion.core.engagement.Result;
import io.cohesion.core.engagement.ResultId;
import io.cohesion.core.engagement.Signal;
import io.cohesion.core.engagement.SignalId;
import io.cohesion.core.engagement.SignalTheme;
import io.cohesion.core.engagement.TopicStatus;
import io.cohesion.core.initiative.Consultation;
import io.cohesion.core.initiative.ConsultationId;
import io.cohesion.core.initiative.Initiative;
import io.cohesion.core.initiative.InitiativeId;
import io.cohesion.core.initiative.MarketConsultation;
import io.cohesion.core.initiative.MarketOption;
import io.cohesion.core.initiative.PreferenceVote;
import io.cohesion.core.initiative.Principle;
import io.cohesion.core.initiative.PrincipleAssessment;
import io.cohesion.core.initiative.Team;
import io.cohesion.core.initiative.TeamMember;
import io.cohesion.core.initiative.TeamRole;
import io.cohesion.core.initiative.Verdict;
import io.cohesion.core.neighbourhood.Building;
import io.cohesion.core.neighbourhood.BuildingId;
import io.cohesion.core.neighbourhood.CbsCode;
import io.cohesion.core.neighbourhood.Neighbourhood;
import io.cohesion.core.neighbourhood.NeighbourhoodId;
import io.cohesion.core.neighbourhood.StakeholderKind;
import io.cohesion.core.privacy.Pseudonym;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Aggregates of the method for the contract suites: every field set, with text that a store might
 * mangle (quotes, accents, a line break).
 */
public final class DomainFixtures {
  /** The neighbourhood the fixtures live in. */
  public static final NeighbourhoodId NIJ_BEETS = new NeighbourhoodId("nij-beets");

  /** Another neighbourhood. */
  public static final NeighbourhoodId ZUIDERBUREN = new NeighbourhoodId("zuiderburen");

  /** A building in {@link #NIJ_BEETS}. */
  public static final BuildingId BLOCK_A = new BuildingId("block-a");

  /** Another building in {@link #NIJ_BEETS}. */
  public static final BuildingId BLOCK_B = new BuildingId("block-b");

  /** An ambassador of {@link #BLOCK_A}. */
  public static final AmbassadorId FENNA = new AmbassadorId("fenna");

  /** An ambassador of {@link #BLOCK_B}. */
  public static final AmbassadorId SJOERD = new AmbassadorId("sjoerd");

  private DomainFixtures() {}

  /** A neighbourhood with a CBS code. */
  public static Neighbourhood neighbourhood(String id) {
    return new Neighbourhood(
        new NeighbourhoodId(id),
        "Nij Beets \"it doarp\"",
        "Opsterland",
        Optional.of(new CbsCode("BU00860101")));
  }

  /** A building in {@code neighbourhood}. */
  public static Building building(String id, NeighbourhoodId neighbourhood) {
    return new Building(
        new BuildingId(id),
        neighbourhood,
        "Wingerdweg 12-40, blok één",
        48,
        StakeholderKind.OWNER_ASSOCIATION);
  }

  /**
   * An initiative in two neighbourhoods, with principles and a team whose members take several
   * roles.
   */
  public static Initiative initiative(String id) {
    return new Initiative(
        new InitiativeId(id),
        "Energiecoöperatie \"Nij Beets Zon\"",
        List.of(ZUIDERBUREN, NIJ_BEETS),
        List.of(
            Principle.defaults().get(0),
            new Principle("local", new Text("Lokaal,\nvan ons", "Local,\nours"))),
        Team.of(
            TeamMember.of("Anneke", TeamRole.CONNECTOR, TeamRole.FRONTRUNNER),
            TeamMember.of("Bauke", TeamRole.TECHNICAL),
            TeamMember.of("Durk", TeamRole.ENTREPRENEUR, TeamRole.TECHNICAL, TeamRole.CONNECTOR)));
  }

  /** A running activity in {@code neighbourhood} with every optional part set. */
  public static Activity activity(String id, NeighbourhoodId neighbourhood) {
    return new Activity(
        new ActivityId(id),
        neighbourhood,
        "24 uur licht",
        "Een nacht lang lampionnen maken\nen de straat verlichten: \"samen\".",
        List.of(new TargetValue("contact", 2.5), new TargetValue("safety", 0.1)),
        List.of(
            new TargetSegment("household", "young parents"),
            new TargetSegment("street", "Dorpsstraat")),
        Set.of("play-week", "Football club", "kerk"),
        Optional.of("Lampen op zonne-energie"),
        Optional.of("Gratis soep"),
        ActivityStatus.RUNNING);
  }

  /** A meeting in {@code neighbourhood}. */
  public static Meeting meeting(String id, NeighbourhoodId neighbourhood) {
    return new Meeting(
        new MeetingId(id),
        neighbourhood,
        MeetingKind.MARKET_CONSULTATION,
        "Marktconsultatie: wie levert de warmte?",
        LocalDate.of(2024, 3, 14),
        85);
  }

  /** An active ambassador of {@code building}. */
  public static Ambassador ambassador(String id, BuildingId building) {
    return new Ambassador(new AmbassadorId(id), building, "Fenna de Vries", true);
  }

  /** A signal heard in {@code building}, recorded by {@code ambassador}. */
  public static Signal signal(String id, BuildingId building, AmbassadorId ambassador) {
    return Signal.heard(
        new SignalId(id),
        building,
        ambassador,
        LocalDate.of(2024, 6, 2),
        "\"Wat gaat dit mij kosten?\"\nDrie buren vragen het.",
        SignalTheme.COSTS);
  }

  /**
   * A household of {@code building} made curious at a meeting and informed by an answered question,
   * both recorded a few days later.
   */
  public static HouseholdPhase householdPhase(String pseudonym, BuildingId building) {
    return HouseholdPhase.start(
            new Pseudonym(pseudonym),
            building,
            Phase.CURIOUS,
            LocalDate.of(2024, 3, 7),
            LocalDate.of(2024, 3, 9),
            MoveReason.MEETING_ATTENDED,
            Optional.of("meeting-1"))
        .with(
            new PhaseMove(
                Optional.of(Phase.CURIOUS),
                Phase.INFORMED,
                LocalDate.of(2024, 4, 2),
                LocalDate.of(2024, 4, 2),
                MoveReason.QUESTION_ANSWERED,
                Optional.empty()));
  }

  /**
   * A consultation of {@code initiative}: three options, one failing a principle and one unknown on
   * another, and three residents' votes.
   */
  public static Consultation consultation(String id, InitiativeId initiative) {
    List<MarketOption> options =
        List.of(
            new MarketOption(
                "warmte-co",
                "Warmte & Co",
                "Een warmtenet met \"aquathermie\"\nuit de gracht.",
                List.of(
                    new PrincipleAssessment("affordable", Verdict.MEETS, "Vaste prijs."),
                    new PrincipleAssessment("local", Verdict.FAILS, "Beheer in Utrecht."))),
            new MarketOption(
                "buurtstroom",
                "Buurtstroom",
                "Zonnedaken.",
                List.of(
                    new PrincipleAssessment("affordable", Verdict.UNKNOWN, "Nog geen offerte."))),
            new MarketOption("lokaal-licht", "Lokaal Licht", "Ledverlichting.", List.of()));
    return new Consultation(
        new ConsultationId(id),
        initiative,
        LocalDate.of(2022, 10, 13),
        List.of(
            Principle.defaults().get(0),
            new Principle("local", new Text("Lokaal,\nvan ons", "Local,\nours"))),
        new MarketConsultation(
            options,
            2,
            List.of(
                new PreferenceVote(new Pseudonym("kh-0001"), List.of("warmte-co", "buurtstroom")),
                new PreferenceVote(new Pseudonym("kh-0002"), List.of("lokaal-licht")),
                new PreferenceVote(new Pseudonym("kh-0003"), List.of("buurtstroom")))));
  }

  /** A topic in {@code neighbourhood}, parked until the approach is in the participating phase. */
  public static ParkedTopic parkedTopic(String id, NeighbourhoodId neighbourhood) {
    return new ParkedTopic(
        new ParkedTopicId(id),
        neighbourhood,
        "Hoe ziet mijn meterkast eruit?",
        4,
        TopicStatus.PARKED,
        Optional.of(new ParkedUntil.UntilPhase(Phase.PARTICIPATING)),
        Optional.of("We answer this once the installer is chosen."),
        Optional.empty());
  }

  /** A statement for one household in {@code building}, with a payback and amounts with scale. */
  public static BenefitStatement benefitStatement(String id, BuildingId building) {
    return new BenefitStatement(
        new BenefitStatementId(id),
        new BenefitSubject.Household(building, new Pseudonym("h-7f3a")),
        BenefitInput.of("4500.00", "180.50", "140"),
        new BenefitFigures(
            new BigDecimal("40.50"),
            Optional.of(
                new BenefitFigures.Payback(new BigDecimal("111.1"), new BigDecimal("9.26")))),
        "simple-payback",
        LocalDate.of(2024, 7, 1));
  }

  /** A result shown in {@code neighbourhood}. */
  public static Result result(String id, NeighbourhoodId neighbourhood) {
    return new Result(
        new ResultId(id), neighbourhood, LocalDate.of(2024, 9, 21), "40 huishoudens doen mee!");
  }
}
