package io.cohesion.examples.scenario;

import io.cohesion.core.Page;
import io.cohesion.core.Versioned;
import io.cohesion.core.application.Cohesion;
import io.cohesion.core.engagement.AttendanceTrend;
import io.cohesion.core.engagement.BenefitCalculator;
import io.cohesion.core.engagement.BenefitFigures;
import io.cohesion.core.engagement.Coverage;
import io.cohesion.core.engagement.FollowUpStatus;
import io.cohesion.core.engagement.Funnel;
import io.cohesion.core.engagement.FunnelCell;
import io.cohesion.core.engagement.FunnelSnapshot;
import io.cohesion.core.engagement.Meeting;
import io.cohesion.core.engagement.ParkedTopic;
import io.cohesion.core.engagement.ParkedUntil;
import io.cohesion.core.engagement.Phase;
import io.cohesion.core.engagement.ResultNudge;
import io.cohesion.core.engagement.Signal;
import io.cohesion.core.engagement.SignalTally;
import io.cohesion.core.engagement.SignalTheme;
import io.cohesion.core.engagement.ThemeCount;
import io.cohesion.core.engagement.TopicStatus;
import io.cohesion.core.initiative.Consultation;
import io.cohesion.core.initiative.ConsultationOutcome;
import io.cohesion.core.initiative.MarketOption;
import io.cohesion.core.initiative.Principle;
import io.cohesion.core.initiative.TeamAdvice;
import io.cohesion.core.initiative.TeamMember;
import io.cohesion.core.initiative.TeamRole;
import io.cohesion.core.initiative.Verdict;
import io.cohesion.core.neighbourhood.Building;
import io.cohesion.core.neighbourhood.NeighbourhoodId;
import io.cohesion.core.privacy.Audience;
import io.cohesion.examples.scenario.report.Block;
import io.cohesion.examples.scenario.report.Cell;
import io.cohesion.examples.scenario.report.Report;
import io.cohesion.examples.scenario.report.Section;
import io.cohesion.examples.scenario.report.TextRenderer;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The KetelhuisWG scenario: the wider neighbourhood approach of an energy cooperative, from its
 * principles and market consultation to the results shown to residents.
 */
final class KetelhuisScenario implements Scenario {
  static final String CONSULTATION = "Principles and the market consultation";
  static final String TEAM = "The team";
  static final String COVERAGE = "Contact persons per building";
  static final String MEETINGS = "Neighbourhood meetings";
  static final String FUNNEL = "Engagement funnel";
  static final String SIGNALS = "Critical voices by theme";
  static final String PARKED = "Parked questions";
  static final String BENEFITS = "What it means for me";
  static final String RESULTS = "Results shown to residents";

  @Override
  public String name() {
    return Ketelhuis.NAME;
  }

  @Override
  public String summary() {
    return "KetelhuisWG (Amsterdam): principles, a market consultation, contact persons,"
        + " meetings, parked questions and benefit statements";
  }

  @Override
  public long defaultSeed() {
    return Ketelhuis.DEFAULT_SEED;
  }

  @Override
  public Report run(Cohesion cohesion, RunSettings settings) {
    KetelhuisData generated = Ketelhuis.generate(settings.seed());
    // The team and principles the report shows are those the store gives back.
    KetelhuisData data = generated.withInitiative(Ketelhuis.storeInitiative(cohesion, generated));
    Ketelhuis.storePractice(cohesion, data);
    // The report is the coordinator's: live figures of the stored practice.
    Audience coordinator = cohesion.disclosure().rawData(OptionalInt.empty());
    List<Section> sections = new ArrayList<>();
    sections.add(
        Section.of(
            PilotReport.DATA,
            new Block.Paragraph(
                String.format(
                    Locale.ROOT,
                    "%s, %s: %d buildings with %d households; %d residents voted in the market"
                        + " consultation. Report date %s. Seed %d.",
                    data.neighbourhood().name(),
                    data.neighbourhood().municipality(),
                    data.buildings().size(),
                    data.buildings().stream().mapToInt(Building::households).sum(),
                    data.consultation().votes().size(),
                    data.reportDate(),
                    settings.seed()))));
    sections.add(
        consultation(data, cohesion.initiatives().consultation(Ketelhuis.CONSULTATION).value()));
    sections.add(team(data));
    sections.add(coverage(data, cohesion.engagement().coverage(data.neighbourhood().id())));
    sections.add(signals(data, cohesion, coordinator));
    sections.add(meetings(data));
    sections.add(funnel(data, cohesion, coordinator));
    sections.add(parked(data));
    sections.add(benefits(data));
    sections.add(results(data));
    return new Report("Workshop report: KetelhuisWG", List.of(Synthetic.NOTICE), sections);
  }

