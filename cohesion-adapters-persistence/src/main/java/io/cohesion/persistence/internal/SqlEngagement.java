package io.cohesion.persistence.internal;

import io.cohesion.core.Page;
import io.cohesion.core.PageRequest;
import io.cohesion.core.Versioned;
import io.cohesion.core.engagement.Ambassador;
import io.cohesion.core.engagement.AmbassadorId;
import io.cohesion.core.engagement.AmbassadorRepository;
import io.cohesion.core.engagement.BenefitFigures;
import io.cohesion.core.engagement.BenefitInput;
import io.cohesion.core.engagement.BenefitStatement;
import io.cohesion.core.engagement.BenefitStatementId;
import io.cohesion.core.engagement.BenefitStatementRepository;
import io.cohesion.core.engagement.BenefitSubject;
import io.cohesion.core.engagement.FollowUp;
import io.cohesion.core.engagement.FollowUpStatus;
import io.cohesion.core.engagement.Meeting;
import io.cohesion.core.engagement.MeetingId;
import io.cohesion.core.engagement.MeetingKind;
import io.cohesion.core.engagement.MeetingRepository;
import io.cohesion.core.engagement.ParkedTopic;
import io.cohesion.core.engagement.ParkedTopicId;
import io.cohesion.core.engagement.ParkedTopicRepository;
import io.cohesion.core.engagement.ParkedUntil;
import io.cohesion.core.engagement.Phase;
import io.cohesion.core.engagement.Result;
import io.cohesion.core.engagement.ResultId;
import io.cohesion.core.engagement.ResultRepository;
import io.cohesion.core.engagement.Signal;
import io.cohesion.core.engagement.SignalId;
import io.cohesion.core.engagement.SignalRepository;
import io.cohesion.core.engagement.SignalTheme;
import io.cohesion.core.engagement.TopicStatus;
import io.cohesion.core.neighbourhood.BuildingId;
import io.cohesion.core.neighbourhood.NeighbourhoodId;
import io.cohesion.core.privacy.Pseudonym;
import io.cohesion.persistence.internal.SqlTable.Column;
import io.cohesion.persistence.internal.SqlTable.Reference;
import io.cohesion.persistence.internal.SqlTable.Referrer;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/** The engagement records in the tables of migration V7 (signals as V16 changed them). */
final class SqlEngagement {
  private SqlEngagement() {}

  private static <T> Reference<T> neighbourhood(Function<T, NeighbourhoodId> id) {
    return Reference.one("neighbourhood", "neighbourhood", t -> id.apply(t).value());
  }

  private static <T> Reference<T> building(Function<T, BuildingId> id) {
    return Reference.one("building", "building", t -> id.apply(t).value());
  }

  private static LocalDate date(ResultSet rs, String column) throws SQLException {
    return LocalDate.parse(rs.getString(column));
  }

  private static Optional<BigDecimal> amount(ResultSet rs, String column) throws SQLException {
    return Optional.ofNullable(rs.getString(column)).map(BigDecimal::new);
  }

  static final class Meetings extends TableRepository<MeetingId, Meeting, SqlTable<Meeting>>
      implements MeetingRepository {
    Meetings(SqlTransactions store) {
      super(
          new SqlTable<>(
              store,
              "meeting",
              "meeting",
              m -> m.id().value(),
              List.of(
                  Column.text("neighbourhood_id", m -> m.neighbourhood().value()),
                  Column.text("kind", m -> m.kind().name()),
                  Column.text("title", Meeting::title),
                  Column.text("held", m -> m.date().toString()),
                  Column.integer("attendance", Meeting::attendance)),
              List.of(neighbourhood(Meeting::neighbourhood)),
              rs ->
                  new Meeting(
                      new MeetingId(rs.getString("id")),
                      new NeighbourhoodId(rs.getString("neighbourhood_id")),
                      MeetingKind.valueOf(rs.getString("kind")),
                      rs.getString("title"),
                      date(rs, "held"),
                      rs.getInt("attendance"))),
          MeetingId::value);
    }

    @Override
    public Page<Versioned<Meeting>> list(NeighbourhoodId neighbourhood, PageRequest request) {
      return table.list("neighbourhood_id", neighbourhood.value(), request);
    }
  }

