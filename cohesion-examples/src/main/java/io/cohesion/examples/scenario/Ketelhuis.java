package io.cohesion.examples.scenario;

import io.cohesion.core.Versioned;
import io.cohesion.core.application.Cohesion;
import io.cohesion.core.engagement.Ambassador;
import io.cohesion.core.engagement.AmbassadorId;
import io.cohesion.core.engagement.BenefitInput;
import io.cohesion.core.engagement.BenefitSubject;
import io.cohesion.core.engagement.FollowPhases;
import io.cohesion.core.engagement.FollowUp;
import io.cohesion.core.engagement.FollowUpStatus;
import io.cohesion.core.engagement.Meeting;
import io.cohesion.core.engagement.MeetingId;
import io.cohesion.core.engagement.MeetingKind;
import io.cohesion.core.engagement.MoveReason;
import io.cohesion.core.engagement.ParkedTopic;
import io.cohesion.core.engagement.ParkedTopicId;
import io.cohesion.core.engagement.ParkedUntil;
import io.cohesion.core.engagement.Phase;
import io.cohesion.core.engagement.Result;
import io.cohesion.core.engagement.ResultId;
import io.cohesion.core.engagement.Signal;
import io.cohesion.core.engagement.SignalId;
import io.cohesion.core.engagement.SignalTheme;
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
import io.cohesion.core.neighbourhood.Neighbourhood;
import io.cohesion.core.neighbourhood.NeighbourhoodId;
import io.cohesion.core.neighbourhood.StakeholderKind;
import io.cohesion.core.privacy.Pseudonym;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * The KetelhuisWG energy cooperative (Amsterdam): the wider neighbourhood approach. Hard principles
 * (affordable, 100% sustainable, social, local, self-managed); a market consultation where twelve
 * companies pitched and residents helped pick four partners among those meeting every principle; a
 * contact person per building; neighbourhood meetings growing from 65 to 85 to about 135 residents;
 * questions parked on purpose (the meter cupboard); a benefit statement per household type; the
 * funnel from curious to participating; results shown to residents.
 *
 * <p>The data are synthetic (see {@link Synthetic}).
 */
public final class Ketelhuis {
  /** The scenario name on the command line. */
  public static final String NAME = "ketelhuis";

  /** The seed of the demo. */
  public static final long DEFAULT_SEED = 20221013L;

  /** How many partners the cooperative picks. */
  public static final int PARTNERS = 4;

  /** Which building each household type of the benefit statements lives in. */
  private static final int[] EXAMPLE_BUILDINGS = {0, 2, 10, 7};

  private Ketelhuis() {}

  private static String money(double euros) {
    return String.format(Locale.ROOT, "%.2f", euros);
  }

  /**
   * Registers the neighbourhood and starts the initiative with its principles and team through the
   * use cases, each unless its id is known already, and reads the initiative back.
   *
   * @return the initiative as the store holds it
   */
  public static Initiative storeInitiative(Cohesion cohesion, KetelhuisData data) {
    NeighbourhoodId neighbourhood = data.neighbourhood().id();
    if (Existing.find(() -> cohesion.neighbourhoods().get(neighbourhood)).isEmpty()) {
      cohesion.neighbourhoods().register(data.neighbourhood());
    }
    InitiativeId initiative = data.initiative().id();
    if (Existing.find(() -> cohesion.initiatives().get(initiative)).isEmpty()) {
      cohesion.initiatives().start(data.initiative());
    }
    return cohesion.initiatives().get(initiative).value();
  }

  /** The id the market consultation is kept under. */
  public static final ConsultationId CONSULTATION = new ConsultationId("ketelhuis-wg-pitch-2022");