  /** The outcome of the market consultation under the initiative's principles. */
  static ConsultationOutcome outcome(KetelhuisData data) {
    return data.consultation().outcome(data.initiative().principles());
  }

  private static Section consultation(KetelhuisData data, Consultation kept) {
    ConsultationOutcome outcome = kept.outcome();
    List<Principle> principles = kept.principles();
    Set<String> picked =
        outcome.picked().stream().map(MarketOption::id).collect(Collectors.toSet());
    int most =
        Math.max(
            1,
            java.util.stream.Stream.concat(
                    outcome.ranking().stream(), outcome.notEligible().stream())
                .mapToInt(ConsultationOutcome.Standing::votes)
                .max()
                .orElse(1));
    List<Block.Column> columns = new ArrayList<>();
    columns.add(Block.Column.left("company"));
    for (Principle p : principles) {
      columns.add(Block.Column.left(p.code()));
    }
    columns.add(Block.Column.left("votes"));
    columns.add(Block.Column.left("outcome"));
    List<List<Cell>> rows = new ArrayList<>();
    List<ConsultationOutcome.Standing> all = new ArrayList<>(outcome.ranking());
    all.addAll(outcome.notEligible());
    for (ConsultationOutcome.Standing standing : all) {
      List<Cell> row = new ArrayList<>();
      row.add(Cell.text(standing.option().company()));
      for (Principle p : principles) {
        Verdict verdict =
            standing.option().assessment(p.code()).map(a -> a.verdict()).orElse(Verdict.UNKNOWN);
        row.add(
            Cell.text(verdict == Verdict.MEETS ? "yes" : verdict == Verdict.FAILS ? "NO" : "?"));
      }
      row.add(Cell.bar(standing.votes(), most, Integer.toString(standing.votes())));
      row.add(
          Cell.text(
              picked.contains(standing.option().id())
                  ? "PARTNER"
                  : standing.eligibility().isEligible() ? "eligible" : "not eligible"));
      rows.add(row);
    }
    return new Section(
        CONSULTATION,
        List.of(
            new Block.Paragraph(
                "The principles are not negotiated: "
                    + principles.stream()
                        .map(p -> p.description().en())
                        .collect(Collectors.joining(" "))),
            new Block.Paragraph(
                String.format(
                    Locale.ROOT,
                    "%d companies pitched; %d meet every principle. Residents voted for the offers"
                        + " they prefer (votes for offers that fail a principle count for nothing);"
                        + " the %d partners: %s.",
                    data.consultation().options().size(),
                    outcome.ranking().size(),
                    outcome.picked().size(),
                    outcome.picked().stream()
                        .map(MarketOption::company)
                        .collect(Collectors.joining(", ")))),
            new Block.Table(columns, rows)));
  }

  private static Section team(KetelhuisData data) {
    List<List<Cell>> rows = new ArrayList<>();
    for (TeamMember member : data.initiative().team().members()) {
      rows.add(
          List.of(
              Cell.text(member.name()),
              Cell.text(
                  member.roles().stream()
                      .sorted()
                      .map(r -> r.label().en())
                      .collect(Collectors.joining(", ")))));
    }
    List<TeamAdvice> advice = data.initiative().team().advice();
    StringBuilder counts = new StringBuilder();
    for (TeamRole role : TeamRole.values()) {
      if (counts.length() > 0) {
        counts.append(", ");
      }
      counts.append(data.initiative().team().count(role)).append(' ').append(role.label().en());
    }
    return new Section(
        TEAM,
        List.of(
            new Block.Paragraph(data.initiative().team().size() + " members: " + counts + "."),
            new Block.Table(List.of(Block.Column.left("member"), Block.Column.left("roles")), rows),
            new Block.Paragraph(
                advice.isEmpty()
                    ? "Team advice: none; the team has the roles it needs."
                    : "Team advice: "
                        + advice.stream()
                            .map(a -> a.message().en())
                            .collect(Collectors.joining(" ")))));
  }