  static final class Ambassadors
      extends TableRepository<AmbassadorId, Ambassador, SqlTable<Ambassador>>
      implements AmbassadorRepository {
    Ambassadors(SqlTransactions store) {
      super(
          new SqlTable<>(
                  store,
                  "ambassador",
                  "ambassador",
                  a -> a.id().value(),
                  List.of(
                      Column.text("building_id", a -> a.building().value()),
                      Column.text("name", Ambassador::name),
                      Column.bool("active", Ambassador::active)),
                  List.of(building(Ambassador::building)),
                  rs ->
                      new Ambassador(
                          new AmbassadorId(rs.getString("id")),
                          new BuildingId(rs.getString("building_id")),
                          rs.getString("name"),
                          rs.getBoolean("active")))
              .referredToBy(Referrer.of("signal", "signal", "ambassador_id")),
          AmbassadorId::value);
    }

    @Override
    public Page<Versioned<Ambassador>> list(BuildingId building, PageRequest request) {
      return table.list("building_id", building.value(), request);
    }
  }

  static final class Signals extends TableRepository<SignalId, Signal, SqlTable<Signal>>
      implements SignalRepository {

    Signals(SqlTransactions store) {
      super(
          new SqlTable<>(
              store,
              "signal",
              "signal",
              s -> s.id().value(),
              List.of(
                  Column.text("building_id", s -> s.building().value()),
                  Column.text("ambassador_id", s -> s.recordedBy().value()),
                  Column.text("heard", s -> s.date().toString()),
                  Column.text("text", Signal::text),
                  Column.text("theme", s -> s.theme().code()),
                  Column.text("follow_up_status", s -> s.followUp().status().name()),
                  Column.text("follow_up_by", s -> s.followUp().by()),
                  Column.text("follow_up_on", s -> s.followUp().on().toString()),
                  Column.text("recorded", s -> s.recorded().toString())),
              List.of(
                  building(Signal::building),
                  Reference.one("ambassador", "ambassador", s -> s.recordedBy().value())),
              rs ->
                  new Signal(
                      new SignalId(rs.getString("id")),
                      new BuildingId(rs.getString("building_id")),
                      new AmbassadorId(rs.getString("ambassador_id")),
                      date(rs, "heard"),
                      rs.getString("text"),
                      SignalTheme.ofCode(rs.getString("theme")),
                      new FollowUp(
                          FollowUpStatus.valueOf(rs.getString("follow_up_status")),
                          rs.getString("follow_up_by"),
                          date(rs, "follow_up_on")),
                      date(rs, "recorded"))),
          SignalId::value);
    }

    @Override
    public Page<Versioned<Signal>> list(BuildingId building, PageRequest request) {
      return table.list("building_id", building.value(), request);
    }
  }

  static final class ParkedTopics
      extends TableRepository<ParkedTopicId, ParkedTopic, SqlTable<ParkedTopic>>
      implements ParkedTopicRepository {
    ParkedTopics(SqlTransactions store) {
      super(
          new SqlTable<>(
              store,
              "parked_topic",
              "parked topic",
              t -> t.id().value(),
              List.of(
                  Column.text("neighbourhood_id", t -> t.neighbourhood().value()),
                  Column.text("question", ParkedTopic::question),
                  Column.integer("raised_by", ParkedTopic::raisedBy),
                  Column.text("status", t -> t.status().name()),
                  Column.text(
                      "until_phase",
                      t ->
                          t.until().orElse(null) instanceof ParkedUntil.UntilPhase p
                              ? p.phase().name()
                              : null),
                  Column.text(
                      "until_date",
                      t ->
                          t.until().orElse(null) instanceof ParkedUntil.UntilDate d
                              ? d.date().toString()
                              : null),
                  Column.text("message", t -> t.message().orElse(null)),
                  Column.text("answer", t -> t.answer().orElse(null))),
              List.of(neighbourhood(ParkedTopic::neighbourhood)),
              ParkedTopics::read),
          ParkedTopicId::value);
    }

    private static ParkedTopic read(ResultSet rs) throws SQLException {
      String phase = rs.getString("until_phase");
      String date = rs.getString("until_date");
      Optional<ParkedUntil> until =
          phase != null
              ? Optional.of(new ParkedUntil.UntilPhase(Phase.valueOf(phase)))
              : Optional.ofNullable(date).map(d -> new ParkedUntil.UntilDate(LocalDate.parse(d)));
      return new ParkedTopic(
          new ParkedTopicId(rs.getString("id")),
          new NeighbourhoodId(rs.getString("neighbourhood_id")),
          rs.getString("question"),
          rs.getInt("raised_by"),
          TopicStatus.valueOf(rs.getString("status")),
          until,
          Optional.ofNullable(rs.getString("message")),
          Optional.ofNullable(rs.getString("answer")));
    }

    @Override
    public Page<Versioned<ParkedTopic>> list(NeighbourhoodId neighbourhood, PageRequest request) {
      return table.list("neighbourhood_id", neighbourhood.value(), request);
    }
  }

