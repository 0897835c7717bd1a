package io.cohesion.core.wishmap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cohesion.core.ConflictException;
import io.cohesion.core.FieldError;
import io.cohesion.core.ForbiddenException;
import io.cohesion.core.NotFoundException;
import io.cohesion.core.Page;
import io.cohesion.core.PageRequest;
import io.cohesion.core.ResponseRange;
import io.cohesion.core.Text;
import io.cohesion.core.ValidationException;
import io.cohesion.core.Versioned;
import io.cohesion.core.privacy.Answerer;
import io.cohesion.core.privacy.IdempotencyKey;
import io.cohesion.core.privacy.InvitationCode;
import io.cohesion.core.privacy.Invitations;
import io.cohesion.core.privacy.Pseudonym;
import io.cohesion.core.privacy.PseudonymSecret;
import io.cohesion.core.privacy.ReleaseWaves;
import io.cohesion.core.privacy.WaveId;
import io.cohesion.core.testing.PortFakes;
import io.cohesion.core.testing.WishMapFakes;
import io.cohesion.core.wishmap.ManageWishMaps.Submission;
import io.cohesion.core.wishmap.ManageWishMaps.Submitted;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class ManageWishMapsTest {
  private static final WishMapId NB = new WishMapId("nb");
  private static final WaveId WAVE = WaveId.wishMap("nb");
  private static final PseudonymSecret SECRET =
      PseudonymSecret.of("0123456789abcdef0123456789abcdef");

  private final PortFakes.WaveStatuses statuses = new PortFakes.WaveStatuses();
  private final WishMapFakes.WishMapResponses responses =
      new WishMapFakes.WishMapResponses(statuses);
  private final WishMapFakes.WishMaps maps = new WishMapFakes.WishMaps(statuses, responses);
  private final WishMapFakes.Invitations codes = new WishMapFakes.Invitations();
  private final Invitations invitations = new Invitations(codes, SECRET);
  private final ReleaseWaves releases =
      ReleaseWaves.using(
          statuses, Clock.fixed(Instant.parse("2026-03-01T12:00:00Z"), ZoneOffset.UTC), 1);
  private final ManageWishMaps manage =
      ManageWishMaps.using(maps, responses, releases, Optional.of(invitations));

  private static WishMap map(String id) {
    return new WishMap(
        new WishMapId(id),
        List.of(Value.of("contact"), Value.of("green")),
        new ResponseRange(1, 5),
        Optional.empty(),
        2,
        List.of("household"),
        Mobilisation.none(),
        HOUSEHOLD);
  }

  private static final List<SegmentColumn> HOUSEHOLD =
      List.of(
          new SegmentColumn(
              "household", Text.of("household"), List.of(Value.of("young"), Value.of("old"))));

  private static Submission answer(Answerer who, double contact) {
    return new Submission(
        who,
        Map.of("contact", contact),
        Map.of(),
        List.of(),
        Map.of(),
        Set.of(),
        OptionalInt.empty(),
        List.of());
  }

  private static WishMapResponse row(String respondent, double contact) {
    return answer(Answerer.typed(respondent), contact).response(Pseudonym.typed(respondent));
  }

  private InvitationCode issue() {
    return invitations.issue(1, Optional.empty(), new SplittableRandom(7)).get(0);
  }

  private void close() {
    releases.close(WAVE, releases.status(WAVE).version());
  }

  @Test
  void aWishMapWhoseSegmentColumnDeclaresNoValuesIsNotStored() {
    WishMap bare =
        new WishMap(
            NB,
            List.of(Value.of("contact"), Value.of("green")),
            new ResponseRange(1, 5),
            Optional.empty(),
            2,
            List.of("household"),
            Mobilisation.none());

    assertThatThrownBy(() -> manage.define(bare))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("segments[0]")
        .hasMessageContaining("declares no values");
    assertThatThrownBy(() -> manage.get(NB)).isInstanceOf(NotFoundException.class);
  }

  @Test
  void definesReadsChangesAndDeletesAWishMap() {
    Versioned<WishMap> defined = manage.define(map("nb"));
    manage.define(map("other"));
    WishMap changed =
        new WishMap(
            NB,
            List.of(Value.of("contact"), Value.of("green"), Value.of("quiet")),
            new ResponseRange(1, 5),
            Optional.empty(),
            2,
            List.of("household"),
            Mobilisation.none(),
            HOUSEHOLD);

    Versioned<WishMap> updated = manage.update(changed, defined.version());

    assertThat(manage.get(NB)).isEqualTo(updated);
    assertThat(updated.version()).isEqualTo(defined.version() + 1);
    assertThatThrownBy(() -> manage.update(changed, defined.version()))
        .isInstanceOf(ConflictException.class);
    assertThat(manage.list(PageRequest.first()).items())
        .extracting(v -> v.value().id().value())
        .containsExactly("nb", "other");
    manage.delete(NB, updated.version());
    assertThatThrownBy(() -> manage.get(NB))
        .isInstanceOf(NotFoundException.class)
        .hasMessageContaining("nb");
  }

  @Test
  void aResidentAnswersUnderTheCodesPseudonymNeverTheCode() {
    manage.define(map("nb"));
    InvitationCode code = issue();

    Submitted submitted =
        manage.submit(NB, answer(Answerer.invited(code.value()), 4), Optional.empty());

    assertThat(submitted.stored().response().respondent())
        .isEqualTo(invitations.pseudonymOf(code))
        .isNotEqualTo(new Pseudonym(code.value()));
    assertThat(submitted.stored().response().importance()).containsEntry("contact", 4.0);
    assertThat(submitted.keyReusedForOtherAnswers()).isFalse();
    assertThat(responses.count(NB)).isEqualTo(1);
  }

  @Test
  void aCodeAnswersAWaveOnce() {
    manage.define(map("nb"));
    InvitationCode code = issue();
    manage.submit(NB, answer(Answerer.invited(code.value()), 4), Optional.empty());

    assertThatThrownBy(
            () -> manage.submit(NB, answer(Answerer.invited(code.value()), 2), Optional.empty()))
        .isInstanceOf(ConflictException.class);
    assertThat(responses.count(NB)).isEqualTo(1);
  }

  @Test
  void aClosedWaveIsRefusedBeforeTheCodeIsLookedAt() {
    manage.define(map("nb"));
    close();
    int before = codes.lookups();

    assertThatThrownBy(
            () ->
                manage.submit(NB, answer(Answerer.invited("ABCD-EFGH-JKMN"), 4), Optional.empty()))
        .isInstanceOf(ConflictException.class)
        .hasMessageContaining("closed");
    assertThat(codes.lookups()).isEqualTo(before);
    assertThat(responses.count(NB)).isZero();
  }

  @Test
  void anUnknownWishMapIsNotFoundBeforeAnythingElse() {
    assertThatThrownBy(
            () ->
                manage.submit(
                    new WishMapId("elsewhere"),
                    answer(Answerer.invited("ABCD-EFGH-JKMN"), 4),
                    Optional.empty()))
        .isInstanceOf(NotFoundException.class);
    assertThat(codes.lookups()).isZero();
  }

  @Test
  void anUnknownCodeIsRefusedForPrivacyAndStoresNothing() {
    manage.define(map("nb"));

    assertThatThrownBy(
            () ->
                manage.submit(NB, answer(Answerer.invited("ABCD-EFGH-JKMN"), 4), Optional.empty()))
        .isInstanceOf(ForbiddenException.class)
        .hasMessageContaining("not known");
    assertThat(responses.count(NB)).isZero();
  }

  @Test
  void withoutInvitationsACodeIsRefusedForPrivacy() {
    ManageWishMaps noCodes = ManageWishMaps.using(maps, responses, releases, Optional.empty());
    noCodes.define(map("nb"));

    assertThatThrownBy(
            () ->
                noCodes.submit(NB, answer(Answerer.invited("ABCD-EFGH-JKMN"), 4), Optional.empty()))
        .isInstanceOf(ForbiddenException.class)
        .hasMessageContaining("issues no invitation codes");
  }

  @Test
  void aPseudonymTypedFromAPaperFormIsStoredAsTyped() {
    manage.define(map("nb"));

    Submitted submitted = manage.submit(NB, answer(Answerer.typed("form-12"), 3), Optional.empty());

    assertThat(submitted.stored().response().respondent()).isEqualTo(Pseudonym.typed("form-12"));
    assertThat(codes.lookups()).isZero();
  }

  @Test
  void answersThatDoNotFitTheMapAreRefusedNamingEachAndLeaveTheCodeUnspent() {
    manage.define(map("nb"));
    InvitationCode code = issue();
    Submission wrong =
        new Submission(
            Answerer.invited(code.value()),
            Map.of("contact", 9.0, "noise", 3.0),
            Map.of(),
            List.of(),
            Map.of(),
            Set.of(),
            OptionalInt.of(7),
            List.of());

    assertThatThrownBy(() -> manage.submit(NB, wrong, Optional.empty()))
        .isInstanceOf(ValidationException.class)
        .satisfies(
            e ->
                assertThat(((ValidationException) e).errors())
                    .extracting(FieldError::field)
                    .containsExactlyInAnyOrder(
                        "importance.contact", "importance.noise", "willingness"));
    assertThat(responses.count(NB)).isZero();
    assertThat(manage.submit(NB, answer(Answerer.invited(code.value()), 4), Optional.empty()))
        .isNotNull();
  }

  @Test
  void aRepeatUnderItsKeyStoresNothingAndSaysWhenItsAnswersDiffer() {
    manage.define(map("nb"));
    Optional<IdempotencyKey> key = Optional.of(new IdempotencyKey("coordinator:k1"));
    Submitted first = manage.submit(NB, answer(Answerer.typed("form-1"), 3), key);

    Submitted same = manage.submit(NB, answer(Answerer.typed("form-1"), 3), key);
    Submitted other = manage.submit(NB, answer(Answerer.typed("form-1"), 5), key);

    assertThat(same.stored()).isEqualTo(first.stored());
    assertThat(same.keyReusedForOtherAnswers()).isFalse();
    assertThat(other.stored()).isEqualTo(first.stored());
    assertThat(other.keyReusedForOtherAnswers()).isTrue();
    assertThat(responses.count(NB)).isEqualTo(1);
  }

  @Test
  void aRepeatToAnOpenWaveIsFoundByTheWriteAndOneToAClosedWaveByItsKey() {
    manage.define(map("nb"));
    Optional<IdempotencyKey> key = Optional.of(new IdempotencyKey("coordinator:k1"));
    Submitted first = manage.submit(NB, answer(Answerer.typed("form-1"), 3), key);
    Submitted again = manage.submit(NB, answer(Answerer.typed("form-1"), 3), key);

    // While the wave is open, the store's one write finds the repeat: no look-up before it.
    assertThat(again.stored()).isEqualTo(first.stored());
    assertThat(responses.finds).isZero();

    close();
    Submitted late = manage.submit(NB, answer(Answerer.typed("form-1"), 3), key);
    Submitted lateOther = manage.submit(NB, answer(Answerer.typed("form-1"), 4), key);

    assertThat(late.stored()).isEqualTo(first.stored());
    assertThat(late.keyReusedForOtherAnswers()).isFalse();
    assertThat(lateOther.keyReusedForOtherAnswers()).isTrue();
    assertThatThrownBy(
            () ->
                manage.submit(
                    NB,
                    answer(Answerer.typed("form-2"), 3),
                    Optional.of(new IdempotencyKey("coordinator:k2"))))
        .isInstanceOf(ConflictException.class)
        .hasMessageContaining("closed");
    assertThat(responses.count(NB)).isEqualTo(1);
    assertThat(responses.submissions).isEqualTo(1);
  }

  @Test
  void aSubmissionToTheMapAsReadLooksItUpNoMoreAndKeepsEveryCheck() {
    manage.define(map("nb"));
    Versioned<WishMap> read = manage.get(NB);
    int before = maps.finds;

    Submitted submitted =
        manage.submit(read, answer(Answerer.typed("form-1"), 3), Optional.empty());

    assertThat(maps.finds).isEqualTo(before);
    assertThat(submitted.stored().response().respondent()).isEqualTo(Pseudonym.typed("form-1"));
    assertThatThrownBy(
            () -> manage.submit(read, answer(Answerer.typed("form-1"), 4), Optional.empty()))
        .isInstanceOf(ConflictException.class);
    assertThatThrownBy(
            () -> manage.submit(read, answer(Answerer.typed("form-2"), 9), Optional.empty()))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("importance.contact");
    close();
    assertThatThrownBy(
            () -> manage.submit(read, answer(Answerer.typed("form-3"), 3), Optional.empty()))
        .isInstanceOf(ConflictException.class)
        .hasMessageContaining("closed");
    assertThat(responses.count(NB)).isEqualTo(1);
  }

  @Test
  void anImportIsTakenWholeOnlyWhileTheWaveIsOpen() {
    manage.define(map("nb"));

    long imported = manage.importResponses(NB, List.of(row("a", 1), row("b", 2), row("c", 3)));
    Page<WishMapResponse> second = manage.responses(NB, new PageRequest(2, 2));
    close();

    assertThat(imported).isEqualTo(3);
    assertThat(second.totalItems()).isEqualTo(3);
    assertThat(second.items()).extracting(r -> r.respondent().value()).containsExactly("c");
    assertThatThrownBy(() -> manage.importResponses(NB, List.of(row("d", 4))))
        .isInstanceOf(ConflictException.class);
    assertThat(responses.count(NB)).isEqualTo(3);
  }

  @Test
  void anImportWithARowThatDoesNotFitStoresNoneAndNamesTheRow() {
    manage.define(map("nb"));

    assertThatThrownBy(() -> manage.importResponses(NB, List.of(row("a", 1), row("b", 8))))
        .isInstanceOf(ValidationException.class)
        .satisfies(
            e ->
                assertThat(((ValidationException) e).errors())
                    .extracting(FieldError::field)
                    .containsExactly("rows[1].importance.contact"));
    assertThat(responses.count(NB)).isZero();
  }

  /** {@code rows} as an iterable that is not a collection, counting the rows taken from it. */
  private static <T> Iterable<T> streamed(List<T> rows, AtomicInteger taken) {
    return () -> rows.stream().peek(row -> taken.incrementAndGet()).iterator();
  }

  @Test
  void aStreamedImportIsStoredWhole() {
    manage.define(map("nb"));
    AtomicInteger taken = new AtomicInteger();

    long imported =
        manage.importResponses(NB, streamed(List.of(row("a", 1), row("b", 2), row("c", 3)), taken));

    assertThat(imported).isEqualTo(3);
    assertThat(taken).hasValue(3);
    assertThat(responses.responses(NB))
        .extracting(r -> r.respondent().value())
        .containsExactly("a", "b", "c");
  }

  @Test
  void aStreamedImportWithRowsThatDoNotFitStoresNoneAndNamesEveryOne() {
    manage.define(map("nb"));
    AtomicInteger taken = new AtomicInteger();
    List<WishMapResponse> rows = List.of(row("a", 1), row("b", 8), row("c", 3), row("d", 0));

    assertThatThrownBy(() -> manage.importResponses(NB, streamed(rows, taken)))
        .isInstanceOf(ValidationException.class)
        .satisfies(
            e ->
                assertThat(((ValidationException) e).errors())
                    .extracting(FieldError::field)
                    .containsExactly("rows[1].importance.contact", "rows[3].importance.contact"));
    assertThat(taken).hasValue(4);
    assertThat(responses.count(NB)).isZero();
  }

  @Test
  void aClosedWaveTakesNoRowOfAStreamedImport() {
    manage.define(map("nb"));
    close();
    AtomicInteger taken = new AtomicInteger();

    assertThatThrownBy(() -> manage.importResponses(NB, streamed(List.of(row("a", 1)), taken)))
        .isInstanceOf(ConflictException.class)
        .hasMessageContaining("closed");
    assertThat(taken).hasValue(0);
    assertThat(responses.count(NB)).isZero();
  }

  @Test
  void aStreamedImportRefusesARespondentWhoAnsweredAlready() {
    manage.define(map("nb"));
    manage.importResponses(NB, List.of(row("a", 1)));

    assertThatThrownBy(
            () ->
                manage.importResponses(
                    NB, streamed(List.of(row("b", 2), row("a", 3)), new AtomicInteger())))
        .isInstanceOf(ConflictException.class);
    assertThat(responses.count(NB)).isEqualTo(1);
  }

  @Test
  void handsOutTheRespondentsOfAWaveInTheOrderStored() {
    manage.define(map("nb"));
    manage.importResponses(NB, List.of(row("b", 1), row("a", 2)));
    List<Pseudonym> seen = new ArrayList<>();

    manage.respondents(NB, seen::add);

    assertThat(seen).containsExactly(Pseudonym.typed("b"), Pseudonym.typed("a"));
    assertThatThrownBy(() -> manage.respondents(new WishMapId("elsewhere"), seen::add))
        .isInstanceOf(NotFoundException.class);
  }
}