  private static Section coverage(KetelhuisData data, Coverage coverage) {
    Set<String> covered =
        coverage.covered().stream().map(b -> b.value()).collect(Collectors.toSet());
    List<List<Cell>> rows = new ArrayList<>();
    for (Building building : data.buildings()) {
      rows.add(
          List.of(
              Cell.text(building.name()),
              Cell.text(Integer.toString(building.households())),
              Cell.text(building.stakeholder().label().en()),
              Cell.text(covered.contains(building.id().value()) ? "active" : "NONE")));
    }
    return new Section(
        COVERAGE,
        List.of(
            new Block.Paragraph(
                String.format(
                    Locale.ROOT,
                    "A contact person per building spreads the flyers and picks up critical voices."
                        + " Coverage: %d of %d buildings (%s), %d of %d households (%s); %d"
                        + " households live where no contact person is active yet.",
                    coverage.covered().size(),
                    coverage.buildings(),
                    TextRenderer.percent(coverage.ratio().orElse(Double.NaN)),
                    coverage.coveredHouseholds(),
                    coverage.households(),
                    TextRenderer.percent(coverage.householdRatio().orElse(Double.NaN)),
                    coverage.uncoveredHouseholds())),
            new Block.Table(
                List.of(
                    Block.Column.left("building"),
                    Block.Column.right("households"),
                    Block.Column.left("stakeholder"),
                    Block.Column.left("contact person")),
                rows)));
  }

  private static Section meetings(KetelhuisData data) {
    AttendanceTrend trend = AttendanceTrend.of(data.meetings());
    int most = data.meetings().stream().mapToInt(Meeting::attendance).max().orElse(1);
    List<List<Cell>> rows = new ArrayList<>();
    for (AttendanceTrend.Point point : trend.points()) {
      Meeting m = point.meeting();
      rows.add(
          List.of(
              Cell.text(m.date().toString()),
              Cell.text(m.title()),
              Cell.bar(m.attendance(), Math.max(1, most), Integer.toString(m.attendance())),
              Cell.text(
                  point.change().isPresent()
                      ? String.format(Locale.ROOT, "%+d", point.change().getAsInt())
                      : "")));
    }
    return new Section(
        MEETINGS,
        List.of(
            new Block.Paragraph(
                trend.isGrowing()
                    ? "Attendance grows from meeting to meeting."
                    : "Attendance does not grow from meeting to meeting."),
            new Block.Table(
                List.of(
                    Block.Column.left("date"),
                    Block.Column.left("meeting"),
                    Block.Column.left("residents"),
                    Block.Column.right("change")),
                rows)));
  }

