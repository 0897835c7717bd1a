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
    }
  }

  @Test
  void closingWaitsForAPieceStillBeingTaken() throws Exception {
    CountDownLatch started = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    AtomicBoolean finished = new AtomicBoolean();
    EncoderThread encoding = new EncoderThread();
    encoding.submit(
        () -> {
          started.countDown();
          release.await();
          finished.set(true);
          return null;
        });
    started.await();
    Thread releaser =
        new Thread(
            () -> {
              try {
                Thread.sleep(100);
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
              }
              release.countDown();
            });
    releaser.start();

    encoding.close();

    assertThat(finished).as("the piece ran to its end before close returned").isTrue();
    releaser.join();
  }
}
