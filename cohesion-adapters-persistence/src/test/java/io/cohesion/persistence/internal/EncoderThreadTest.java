package io.cohesion.persistence.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.sql.SQLException;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

class EncoderThreadTest {
  @Test
  void handsOverWhatThePieceProduced() throws Exception {
    try (EncoderThread encoding = new EncoderThread()) {
      Future<List<String>> piece =
          encoding.submit(() -> EncoderThread.take(List.of("a", "b", "c").iterator(), 2));

      assertThat(EncoderThread.await(piece)).containsExactly("a", "b");
    }
  }

  @Test
  void throwsWhatTheEncodingThrewAsItWas() {
    try (EncoderThread encoding = new EncoderThread()) {
      IllegalStateException broken = new IllegalStateException("the input broke off");
      Future<Object> unchecked =
          encoding.submit(
              () -> {
                throw broken;
              });
      Future<Object> checked =
          encoding.submit(
              () -> {
                throw new IOException("disk gone");
              });
      Future<Object> error =
          encoding.submit(
              () -> {
                throw new OutOfMemoryError("pretend");
              });

      assertThatThrownBy(() -> EncoderThread.await(unchecked)).isSameAs(broken);
      assertThatThrownBy(() -> EncoderThread.await(checked))
          .isInstanceOf(SQLException.class)
          .hasRootCauseInstanceOf(IOException.class);
      assertThatThrownBy(() -> EncoderThread.await(error)).isInstanceOf(OutOfMemoryError.class);
      SQLException refused = new SQLException("duplicate", "23505");
      Future<Object> database =
          encoding.submit(
              () -> {
                throw refused;
              });
      assertThatThrownBy(() -> EncoderThread.await(database)).isSameAs(refused);
    }
  }

  @Test
  void closingStopsAPieceStillBeingTakenAndWaitsForItsEnd() throws Exception {
    CountDownLatch started = new CountDownLatch(1);
    AtomicBoolean interrupted = new AtomicBoolean();
    AtomicBoolean ended = new AtomicBoolean();
    EncoderThread encoding = new EncoderThread();
    encoding.submit(
        () -> {
          started.countDown();
          try {
            // A source of rows that blocks until more arrive, which they never do.
            new CountDownLatch(1).await();
          } catch (InterruptedException e) {
            interrupted.set(true);
            // Still using the source for a moment after the interrupt.
            Thread.sleep(0, 1);
            for (long spin = System.nanoTime(); System.nanoTime() - spin < 50_000_000; ) {
              Thread.onSpinWait();
            }
          } finally {
            ended.set(true);
          }
          return null;
        });
    started.await();

    encoding.close();

    assertThat(interrupted).as("the blocked piece was interrupted").isTrue();
    assertThat(ended).as("the piece had ended before close returned").isTrue();
  }

  @Test
  void closingKeepsAnInterruptOfTheCallingThread() {
    EncoderThread encoding = new EncoderThread();
    encoding.submit(() -> null);

    Thread.currentThread().interrupt();
    encoding.close();

    assertThat(Thread.interrupted()).isTrue();
  }
}