  /** The funnel after each meeting and at the report date, as the stored households give it. */
  private static Section funnel(KetelhuisData data, Cohesion cohesion, Audience coordinator) {
    NeighbourhoodId neighbourhood = data.neighbourhood().id();
    List<LocalDate> dates = new ArrayList<>();
    data.meetings().forEach(m -> dates.add(m.date()));
    dates.add(data.reportDate());
    List<Funnel> funnels = new ArrayList<>();
    for (LocalDate date : dates) {
      funnels.add(
          cohesion
              .phases()
              .funnel(neighbourhood, Optional.of(date), coordinator)
              .neighbourhood()
              .funnel()
              .orElseThrow());
    }
    Funnel now = funnels.get(funnels.size() - 1);
    int top = Math.max(1, now.count(Phase.CURIOUS));
    List<Block.Column> columns = new ArrayList<>();
    columns.add(Block.Column.left("phase"));
    for (int d = 0; d < dates.size() - 1; d++) {
      columns.add(Block.Column.right("meeting " + (d + 1)));
    }
    columns.add(Block.Column.left("households " + data.reportDate()));
    columns.add(Block.Column.right("from previous"));
    List<List<Cell>> rows = new ArrayList<>();
    for (Phase phase : Phase.values()) {
      List<Cell> row = new ArrayList<>();
      row.add(Cell.text(phase.label().en()));
      for (int d = 0; d < dates.size() - 1; d++) {
        row.add(Cell.text(Integer.toString(funnels.get(d).count(phase))));
      }
      int count = now.count(phase);
      row.add(Cell.bar(count, top, Integer.toString(count)));
      row.add(
          phase.ordinal() == 0
              ? Cell.text("")
              : Cell.percent(
                  now.conversion(Phase.values()[phase.ordinal() - 1]).orElse(Double.NaN)));
      rows.add(row);
    }
    FunnelSnapshot atReport =
        cohesion.phases().funnel(neighbourhood, Optional.of(data.reportDate()), coordinator);
    return new Section(
        FUNNEL,
        List.of(
            new Block.Paragraph(
                "Make curious, inform, involve, let participate: households per phase (each"
                    + " counted in every phase it reached), kept per household and moved by"
                    + " meetings attended, questions answered and sign-ups."),
            new Block.Table(columns, rows),
            new Block.Paragraph(
                "From curious to participating: "
                    + TextRenderer.percent(now.overallConversion().orElse(Double.NaN))
                    + "."),
            buildingTable(data, atReport)));
  }

  /** The funnel of each building at the report date, in the order of the buildings. */
  private static Block buildingTable(KetelhuisData data, FunnelSnapshot snapshot) {
    List<List<Cell>> rows = new ArrayList<>();
    for (FunnelCell cell : snapshot.buildings()) {
      Building building =
          data.buildings().stream()
              .filter(b -> b.id().value().equals(cell.key()))
              .findFirst()
              .orElseThrow();
      Funnel funnel = cell.funnel().orElseThrow();
      rows.add(
          List.of(
              Cell.text(building.name()),
              Cell.text(Integer.toString(building.households())),
              Cell.text(Integer.toString(funnel.curious())),
              Cell.text(Integer.toString(funnel.informed())),
              Cell.text(Integer.toString(funnel.involved())),
              Cell.text(Integer.toString(funnel.participating()))));
    }
    return new Block.Table(
        List.of(
            Block.Column.left("building"),
            Block.Column.right("households"),
            Block.Column.right("curious"),
            Block.Column.right("informed"),
            Block.Column.right("involved"),
            Block.Column.right("participating")),
        rows);
  }

  /** The signals by theme, and how far their follow-up is. */
  private static Section signals(KetelhuisData data, Cohesion cohesion, Audience coordinator) {
    SignalTally tally = cohesion.engagement().signalTally(data.neighbourhood().id(), coordinator);
    Map<SignalTheme, int[]> followUps = new EnumMap<>(SignalTheme.class);
    for (Building building : data.buildings()) {
      for (Versioned<Signal> signal :
          Page.collectAll(r -> cohesion.engagement().signals(building.id(), r))) {
        followUps
            .computeIfAbsent(signal.value().theme(), t -> new int[FollowUpStatus.values().length])[
            signal.value().followUp().status().ordinal()]++;
      }
    }
    List<List<Cell>> rows = new ArrayList<>();
    for (ThemeCount count : tally.themes()) {
      int signals = count.signals().orElse(0);
      if (signals == 0) {
        continue;
      }
      int[] status = followUps.getOrDefault(count.theme(), new int[3]);
      rows.add(
          List.of(
              Cell.text(count.theme().label().en()),
              Cell.text(Integer.toString(signals)),
              Cell.text(Integer.toString(status[FollowUpStatus.OPEN.ordinal()])),
              Cell.text(Integer.toString(status[FollowUpStatus.IN_PROGRESS.ordinal()])),
              Cell.text(Integer.toString(status[FollowUpStatus.DONE.ordinal()]))));
    }
    return new Section(
        SIGNALS,
        List.of(
            new Block.Paragraph(
                String.format(
                    Locale.ROOT,
                    "Contact persons picked up %d critical voices. What they are about, and how far"
                        + " the team is in following them up:",
                    tally.total().orElse(0))),
            new Block.Table(
                List.of(
                    Block.Column.left("theme"),
                    Block.Column.right("signals"),
                    Block.Column.right("open"),
                    Block.Column.right("in progress"),
                    Block.Column.right("done")),
                rows)));
  }

