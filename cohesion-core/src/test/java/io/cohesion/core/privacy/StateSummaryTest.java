package io.cohesion.core.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.ByteBuffer;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.HexFormat;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

/** A release state's digest and summary: what tells a state apart without its ids. */
class StateSummaryTest {
  private static final WaveId WAVE = WaveId.wishMap("nb");
  private static final Instant CUT = Instant.parse("2026-03-01T12:00:00Z");

  private static String sha256OfBigEndian(long... ids) throws Exception {
    ByteBuffer bytes = ByteBuffer.allocate(8 * ids.length);
    for (long id : ids) {
      bytes.putLong(id);
    }
    return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes.array()));
  }

  @Test
  void theDigestIsTheSha256OfTheIdsAsBigEndianLongsInOrder() throws Exception {
    long[] many = LongStream.iterate(3, i -> i + 1 + i % 7).limit(5_000).toArray();

    assertThat(new ReleaseState(WAVE, 1, CUT, new long[0]).digest())
        .isEqualTo("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    assertThat(new ReleaseState(WAVE, 1, CUT, new long[] {1, 2, 300_000_000_000L}).digest())
        .isEqualTo(sha256OfBigEndian(1, 2, 300_000_000_000L));
    assertThat(new ReleaseState(WAVE, 1, CUT, many).digest()).isEqualTo(sha256OfBigEndian(many));
  }

  @Test
  void statesWithOtherIdsHaveOtherDigestsAndSummaries() {
    ReleaseState one = new ReleaseState(WAVE, 1, CUT, new long[] {1, 2, 3});
    ReleaseState other = new ReleaseState(WAVE, 1, CUT, new long[] {1, 2, 4});

    assertThat(one.digest()).isNotEqualTo(other.digest());
    assertThat(StateSummary.of(one)).isNotEqualTo(StateSummary.of(other));
    assertThat(StateSummary.of(one).describes(one)).isTrue();
    assertThat(StateSummary.of(one).describes(other)).isFalse();
    assertThat(StateSummary.of(one))
        .isEqualTo(new StateSummary(WAVE, 1, CUT, 3, one.digest()))
        .isNotEqualTo(new StateSummary(WAVE, 2, CUT, 3, one.digest()))
        .isNotEqualTo(new StateSummary(WAVE, 1, CUT.plusNanos(1), 3, one.digest()));
  }

  @Test
  void aSummaryIsChecked() {
    String digest = new ReleaseState(WAVE, 1, CUT, new long[] {1}).digest();

    assertThatThrownBy(() -> new StateSummary(WAVE, 0, CUT, 1, digest))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new StateSummary(WAVE, 1, CUT, -1, digest))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new StateSummary(WAVE, 1, CUT, 1, digest.toUpperCase()))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new StateSummary(WAVE, 1, CUT, 1, digest.substring(1)))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