  /**
   * Keeps the practice through the use cases, each part unless it is stored already: the buildings
   * and their contact persons, the market consultation, every household's moves through the phases,
   * and the signals with where their follow-up stands. Call {@link #storeInitiative} first.
   */
  public static void storePractice(Cohesion cohesion, KetelhuisData data) {
    for (Building building : data.buildings()) {
      if (Existing.find(() -> cohesion.neighbourhoods().building(building.id())).isEmpty()) {
        cohesion.neighbourhoods().registerBuilding(building);
      }
    }
    for (Ambassador ambassador : data.ambassadors()) {
      if (Existing.find(() -> cohesion.engagement().ambassador(ambassador.id())).isEmpty()) {
        cohesion.engagement().appointAmbassador(ambassador);
      }
    }
    if (Existing.find(() -> cohesion.initiatives().consultation(CONSULTATION)).isEmpty()) {
      cohesion
          .initiatives()
          .holdConsultation(data.initiative().id(), Optional.of(CONSULTATION), data.consultation());
    }
    // The moves are kept in one go: a household already known means they were kept before.
    if (!data.moves().isEmpty()
        && Existing.find(() -> cohesion.phases().household(data.moves().get(0).household()))
            .isEmpty()) {
      data.moves().forEach(cohesion.phases()::move);
    }
    for (KetelhuisData.Voice voice : data.signals()) {
      if (Existing.find(() -> cohesion.engagement().signal(voice.signal().id())).isEmpty()) {
        Versioned<Signal> heard = cohesion.engagement().recordSignal(voice.signal());
        if (voice.followUp() != FollowUpStatus.OPEN) {
          cohesion
              .engagement()
              .followUp(
                  heard.value().id(), voice.followUp(), FollowUp.COORDINATOR, heard.version());
        }
      }
    }
  }

  /** The synthetic data for {@code seed}; the same seed gives the same data. */
  public static KetelhuisData generate(long seed) {
    Draws draws = new Draws(seed);
    NeighbourhoodId id = new NeighbourhoodId("ketelhuis-wg");
    Neighbourhood neighbourhood =
        Neighbourhood.of(id, "KetelhuisWG area (" + Synthetic.LABEL + " data)", "Amsterdam");
    List<Building> buildings = new ArrayList<>();
    for (KetelhuisStory.Building b : KetelhuisStory.BUILDINGS) {
      buildings.add(
          new Building(
              new BuildingId(b.id()), id, b.name(), b.households(), kind(b.stakeholder())));
    }
    Initiative initiative =
        Initiative.start(
                new InitiativeId("ketelhuis-wg-" + Synthetic.LABEL),
                "KetelhuisWG energy cooperative (" + Synthetic.LABEL + ")",
                id)
            .withPrinciples(Principle.defaults())
            .withTeam(
                Team.of(
                    TeamMember.of("Member A (synthetic)", TeamRole.FRONTRUNNER, TeamRole.CONNECTOR),
                    TeamMember.of("Member B (synthetic)", TeamRole.CONNECTOR),
                    TeamMember.of("Member C (synthetic)", TeamRole.ENTREPRENEUR),
                    TeamMember.of("Member D (synthetic)", TeamRole.TECHNICAL),
                    TeamMember.of("Member E (synthetic)", TeamRole.TECHNICAL),
                    TeamMember.of("Member F (synthetic)", TeamRole.CONNECTOR)));
    List<MarketOption> options = new ArrayList<>();
    for (KetelhuisStory.Company c : KetelhuisStory.COMPANIES) {
      List<PrincipleAssessment> assessments = new ArrayList<>();
      for (int p = 0; p < KetelhuisStory.PRINCIPLES.size(); p++) {
        Verdict verdict = verdict(c.verdicts().charAt(p));
        assessments.add(
            new PrincipleAssessment(
                KetelhuisStory.PRINCIPLES.get(p),
                verdict,
                verdict == Verdict.MEETS ? "meets it in the offer" : c.reason()));
      }
      options.add(new MarketOption(c.id(), c.company(), c.offer(), assessments));
    }
    MarketConsultation consultation = new MarketConsultation(options, PARTNERS, votes(draws));
    List<Ambassador> ambassadors = new ArrayList<>();
    for (KetelhuisStory.Building b : KetelhuisStory.BUILDINGS) {
      ambassadors.add(
          new Ambassador(
              new AmbassadorId("contact-" + b.id()),
              new BuildingId(b.id()),
              "Contact person " + b.id() + " (" + Synthetic.LABEL + ")",
              b.activeContact()));
    }
    List<Meeting> meetings = new ArrayList<>();
    for (int m = 0; m < KetelhuisStory.MEETINGS.size(); m++) {
      KetelhuisStory.Meeting meeting = KetelhuisStory.MEETINGS.get(m);
      meetings.add(
          new Meeting(
              new MeetingId("meeting-" + (m + 1)),
              id,
              MeetingKind.valueOf(meeting.kind().toUpperCase(Locale.ROOT)),
              meeting.title(),
              meeting.date(),
              meeting.attendance()));
    }
    List<ParkedTopic> topics = new ArrayList<>();
    for (int t = 0; t < KetelhuisStory.PARKED.size(); t++) {
      KetelhuisStory.Parked p = KetelhuisStory.PARKED.get(t);
      ParkedTopic topic =
          ParkedTopic.raise(new ParkedTopicId("question-" + (t + 1)), id, p.question());
      for (int again = 1; again < p.raisedBy(); again++) {
        topic = topic.raisedAgain();
      }
      topic =
          topic.park(
              new ParkedUntil.UntilPhase(Phase.valueOf(p.until().toUpperCase(Locale.ROOT))),
              p.message());
      topics.add(p.answered() ? topic.answer(p.message()) : topic);
    }
    List<KetelhuisData.Example> examples = new ArrayList<>();
    for (int h = 0; h < KetelhuisStory.HOUSEHOLD_TYPES.size(); h++) {
      KetelhuisStory.HouseholdType type = KetelhuisStory.HOUSEHOLD_TYPES.get(h);
      examples.add(
          new KetelhuisData.Example(
              type.label(),
              new BenefitSubject.Household(
                  buildings.get(EXAMPLE_BUILDINGS[h]).id(),
                  new Pseudonym(
                      String.format(Locale.ROOT, "kh-%s-hh-%02d", Synthetic.LABEL, h + 1))),
              BenefitInput.of(
                  money(type.investment()),
                  money(type.monthlyBefore()),
                  money(type.monthlyAfter()))));
    }
    List<Result> results = new ArrayList<>();
    for (int r = 0; r < KetelhuisStory.RESULTS.size(); r++) {
      KetelhuisStory.Milestone milestone = KetelhuisStory.RESULTS.get(r);
      results.add(
          new Result(new ResultId("result-" + (r + 1)), id, milestone.date(), milestone.text()));
    }
    return new KetelhuisData(
        neighbourhood,
        buildings,
        initiative,
        consultation,
        ambassadors,
        meetings,
        topics,
        examples,
        moves(draws, buildings),
        signals(),
        results,
        KetelhuisStory.REPORT_DATE);
  }