  private static Section parked(KetelhuisData data) {
    List<List<Cell>> rows = new ArrayList<>();
    for (ParkedTopic topic : data.parkedTopics()) {
      rows.add(
          List.of(
              Cell.text(topic.question()),
              Cell.text(Integer.toString(topic.raisedBy())),
              Cell.text(
                  topic.status() == TopicStatus.ANSWERED
                      ? "answered"
                      : topic.until().map(KetelhuisScenario::until).orElse("open")),
              Cell.text(topic.message().orElse(""))));
    }
    return new Section(
        PARKED,
        List.of(
            new Block.Paragraph(
                "Questions answered later, on purpose, with a clear message of when."),
            new Block.Table(
                List.of(
                    Block.Column.left("question"),
                    Block.Column.right("asked by"),
                    Block.Column.left("answered"),
                    Block.Column.left("message meanwhile")),
                rows)));
  }

  private static String until(ParkedUntil until) {
    if (until instanceof ParkedUntil.UntilPhase phase) {
      return "when " + phase.phase().label().en();
    }
    return "on " + ((ParkedUntil.UntilDate) until).date();
  }

  private static Section benefits(KetelhuisData data) {
    BenefitCalculator calculator = BenefitCalculator.simplePayback();
    List<List<Cell>> rows = new ArrayList<>();
    for (KetelhuisData.Example example : data.examples()) {
      BenefitFigures figures = calculator.calculate(example.input());
      rows.add(
          List.of(
              Cell.text(example.label()),
              Cell.text(euros(example.input().investment())),
              Cell.text(euros(example.input().monthlyCostBefore())),
              Cell.text(euros(example.input().monthlyCostAfter())),
              Cell.text(euros(figures.monthlySaving())),
              Cell.text(
                  example.input().investment().signum() == 0
                      ? "nothing to pay back"
                      : figures
                          .payback()
                          .map(
                              p ->
                                  p.years()
                                          .setScale(1, java.math.RoundingMode.HALF_UP)
                                          .toPlainString()
                                      + " years")
                          .orElse("no payback needed"))));
    }
    return new Section(
        BENEFITS,
        List.of(
            new Block.Paragraph(
                "Each household gets its own statement (calculator: "
                    + calculator.name()
                    + "): there must be something in it for residents."),
            new Block.Table(
                List.of(
                    Block.Column.left("household"),
                    Block.Column.right("investment"),
                    Block.Column.right("per month now"),
                    Block.Column.right("after"),
                    Block.Column.right("saving"),
                    Block.Column.right("payback")),
                rows)));
  }

  private static String euros(java.math.BigDecimal amount) {
    return "EUR " + amount.setScale(0, java.math.RoundingMode.HALF_UP).toPlainString();
  }

  private static Section results(KetelhuisData data) {
    List<Block> blocks = new ArrayList<>();
    List<List<Cell>> rows = new ArrayList<>();
    data.results()
        .forEach(r -> rows.add(List.of(Cell.text(r.shown().toString()), Cell.text(r.text()))));
    blocks.add(
        new Block.Table(List.of(Block.Column.left("shown"), Block.Column.left("result")), rows));
    Clock clock =
        Clock.fixed(data.reportDate().atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
    Optional<ResultNudge> nudge = ResultNudge.check(data.results(), clock);
    blocks.add(
        new Block.Paragraph(
            nudge.map(n -> "Nudge: " + n.message().en()).orElse("Results were shown recently.")));
    return new Section(RESULTS, blocks);
  }
}
