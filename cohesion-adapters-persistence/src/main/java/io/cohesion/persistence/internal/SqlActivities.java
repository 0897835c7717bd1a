package io.cohesion.persistence.internal;

import io.cohesion.core.ConflictException;
import io.cohesion.core.NotFoundException;
import io.cohesion.core.Page;
import io.cohesion.core.PageRequest;
import io.cohesion.core.Versioned;
import io.cohesion.core.activity.Activity;
import io.cohesion.core.activity.ActivityId;
import io.cohesion.core.activity.ActivityRepository;
import io.cohesion.core.activity.ActivitySession;
import io.cohesion.core.activity.ActivitySessionRepository;
import io.cohesion.core.activity.ActivityStatus;
import io.cohesion.core.neighbourhood.NeighbourhoodId;
import io.cohesion.core.privacy.IdempotencyKey;
import io.cohesion.persistence.internal.SqlTable.Column;
import io.cohesion.persistence.internal.SqlTable.Reference;
import io.cohesion.persistence.internal.SqlTable.Referrer;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;

/** Activities and their sessions in the tables of migrations V6 and V8. */
final class SqlActivities {
  private SqlActivities() {}

  static final class Activities extends TableRepository<ActivityId, Activity, SqlTable<Activity>>
      implements ActivityRepository {
    Activities(SqlTransactions store) {
      super(
          new SqlTable<>(
                  store,
                  "activity",
                  "activity",
                  a -> a.id().value(),
                  List.of(
                      Column.text("neighbourhood_id", a -> a.neighbourhood().value()),
                      Column.text("name", Activity::name),
                      Column.text("status", a -> a.status().name()),
                      Column.text(
                          "body",
                          a ->
                              AggregateCodec.activityBody(
                                  new AggregateCodec.ActivityBody(
                                      a.description(),
                                      a.targets(),
                                      a.segments(),
                                      a.partners(),
                                      a.sustainabilityLink(),
                                      a.benefit())))),
                  List.of(
                      Reference.one(
                          "neighbourhood", "neighbourhood", a -> a.neighbourhood().value())),
                  rs -> {
                    AggregateCodec.ActivityBody body =
                        AggregateCodec.activityBody(rs.getString("body"));
                    return new Activity(
                        new ActivityId(rs.getString("id")),
                        new NeighbourhoodId(rs.getString("neighbourhood_id")),
                        rs.getString("name"),
                        body.description(),
                        body.targets(),
                        body.segments(),
                        body.partners(),
                        body.sustainabilityLink(),
                        body.benefit(),
                        ActivityStatus.valueOf(rs.getString("status")));
                  })
              .referredToBy(Referrer.of("session", "activity_session", "activity_id")),
          ActivityId::value);
    }

    @Override
    public Page<Versioned<Activity>> list(NeighbourhoodId neighbourhood, PageRequest request) {
      return table.list("neighbourhood_id", neighbourhood.value(), request);
    }
  }

  static final class Sessions implements ActivitySessionRepository {
    private final SqlTransactions store;

    Sessions(SqlTransactions store) {
      this.store = store;
    }

    @Override
    public ActivitySession add(ActivitySession session, Optional<IdempotencyKey> key) {
      try {
        return store.inTransaction(
            h -> {
              if (h.createQuery("SELECT 1 FROM activity WHERE id = ?")
                  .bind(0, session.activity().value())
                  .mapTo(Integer.class)
                  .findOne()
                  .isEmpty()) {
                throw new NotFoundException("activity", session.activity());
              }
              if (key.isPresent()) {
                Optional<ActivitySession> earlier = byKey(h, session.activity(), key.get());
                if (earlier.isPresent()) {
                  return earlier.get();
                }
              }
              h.createUpdate(
                      "INSERT INTO activity_session"
                          + " (activity_id, held, attendance, new_participants, idempotency_key)"
                          + " VALUES (?, ?, ?, ?, ?)")
                  .bind(0, session.activity().value())
                  .bind(1, session.date().toString())
                  .bind(2, session.attendance())
                  .bind(3, session.newParticipants())
                  .bind(4, key.map(IdempotencyKey::value).orElse(null))
                  .execute();
              return session;
            });
      } catch (ConflictException e) {
        // A concurrent request under the same key committed first: its session is this one.
        if (key.isPresent()) {
          Optional<ActivitySession> earlier =
              store.read(h -> byKey(h, session.activity(), key.get()));
          if (earlier.isPresent()) {
            return earlier.get();
          }
        }
        throw e;
      }
    }

    private static Optional<ActivitySession> byKey(
        Handle h, ActivityId activity, IdempotencyKey key) {
      return h.createQuery(
              "SELECT held, attendance, new_participants FROM activity_session"
                  + " WHERE activity_id = ? AND idempotency_key = ?")
          .bind(0, activity.value())
          .bind(1, key.value())
          .map((rs, ctx) -> session(activity, rs))
          .findOne();
    }

    private static ActivitySession session(ActivityId activity, ResultSet rs) throws SQLException {
      return new ActivitySession(
          activity,
          LocalDate.parse(rs.getString("held")),
          rs.getInt("attendance"),
          rs.getInt("new_participants"));
    }

    @Override
    public List<ActivitySession> sessions(ActivityId activity) {
      return store.read(
          h ->
              h.createQuery(
                      "SELECT held, attendance, new_participants FROM activity_session"
                          + " WHERE activity_id = ? ORDER BY held, id")
                  .bind(0, activity.value())
                  .map((rs, ctx) -> session(activity, rs))
                  .list());
    }
  }
}