  /**
   * How households moved: each household of each building gets a pseudonym, and the households most
   * drawn in (a random pull, stronger where a contact person is active) reach the phases the story
   * counts — curious at the first or second meeting, informed at the second or third, involved at
   * the market consultation, participating by signing up in the weeks after.
   */
  private static List<FollowPhases.Move> moves(Draws draws, List<Building> buildings) {
    record Household(Pseudonym pseudonym, BuildingId building, double pull) {}
    List<Household> households = new ArrayList<>();
    for (int b = 0; b < buildings.size(); b++) {
      KetelhuisStory.Building story = KetelhuisStory.BUILDINGS.get(b);
      for (int h = 1; h <= story.households(); h++) {
        households.add(
            new Household(
                new Pseudonym(
                    String.format(Locale.ROOT, "kh-%s-%s-%03d", Synthetic.LABEL, story.id(), h)),
                buildings.get(b).id(),
                draws.uniform()
                    + (story.activeContact() ? KetelhuisStory.CONTACT_PERSON_PULL : 0)));
      }
    }
    List<Household> order = new ArrayList<>(households);
    order.sort(Comparator.comparingDouble((Household h) -> -h.pull()));
    List<KetelhuisStory.Meeting> meetings = KetelhuisStory.MEETINGS;
    int[] f = KetelhuisStory.FUNNEL;
    List<FollowPhases.Move> moves = new ArrayList<>();
    for (int r = 0; r < f[0]; r++) {
      Household h = order.get(r);
      int first = r < KetelhuisStory.CURIOUS_AT_FIRST_MEETING ? 0 : 1;
      moves.add(move(h.pseudonym(), h.building(), Phase.CURIOUS, meetings, first));
      if (r < f[1]) {
        int informed = r < f[2] ? 1 : 2;
        moves.add(
            r % 2 == 0 || informed == first
                ? move(
                    h.pseudonym(),
                    h.building(),
                    Phase.INFORMED,
                    meetings,
                    Math.max(informed, first))
                : new FollowPhases.Move(
                    h.pseudonym(),
                    h.building(),
                    Phase.INFORMED,
                    meetings.get(informed).date().plusDays(3),
                    MoveReason.QUESTION_ANSWERED,
                    Optional.of("question-1"),
                    OptionalLong.empty()));
      }
      if (r < f[2]) {
        moves.add(move(h.pseudonym(), h.building(), Phase.INVOLVED, meetings, 2));
      }
      if (r < f[3]) {
        moves.add(
            new FollowPhases.Move(
                h.pseudonym(),
                h.building(),
                Phase.PARTICIPATING,
                KetelhuisStory.SIGN_UPS_FROM.plusDays(r % 40),
                MoveReason.SIGN_UP,
                Optional.empty(),
                OptionalLong.empty()));
      }
    }
    moves.sort(Comparator.comparing(FollowPhases.Move::date));
    return moves;
  }

