package io.cohesion.persistence.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.cohesion.core.CohesionException;
import io.cohesion.core.ConflictException;
import io.cohesion.core.contract.Fixtures;
import io.cohesion.core.privacy.Pseudonym;
import io.cohesion.core.wishmap.WishMapId;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What a store says when the database refuses a write: which kind of failure, never the values the
 * statement carried. A pseudonym bound to a failing statement must not reach an exception message
 * or a cause, since a logger prints the whole chain.
 */
public abstract class DatabaseFailuresContract {
  /** A pseudonym that would be recognised anywhere it turned up. */
  private static final String PSEUDONYM =
      "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";

  private static final WishMapId WAVE = new WishMapId("wave");

  private SqlStores stores;

  /** A new, empty store. */
  protected abstract SqlStores open();

  /** Removes what {@link #open()} made, after the store is closed. */
  protected void closed() {}

  @BeforeEach
  void openStore() {
    stores = open();
    stores.wishMaps().create(Fixtures.wishMap(WAVE.value()));
  }

  @AfterEach
  void closeStore() {
    try {
      stores.close();
    } finally {
      closed();
    }
  }

  /** The exception as a logger prints it: messages, causes, suppressed ones, stack traces. */
  private static String asLogged(Throwable e) {
    StringWriter out = new StringWriter();
    e.printStackTrace(new PrintWriter(out));
    return out.toString();
  }

  private Throwable insert(String respondent, byte[] answers) {
    return catchThrowable(
        () ->
            stores
                .transactions()
                .inTransaction(
                    h ->
                        h.createUpdate(
                                "INSERT INTO wish_map_response (wish_map_id, respondent, answers)"
                                    + " VALUES (?, ?, ?)")
                            .bind(0, WAVE.value())
                            .bind(1, respondent)
                            .bind(2, answers)
                            .execute()));
  }

  @Test
  void aUniqueViolationIsAConflictThatDoesNotNameTheValues() {
    assertThat(insert(PSEUDONYM, new byte[] {1})).isNull();

    Throwable failure = insert(PSEUDONYM, new byte[] {2});

    assertThat(failure).isInstanceOf(ConflictException.class);
    assertThat(asLogged(failure))
        .doesNotContain(PSEUDONYM)
        .doesNotContain(PSEUDONYM.substring(0, 16));
  }

  @Test
  void anyOtherRefusalSaysWhatFailedButNotTheValues() {
    Throwable failure = insert(PSEUDONYM, null);

    assertThat(failure).isInstanceOf(CohesionException.class);
    assertThat(failure.getMessage()).contains(stores.transactions().dialect().name());
    assertThat(asLogged(failure))
        .doesNotContain(PSEUDONYM)
        .doesNotContain(PSEUDONYM.substring(0, 16));
  }

  @Test
  void aSecondAnswerDoesNotNameTheRespondent() {
    stores
        .wishMapResponses()
        .submit(WAVE, Fixtures.wishMapResponse(PSEUDONYM, 1, "s"), Optional.empty());

    Throwable single =
        catchThrowable(
            () ->
                stores
                    .wishMapResponses()
                    .submit(WAVE, Fixtures.wishMapResponse(PSEUDONYM, 2, "s"), Optional.empty()));
    Throwable batch =
        catchThrowable(
            () ->
                stores
                    .wishMapResponses()
                    .importAll(
                        WAVE,
                        List.of(
                            Fixtures.wishMapResponse("someone", 1, "s"),
                            Fixtures.wishMapResponse(PSEUDONYM, 2, "s"))));

    assertThat(single).isInstanceOf(ConflictException.class);
    assertThat(asLogged(single)).doesNotContain(PSEUDONYM);
    assertThat(batch).isInstanceOf(ConflictException.class).hasMessageContaining("2");
    assertThat(asLogged(batch)).doesNotContain(PSEUDONYM);
    assertThat(stores.wishMapResponses().export(new Pseudonym(PSEUDONYM))).hasSize(1);
  }
}
