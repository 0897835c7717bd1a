package io.cohesion.core.trust;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cohesion.core.ConflictException;
import io.cohesion.core.ForbiddenException;
import io.cohesion.core.NotFoundException;
import io.cohesion.core.Page;
import io.cohesion.core.PageRequest;
import io.cohesion.core.ResponseRange;
import io.cohesion.core.Text;
import io.cohesion.core.ValidationException;
import io.cohesion.core.Versioned;
import io.cohesion.core.neighbourhood.Neighbourhood;
import io.cohesion.core.neighbourhood.NeighbourhoodId;
import io.cohesion.core.privacy.Answerer;
import io.cohesion.core.privacy.Audience;
import io.cohesion.core.privacy.DisclosurePolicy;
import io.cohesion.core.privacy.IdempotencyKey;
import io.cohesion.core.privacy.Invitation;
import io.cohesion.core.privacy.InvitationCode;
import io.cohesion.core.privacy.InvitationRepository;
import io.cohesion.core.privacy.Invitations;
import io.cohesion.core.privacy.NotReleasedException;
import io.cohesion.core.privacy.Pseudonym;
import io.cohesion.core.privacy.PseudonymSecret;
import io.cohesion.core.privacy.ReleaseWaves;
import io.cohesion.core.privacy.StoredResponse;
import io.cohesion.core.privacy.WaveId;
import io.cohesion.core.testing.PortFakes;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ManageMeasurementsTest {
  private static final int K = 3;
  private static final NeighbourhoodId BEETS = new NeighbourhoodId("nij-beets");
  private static final ScaleId TRUST = new ScaleId("trust");
  private static final MeasurementId BEFORE = new MeasurementId("before");
  private static final MeasurementId AFTER = new MeasurementId("after");
  private static final Audience BOUND = new DisclosurePolicy(K).bound();
  private static final Audience RAW = Audience.rawData(1);

  private final TrustFakes fakes = new TrustFakes();
  private final PortFakes.Neighbourhoods neighbourhoods = new PortFakes.Neighbourhoods();
  private final ReleaseWaves releases =
      ReleaseWaves.using(
          fakes.statuses, Clock.fixed(Instant.parse("2026-03-01T12:00:00Z"), ZoneOffset.UTC), K);
  private final AtomicInteger codeLookups = new AtomicInteger();
  private static final PseudonymSecret SECRET =
      PseudonymSecret.of("0123456789abcdef0123456789abcdef");
  private final Invitations invitations = new Invitations(codes(), SECRET);
  private final ManageMeasurements manage =
      ManageMeasurements.using(
          fakes.measurements,
          fakes.responses,
          fakes.scales,
          neighbourhoods,
          releases,
          Optional.of(invitations));

  ManageMeasurementsTest() {
    neighbourhoods.create(Neighbourhood.of(BEETS, "Nij Beets", "Opsterland"));
    fakes.scales.create(scale(TRUST));
    manage.define(measurement(BEFORE, TRUST, BEETS));
  }

  /** Invitation codes in memory, counting the lookups of a code. */
  private InvitationRepository codes() {
    Map<String, Invitation> stored = new HashMap<>();
    return new InvitationRepository() {
      @Override
      public void create(List<Invitation> invitations) {
        invitations.forEach(i -> stored.put(i.codeHash(), i));
      }

      @Override
      public Optional<Invitation> find(String codeHash) {
        codeLookups.incrementAndGet();
        return Optional.ofNullable(stored.get(codeHash));
      }

      @Override
      public Page<Invitation> list(PageRequest request) {
        return new Page<>(List.copyOf(stored.values()), request, stored.size());
      }

      @Override
      public boolean rekey(String legacyHash, String codeHash) {
        return false;
      }
    };
  }

  private static Scale scale(ScaleId id) {
    return new Scale(
        id, Text.of(id.value()), new ResponseRange(1, 5), 1, List.of(Item.of("A"), Item.of("B")));
  }

  private static Measurement measurement(
      MeasurementId id, ScaleId scale, NeighbourhoodId neighbourhood) {
    return new Measurement(id, scale, neighbourhood, id.value(), LocalDate.of(2026, 2, 1));
  }

  private static MeasurementAnswer answer(double a, double b) {
    return new MeasurementAnswer(Map.of("A", a, "B", b), Map.of());
  }

  /** Paper answers of respondents {@code from..to} (inclusive). */
  private void answerOnPaper(MeasurementId measurement, int from, int to) {
    for (int i = from; i <= to; i++) {
      manage.submit(
          measurement, Answerer.typed("p" + i), answer(1 + i % 5, 5 - i % 5), Optional.empty());
    }
  }

  private void close(MeasurementId measurement) {
    WaveId wave = WaveId.measurement(measurement.value());
    releases.close(wave, releases.status(wave).version());
  }

  private void reopen(MeasurementId measurement) {
    WaveId wave = WaveId.measurement(measurement.value());
    releases.open(wave, Optional.empty(), releases.status(wave).version());
  }

  @Test
  void aMeasurementNeedsAStoredScale() {
    assertThatThrownBy(() -> manage.define(measurement(AFTER, new ScaleId("missing"), BEETS)))
        .isInstanceOf(NotFoundException.class)
        .hasMessageContaining("scale")
        .hasMessageContaining("missing");
    assertThatThrownBy(() -> manage.find(AFTER)).isInstanceOf(NotFoundException.class);
  }

  @Test
  void aMeasurementNeedsARegisteredNeighbourhood() {
    Measurement elsewhere = measurement(AFTER, TRUST, new NeighbourhoodId("elsewhere"));

    assertThatThrownBy(() -> manage.define(elsewhere))
        .isInstanceOf(NotFoundException.class)
        .hasMessageContaining("neighbourhood")
        .hasMessageContaining("elsewhere");
    assertThatThrownBy(
            () -> manage.update(measurement(BEFORE, TRUST, elsewhere.neighbourhood()), 1))
        .isInstanceOf(NotFoundException.class)
        .hasMessageContaining("elsewhere");
    assertThatThrownBy(() -> manage.find(AFTER)).isInstanceOf(NotFoundException.class);
    assertThat(manage.find(BEFORE).value().neighbourhood()).isEqualTo(BEETS);
  }

  @Test
  void listsUpdatesAndDeletesAtTheCurrentVersion() {
    manage.define(measurement(AFTER, TRUST, BEETS));
    Measurement relabelled =
        new Measurement(AFTER, TRUST, BEETS, "after the street party", LocalDate.of(2026, 6, 1));

    Versioned<Measurement> updated = manage.update(relabelled, 1);

    assertThat(updated.version()).isEqualTo(2);
    assertThatThrownBy(() -> manage.update(relabelled, 1)).isInstanceOf(ConflictException.class);
    assertThat(manage.list(PageRequest.first()).items())
        .extracting(v -> v.value().id())
        .containsExactly(AFTER, BEFORE);
    assertThatThrownBy(() -> manage.delete(AFTER, 1)).isInstanceOf(ConflictException.class);
    manage.delete(AFTER, 2);
    assertThatThrownBy(() -> manage.find(AFTER)).isInstanceOf(NotFoundException.class);
    assertThatThrownBy(() -> manage.delete(AFTER, 2)).isInstanceOf(NotFoundException.class);
  }

  @Test
  void anAnsweredMeasurementIsKept() {
    answerOnPaper(BEFORE, 1, 1);

    assertThatThrownBy(() -> manage.delete(BEFORE, 1)).isInstanceOf(ConflictException.class);
    assertThat(manage.find(BEFORE).version()).isEqualTo(1);
  }

  @Test
  void storesATypedAnswerUnderItsPseudonym() {
    StoredResponse<MeasurementResponse> stored =
        manage.submit(BEFORE, Answerer.typed("paper-7"), answer(2, 4), Optional.empty());

    assertThat(stored.response().respondent()).isEqualTo(new Pseudonym("paper-7"));
    assertThat(stored.response().answers()).isEqualTo(Map.of("A", 2.0, "B", 4.0));
    assertThat(fakes.responses.responses(BEFORE)).containsExactly(stored.response());
  }

  @Test
  void storesAnInvitedAnswerUnderTheCodesPseudonym() {
    InvitationCode code = invitations.issue(1, Optional.empty(), new SplittableRandom(7)).get(0);

    StoredResponse<MeasurementResponse> stored =
        manage.submit(BEFORE, Answerer.invited(code.value()), answer(3, 3), Optional.empty());

    assertThat(stored.response().respondent()).isEqualTo(invitations.pseudonymOf(code));
  }

  @Test
  void aReplayWithTheSameKeyReturnsTheFirstAnswer() {
    Optional<IdempotencyKey> key = Optional.of(new IdempotencyKey("k-1"));
    StoredResponse<MeasurementResponse> first =
        manage.submit(BEFORE, Answerer.typed("paper-1"), answer(2, 4), key);

    StoredResponse<MeasurementResponse> replay =
        manage.submit(BEFORE, Answerer.typed("paper-1"), answer(2, 4), key);

    assertThat(replay).isEqualTo(first);
    assertThat(fakes.responses.count(BEFORE)).isEqualTo(1);
  }

  @Test
  void aReplayAfterTheCloseFindsTheFirstAnswerWhereANewAnswerIsRefused() {
    Optional<IdempotencyKey> key = Optional.of(new IdempotencyKey("k-1"));
    StoredResponse<MeasurementResponse> first =
        manage.submit(BEFORE, Answerer.typed("paper-1"), answer(2, 4), key);
    close(BEFORE);

    StoredResponse<MeasurementResponse> replay =
        manage.submit(BEFORE, Answerer.typed("paper-1"), answer(2, 4), key);

    assertThat(replay).isEqualTo(first);
    assertThatThrownBy(
            () ->
                manage.submit(
                    BEFORE,
                    Answerer.typed("paper-2"),
                    answer(2, 4),
                    Optional.of(new IdempotencyKey("k-2"))))
        .isInstanceOf(ConflictException.class)
        .hasMessageContaining("is closed");
    assertThat(fakes.responses.count(BEFORE)).isEqualTo(1);
  }

  @Test
  void anUnknownCodeIsRefusedAndStoresNothing() {
    String issuedElsewhere =
        new Invitations(codes(), SECRET)
            .issue(1, Optional.empty(), new SplittableRandom(8))
            .get(0)
            .value();

    assertThatThrownBy(
            () ->
                manage.submit(
                    BEFORE, Answerer.invited(issuedElsewhere), answer(1, 1), Optional.empty()))
        .isInstanceOf(ForbiddenException.class)
        .hasMessage("this invitation code is not known");
    assertThat(fakes.responses.submissions).isZero();
  }

  @Test
  void withoutInvitationsACodeIsRefused() {
    ManageMeasurements noCodes =
        ManageMeasurements.using(
            fakes.measurements,
            fakes.responses,
            fakes.scales,
            neighbourhoods,
            releases,
            Optional.empty());

    assertThatThrownBy(
            () ->
                noCodes.submit(
                    BEFORE, Answerer.invited("ABCD-EFGH-JKMN"), answer(1, 1), Optional.empty()))
        .isInstanceOf(ForbiddenException.class)
        .hasMessage("this server issues no invitation codes");
    assertThat(fakes.responses.submissions).isZero();
  }

  @Test
  void aClosedWaveRefusesAnAnswerBeforeTheCodeIsLookedUp() {
    InvitationCode code = invitations.issue(1, Optional.empty(), new SplittableRandom(7)).get(0);
    close(BEFORE);
    codeLookups.set(0);

    assertThatThrownBy(
            () ->
                manage.submit(
                    BEFORE, Answerer.invited(code.value()), answer(1, 1), Optional.empty()))
        .isInstanceOf(ConflictException.class)
        .hasMessageContaining("is closed");
    assertThatThrownBy(() -> manage.requireOpen(BEFORE)).isInstanceOf(ConflictException.class);
    assertThat(codeLookups).hasValue(0);
    assertThat(fakes.responses.submissions).isZero();
  }

  @Test
  void anUnknownMeasurementIsNotFoundBeforeAnythingElse() {
    assertThatThrownBy(
            () ->
                manage.submit(
                    AFTER, Answerer.invited("ABCD-EFGH-JKMN"), answer(9, 9), Optional.empty()))
        .isInstanceOf(NotFoundException.class)
        .hasMessageContaining("after");
    assertThat(codeLookups).hasValue(0);
  }

  @Test
  void anAnswerOutsideTheScaleIsInvalidAndStoresNothing() {
    assertThatThrownBy(
            () ->
                manage.submit(
                    BEFORE,
                    Answerer.typed("paper-1"),
                    new MeasurementAnswer(Map.of("A", 9.0, "Z", 1.0), Map.of()),
                    Optional.empty()))
        .isInstanceOf(ValidationException.class)
        .satisfies(
            e ->
                assertThat(((ValidationException) e).errors())
                    .extracting(f -> f.field())
                    .containsExactlyInAnyOrder("answers.A", "answers.Z"));
    assertThat(fakes.responses.submissions).isZero();
  }

  @Test
  void importsManyRowsIntoAnOpenWaveOnly() {
    List<MeasurementResponse> rows =
        IntStream.rangeClosed(1, 4)
            .mapToObj(i -> answer(i, i).by(new Pseudonym("row-" + i)))
            .toList();

    assertThat(manage.importAll(BEFORE, rows)).isEqualTo(4);
    assertThat(manage.responses(BEFORE, new PageRequest(2, 3)).items())
        .extracting(MeasurementResponse::respondent)
        .containsExactly(new Pseudonym("row-4"));
    assertThatThrownBy(
            () -> manage.importAll(BEFORE, List.of(answer(6, 1).by(new Pseudonym("row-5")))))
        .isInstanceOf(ValidationException.class);
    close(BEFORE);
    assertThatThrownBy(
            () -> manage.importAll(BEFORE, List.of(answer(1, 1).by(new Pseudonym("row-6")))))
        .isInstanceOf(ConflictException.class);
    assertThat(fakes.responses.count(BEFORE)).isEqualTo(4);
  }

  @Test
  void theRawResponsesOfAnUnknownMeasurementAreNotFound() {
    assertThatThrownBy(() -> manage.responses(AFTER, PageRequest.first()))
        .isInstanceOf(NotFoundException.class);
  }

  @Test
  void anOpenWavesScoresAreNotReleasedToABoundAudience() {
    answerOnPaper(BEFORE, 1, 6);

    assertThatThrownBy(() -> manage.scores(BEFORE, Optional.empty(), BOUND))
        .isInstanceOf(NotReleasedException.class)
        .hasMessageContaining("is open");
  }

  @Test
  void aRawDataAudienceSeesTheLiveScoresOfAnOpenWave() {
    answerOnPaper(BEFORE, 1, 6);

    assertThat(manage.scores(BEFORE, Optional.empty(), RAW).n()).isEqualTo(6);
  }

  @Test
  void aBoundAudienceSeesTheLastReleasedStateNotLaterAnswers() {
    answerOnPaper(BEFORE, 1, 6);
    close(BEFORE);
    reopen(BEFORE);
    answerOnPaper(BEFORE, 7, 7);
    close(BEFORE); // one more answer is fewer than K: state 1 stays released

    assertThat(manage.scores(BEFORE, Optional.empty(), BOUND).n()).isEqualTo(6);
    assertThat(manage.scores(BEFORE, Optional.empty(), RAW).n()).isEqualTo(7);
  }

  @Test
  void theScoresOfAnUnknownMeasurementAreNotFoundForEveryAudience() {
    assertThatThrownBy(() -> manage.scores(AFTER, Optional.empty(), BOUND))
        .isInstanceOf(NotFoundException.class);
    assertThatThrownBy(() -> manage.scores(AFTER, Optional.empty(), RAW))
        .isInstanceOf(NotFoundException.class);
  }

  @Test
  void aComparisonForABoundAudienceNeedsBothWavesReleased() {
    manage.define(measurement(AFTER, TRUST, BEETS));
    answerOnPaper(BEFORE, 1, 6);
    answerOnPaper(AFTER, 1, 6);
    close(BEFORE);

    assertThatThrownBy(() -> manage.compare(BEFORE, AFTER, BOUND))
        .isInstanceOf(NotReleasedException.class)
        .hasMessageContaining("after");
    assertThatThrownBy(() -> manage.compare(AFTER, BEFORE, BOUND))
        .isInstanceOf(NotReleasedException.class)
        .hasMessageContaining("after");
    assertThat(manage.compare(BEFORE, AFTER, RAW).independent().nAfter()).isEqualTo(6);

    close(AFTER);
    WaveComparison released = manage.compare(BEFORE, AFTER, BOUND);
    assertThat(released.suppressed()).isEmpty();
    assertThat(released.independent().nBefore()).isEqualTo(6);
    assertThat(released.independent().nAfter()).isEqualTo(6);
  }

  @Test
  void wavesOfDifferentScalesAreNotCompared() {
    fakes.scales.create(scale(new ScaleId("other")));
    manage.define(measurement(AFTER, new ScaleId("other"), BEETS));

    assertThatThrownBy(() -> manage.compare(BEFORE, AFTER, RAW))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("with: measurement after uses scale other, not trust");
  }

  private static final MeasurementId STREETS = new MeasurementId("streets");

  /** A measurement declaring its street column, with paper answers in two streets and a note. */
  private void streetsAnswered() {
    manage.define(
        new Measurement(
            STREETS,
            TRUST,
            BEETS,
            "streets",
            LocalDate.of(2026, 2, 1),
            List.of(
                new io.cohesion.core.wishmap.SegmentColumn(
                    "street",
                    Text.of("street"),
                    List.of(
                        io.cohesion.core.wishmap.Value.of("west"),
                        io.cohesion.core.wishmap.Value.of("east"))))));
    for (int i = 0; i < 12; i++) {
      manage.submit(
          STREETS,
          Answerer.typed("s" + i),
          new MeasurementAnswer(
              Map.of("A", 1.0 + i % 5, "B", 5.0 - i % 5),
              Map.of("street", i < 6 ? "west" : "east", "note", "typed " + (i % 2))),
          Optional.empty());
    }
  }

  @Test
  void aValueOutsideADeclaredAttributeColumnIsInvalidAndNotRepeated() {
    streetsAnswered();

    assertThatThrownBy(
            () ->
                manage.submit(
                    STREETS,
                    Answerer.typed("x1"),
                    new MeasurementAnswer(
                        Map.of("A", 3.0), Map.of("street", "Jan de Vries, Dorpsstraat 7")),
                    Optional.empty()))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("attributes.street")
        .hasMessageContaining("[west, east]")
        .hasMessageNotContaining("Jan de Vries");
  }

  @Test
  void aBoundAudienceGroupsByDeclaredAttributesOnlyInDeclaredOrder() {
    streetsAnswered();
    close(STREETS);

    ScaleReport byStreet = manage.scores(STREETS, Optional.of("street"), BOUND);

    assertThat(byStreet.groups()).extracting(GroupScore::group).containsExactly("west", "east");
    assertThatThrownBy(() -> manage.scores(STREETS, Optional.of("note"), BOUND))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("groupBy")
        .hasMessageContaining("declares no values");
    // who holds the raw data groups by any column
    assertThat(manage.scores(STREETS, Optional.of("note"), RAW).groups()).hasSize(2);
  }

  @Test
  void groupingByAColumnNoResponseHasIsInvalidForEveryAudience() {
    streetsAnswered();
    close(STREETS);

    // as the command line refuses a file without the column, not an empty grouping
    for (Audience audience : List.of(RAW, BOUND)) {
      assertThatThrownBy(() -> manage.scores(STREETS, Optional.of("building"), audience))
          .as("%s", audience)
          .isInstanceOf(ValidationException.class)
          .hasMessageContaining("groupBy")
          .hasMessageContaining("'building'");
    }
    assertThat(manage.scores(STREETS, Optional.of("street"), RAW).groups()).hasSize(2);
  }

  /** {@code rows} as an iterable that is not a collection, counting the rows taken from it. */
  private static <T> Iterable<T> streamed(List<T> rows, AtomicInteger taken) {
    return () -> rows.stream().peek(row -> taken.incrementAndGet()).iterator();
  }

  @Test
  void aStreamedImportChecksEveryRowAsItIsTakenAndStoresAllOrNone() {
    AtomicInteger taken = new AtomicInteger();
    List<MeasurementResponse> bad =
        List.of(
            answer(1, 1).by(new Pseudonym("row-1")),
            answer(6, 1).by(new Pseudonym("row-2")),
            answer(1, 0).by(new Pseudonym("row-3")));

    assertThatThrownBy(() -> manage.importAll(BEFORE, streamed(bad, taken)))
        .isInstanceOf(ValidationException.class)
        .satisfies(
            e ->
                assertThat(((ValidationException) e).errors())
                    .extracting(f -> f.field())
                    .containsExactly("responses[1].answers.A", "responses[2].answers.B"));
    assertThat(taken).hasValue(3);
    assertThat(fakes.responses.count(BEFORE)).isZero();

    List<MeasurementResponse> good =
        IntStream.rangeClosed(1, 5)
            .mapToObj(i -> answer(i, i).by(new Pseudonym("row-" + i)))
            .toList();
    assertThat(manage.importAll(BEFORE, streamed(good, new AtomicInteger()))).isEqualTo(5);
    assertThat(fakes.responses.count(BEFORE)).isEqualTo(5);
  }

  @Test
  void aClosedWaveTakesNoRowOfAStreamedImport() {
    close(BEFORE);
    AtomicInteger taken = new AtomicInteger();

    assertThatThrownBy(
            () ->
                manage.importAll(
                    BEFORE, streamed(List.of(answer(1, 1).by(new Pseudonym("row-1"))), taken)))
        .isInstanceOf(ConflictException.class);
    assertThat(taken).hasValue(0);
  }

  @Test
  void handsOutTheRespondentsOfAMeasurementInTheOrderStored() {
    answerOnPaper(BEFORE, 3, 4);
    List<Pseudonym> seen = new ArrayList<>();

    manage.respondents(BEFORE, seen::add);

    assertThat(seen).containsExactly(Pseudonym.typed("p3"), Pseudonym.typed("p4"));
    assertThatThrownBy(() -> manage.respondents(AFTER, seen::add))
        .isInstanceOf(NotFoundException.class);
  }
}