  static final class BenefitStatements
      extends TableRepository<BenefitStatementId, BenefitStatement, SqlTable<BenefitStatement>>
      implements BenefitStatementRepository {
    private final SqlTransactions store;

    BenefitStatements(SqlTransactions store) {
      super(
          new SqlTable<>(
              store,
              "benefit_statement",
              "benefit statement",
              s -> s.id().value(),
              List.of(
                  Column.text("building_id", s -> s.subject().building().value()),
                  Column.text(
                      "household",
                      s ->
                          s.subject() instanceof BenefitSubject.Household h
                              ? h.household().value()
                              : null),
                  Column.text("investment", s -> s.input().investment().toString()),
                  Column.text("monthly_cost_before", s -> s.input().monthlyCostBefore().toString()),
                  Column.text("monthly_cost_after", s -> s.input().monthlyCostAfter().toString()),
                  Column.text("monthly_saving", s -> s.figures().monthlySaving().toString()),
                  Column.text(
                      "payback_months",
                      s -> s.figures().payback().map(p -> p.months().toString()).orElse(null)),
                  Column.text(
                      "payback_years",
                      s -> s.figures().payback().map(p -> p.years().toString()).orElse(null)),
                  Column.text("calculator", BenefitStatement::calculator),
                  Column.text("issued", s -> s.issued().toString())),
              List.of(building(s -> s.subject().building())),
              BenefitStatements::read),
          BenefitStatementId::value);
      this.store = store;
    }

    private static BenefitStatement read(ResultSet rs) throws SQLException {
      BuildingId building = new BuildingId(rs.getString("building_id"));
      String household = rs.getString("household");
      BenefitSubject subject =
          household == null
              ? new BenefitSubject.WholeBuilding(building)
              : new BenefitSubject.Household(building, new Pseudonym(household));
      Optional<BigDecimal> months = amount(rs, "payback_months");
      Optional<BigDecimal> years = amount(rs, "payback_years");
      Optional<BenefitFigures.Payback> payback =
          months.isPresent() && years.isPresent()
              ? Optional.of(new BenefitFigures.Payback(months.get(), years.get()))
              : Optional.empty();
      return new BenefitStatement(
          new BenefitStatementId(rs.getString("id")),
          subject,
          new BenefitInput(
              new BigDecimal(rs.getString("investment")),
              new BigDecimal(rs.getString("monthly_cost_before")),
              new BigDecimal(rs.getString("monthly_cost_after"))),
          new BenefitFigures(new BigDecimal(rs.getString("monthly_saving")), payback),
          rs.getString("calculator"),
          date(rs, "issued"));
    }

    @Override
    public Page<Versioned<BenefitStatement>> list(BuildingId building, PageRequest request) {
      return table.list("building_id", building.value(), request);
    }

    @Override
    public List<Versioned<BenefitStatement>> findByHousehold(Pseudonym household) {
      return table.all("household", household.value(), "id");
    }

    @Override
    public int eraseHousehold(Pseudonym household) {
      return store.inTransaction(
          h ->
              h.createUpdate("DELETE FROM benefit_statement WHERE household = ?")
                  .bind(0, household.value())
                  .execute());
    }
  }

  static final class Results extends TableRepository<ResultId, Result, SqlTable<Result>>
      implements ResultRepository {

    Results(SqlTransactions store) {
      super(
          new SqlTable<>(
              store,
              "result",
              "result",
              r -> r.id().value(),
              List.of(
                  Column.text("neighbourhood_id", r -> r.neighbourhood().value()),
                  Column.text("shown", r -> r.shown().toString()),
                  Column.text("text", Result::text)),
              List.of(neighbourhood(Result::neighbourhood)),
              rs ->
                  new Result(
                      new ResultId(rs.getString("id")),
                      new NeighbourhoodId(rs.getString("neighbourhood_id")),
                      date(rs, "shown"),
                      rs.getString("text"))),
          ResultId::value);
    }

    @Override
    public Page<Versioned<Result>> list(NeighbourhoodId neighbourhood, PageRequest request) {
      return table.list("neighbourhood_id", neighbourhood.value(), request);
    }
  }
}
