package io.cohesion.core.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cohesion.core.FieldError;
import io.cohesion.core.ValidationException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Function;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class CheckedImportTest {

  /** A row fits when it is not negative. */
  private static final Function<Integer, List<FieldError>> NOT_NEGATIVE =
      row -> row < 0 ? List.of(new FieldError("value", "must not be negative")) : List.of();

  /** {@code rows} as an iterable that is not a collection. */
  private static Iterable<Integer> streamed(List<Integer> rows) {
    return () -> rows.stream().iterator();
  }

  /** A store that takes the rows on a thread of its own and wraps whatever they throw. */
  private static long onAnotherThread(Iterable<? extends Integer> rows, List<Integer> stored) {
    try {
      return CompletableFuture.supplyAsync(
              () -> {
                List<Integer> transaction = new ArrayList<>();
                rows.forEach(transaction::add);
                stored.addAll(transaction);
                return (long) transaction.size();
              })
          .join();
    } catch (CompletionException e) {
      throw new IllegalStateException("the import was rolled back", e.getCause());
    }
  }

  @Test
  void aCollectionIsCheckedWholeBeforeTheStoreSeesIt() {
    List<Integer> stored = new ArrayList<>();

    assertThatThrownBy(
            () ->
                CheckedImport.importAll(
                    List.of(1, -2, 3, -4),
                    "rows",
                    NOT_NEGATIVE,
                    rows -> {
                      rows.forEach(stored::add);
                      return stored.size();
                    }))
        .isInstanceOf(ValidationException.class)
        .satisfies(
            e ->
                assertThat(((ValidationException) e).errors())
                    .extracting(FieldError::field)
                    .containsExactly("rows[1].value", "rows[3].value"));
    assertThat(stored).isEmpty();
  }

  @Test
  void aStreamIsCheckedAsTakenOnTheStoresThreadAndItsRefusalIsWhatTheCallerHears() {
    List<Integer> stored = new ArrayList<>();
    List<Integer> rows = IntStream.range(0, 10_000).boxed().map(i -> i == 7_000 ? -i : i).toList();

    assertThatThrownBy(
            () ->
                CheckedImport.importAll(
                    streamed(rows), "rows", NOT_NEGATIVE, r -> onAnotherThread(r, stored)))
        .isInstanceOf(ValidationException.class)
        .satisfies(
            e ->
                assertThat(((ValidationException) e).errors())
                    .extracting(FieldError::field)
                    .containsExactly("rows[7000].value"));
    assertThat(stored).isEmpty();
  }

  @Test
  void aStreamThatFitsIsStoredInOrder() {
    List<Integer> stored = new ArrayList<>();
    List<Integer> rows = IntStream.range(0, 5_000).boxed().toList();

    long imported =
        CheckedImport.importAll(
            streamed(rows), "rows", NOT_NEGATIVE, r -> onAnotherThread(r, stored));

    assertThat(imported).isEqualTo(5_000);
    assertThat(stored).isEqualTo(rows);
  }

  @Test
  void aStoresOwnFailureIsPassedOnAsItIs() {
    IllegalStateException failure = new IllegalStateException("disk full");

    assertThatThrownBy(
            () ->
                CheckedImport.importAll(
                    streamed(List.of(1, 2)),
                    "rows",
                    NOT_NEGATIVE,
                    r -> {
                      throw failure;
                    }))
        .isSameAs(failure);
  }
}
