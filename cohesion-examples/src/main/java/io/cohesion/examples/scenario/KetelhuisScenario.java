package io.cohesion.examples.scenario;

import io.cohesion.core.application.Cohesion;
import io.cohesion.core.engagement.AttendanceTrend;
import io.cohesion.core.engagement.BenefitCalculator;
import io.cohesion.core.engagement.BenefitFigures;
import io.cohesion.core.engagement.Coverage;
import io.cohesion.core.engagement.Meeting;
import io.cohesion.core.engagement.ParkedTopic;
import io.cohesion.core.engagement.ParkedUntil;
import io.cohesion.core.engagement.Phase;
import io.cohesion.core.engagement.ResultNudge;
import io.cohesion.core.engagement.TopicStatus;
import io.cohesion.core.initiative.ConsultationOutcome;
import io.cohesion.core.initiative.MarketOption;
import io.cohesion.core.initiative.Principle;
import io.cohesion.core.initiative.TeamAdvice;
import io.cohesion.core.initiative.TeamMember;
import io.cohesion.core.initiative.TeamRole;
import io.cohesion.core.initiative.Verdict;
import io.cohesion.core.neighbourhood.Building;
import io.cohesion.examples.scenario.report.Block;
import io.cohesion.examples.scenario.report.Cell;
import io.cohesion.examples.scenario.report.Report;
import io.cohesion.examples.scenario.report.Section;
import io.cohesion.examples.scenario.report.TextRenderer;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
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
    sections.add(consultation(data));
    sections.add(team(data));
    sections.add(coverage(data));
    sections.add(meetings(data));
    sections.add(funnel(data));
    sections.add(parked(data));
    sections.add(benefits(data));
    sections.add(results(data));
    return new Report("Workshop report: KetelhuisWG", List.of(Synthetic.NOTICE), sections);
  }

  /** The outcome of the market consultation under the initiative's principles. */
  static ConsultationOutcome outcome(KetelhuisData data) {
    return data.consultation().outcome(data.initiative().principles());
  }

  private static Section consultation(KetelhuisData data) {
    ConsultationOutcome outcome = outcome(data);
    List<Principle> principles = data.initiative().principles();
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

  private static Section coverage(KetelhuisData data) {
    Coverage coverage = Coverage.of(data.buildings(), data.ambassadors());
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
                        + " Coverage: %d of %d buildings (%s).",
                    coverage.covered().size(),
                    coverage.buildings(),
                    TextRenderer.percent(coverage.ratio().orElse(Double.NaN)))),
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

  private static Section funnel(KetelhuisData data) {
    List<List<Cell>> rows = new ArrayList<>();
    int top = Math.max(1, data.funnel().count(Phase.CURIOUS));
    for (Phase phase : Phase.values()) {
      int count = data.funnel().count(phase);
      Optional<Phase> previous =
          phase.ordinal() == 0
              ? Optional.empty()
              : Optional.of(Phase.values()[phase.ordinal() - 1]);
      rows.add(
          List.of(
              Cell.text(phase.label().en()),
              Cell.bar(count, top, Integer.toString(count)),
              previous
                  .map(p -> Cell.percent(data.funnel().conversion(p).orElse(Double.NaN)))
                  .orElse(Cell.text(""))));
    }
    return new Section(
        FUNNEL,
        List.of(
            new Block.Paragraph(
                "Make curious, inform, involve, let participate: residents per phase, and the share"
                    + " of the phase before that moved on."),
            new Block.Table(
                List.of(
                    Block.Column.left("phase"),
                    Block.Column.left("residents"),
                    Block.Column.right("from previous")),
                rows),
            new Block.Paragraph(
                "From curious to participating: "
                    + TextRenderer.percent(data.funnel().overallConversion().orElse(Double.NaN))
                    + ".")));
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