  private static FollowPhases.Move move(
      Pseudonym household,
      BuildingId building,
      Phase to,
      List<KetelhuisStory.Meeting> meetings,
      int meeting) {
    return new FollowPhases.Move(
        household,
        building,
        to,
        meetings.get(meeting).date(),
        MoveReason.MEETING_ATTENDED,
        Optional.of("meeting-" + (meeting + 1)),
        OptionalLong.empty());
  }

  /** The critical voices, each recorded by the contact person of its building. */
  private static List<KetelhuisData.Voice> signals() {
    List<KetelhuisData.Voice> voices = new ArrayList<>();
    for (int s = 0; s < KetelhuisStory.SIGNALS.size(); s++) {
      KetelhuisStory.Heard heard = KetelhuisStory.SIGNALS.get(s);
      voices.add(
          new KetelhuisData.Voice(
              Signal.heard(
                  new SignalId("signal-" + (s + 1)),
                  new BuildingId(heard.building()),
                  new AmbassadorId("contact-" + heard.building()),
                  heard.date(),
                  heard.text() + " (" + Synthetic.LABEL + ")",
                  SignalTheme.ofCode(heard.theme())),
              FollowUpStatus.valueOf(heard.followUp().toUpperCase(Locale.ROOT))));
    }
    return voices;
  }

  /** Approval votes: each resident names the one to four offers they like best. */
  private static List<PreferenceVote> votes(Draws draws) {
    List<PreferenceVote> votes = new ArrayList<>();
    for (int v = 0; v < KetelhuisStory.VOTERS; v++) {
      List<KetelhuisStory.Company> liked = new ArrayList<>(KetelhuisStory.COMPANIES);
      double[] score = new double[liked.size()];
      for (int c = 0; c < liked.size(); c++) {
        score[c] = liked.get(c).appeal() + draws.normal(0, 0.2);
      }
      List<Integer> order = new ArrayList<>();
      for (int c = 0; c < liked.size(); c++) {
        order.add(c);
      }
      order.sort(Comparator.comparingDouble((Integer c) -> -score[c]).thenComparing(c -> c));
      int count = 1 + draws.below(PARTNERS);
      votes.add(
          new PreferenceVote(
              new Pseudonym(String.format(Locale.ROOT, "kh-%s-%04d", Synthetic.LABEL, v + 1)),
              order.subList(0, count).stream().map(c -> liked.get(c).id()).toList()));
    }
    return votes;
  }

  private static Verdict verdict(char letter) {
    return switch (letter) {
      case 'M' -> Verdict.MEETS;
      case 'F' -> Verdict.FAILS;
      case 'U' -> Verdict.UNKNOWN;
      default -> throw new IllegalArgumentException("unknown verdict letter " + letter);
    };
  }

  private static StakeholderKind kind(String stakeholder) {
    return switch (stakeholder) {
      case "tenants" -> StakeholderKind.TENANTS;
      case "owner_associations" -> StakeholderKind.OWNER_ASSOCIATION;
      case "owner_occupiers" -> StakeholderKind.OWNER_OCCUPIERS;
      case "businesses" -> StakeholderKind.BUSINESSES;
      case "institutions" -> StakeholderKind.INSTITUTIONS;
      default -> throw new IllegalArgumentException("unknown stakeholder " + stakeholder);
    };
  }
}
