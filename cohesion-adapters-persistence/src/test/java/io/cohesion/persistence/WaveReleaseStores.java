package io.cohesion.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import io.cohesion.core.contract.Fixtures;
import io.cohesion.core.privacy.Closing;
import io.cohesion.core.privacy.ReleaseState;
import io.cohesion.core.privacy.ReleaseWaves;
import io.cohesion.core.privacy.WaveId;
import io.cohesion.core.wishmap.WishMapId;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;

/** Wave releases across two openings of one database: restarts and servers side by side. */
final class WaveReleaseStores {
  static final WaveId MAP = WaveId.wishMap("nb");
  static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-01T12:00:00Z"), ZoneOffset.UTC);

  private WaveReleaseStores() {}

  static ReleaseWaves releases(Stores stores) {
    return ReleaseWaves.using(stores.waveStatuses(), CLOCK, 5);
  }

  /** Stores the wish map with {@code n} responses. */
  static void fill(Stores stores, int n) {
    stores.wishMaps().create(Fixtures.wishMap(MAP.id()));
    for (int i = 0; i < n; i++) {
      stores
          .wishMapResponses()
          .submit(
              new WishMapId(MAP.id()),
              Fixtures.wishMapResponse("r" + i, i, "young"),
              Optional.empty());
    }
  }

  /**
   * Closes the wave on {@code one}, checks that {@code other} sees it released, reopens it on
   * {@code other} and checks that {@code one} sees it open.
   */
  static void closeOnOneAndSeeOnTheOther(Stores one, Stores other) {
    ReleaseState cut = ((Closing.Cut) releases(one).close(MAP, 1)).state();

    assertThat(releases(other).requireReleased(MAP)).isEqualTo(cut);
    assertThat(releases(other).status(MAP).version()).isEqualTo(2);

    releases(other).open(MAP, Optional.empty(), 2);

    assertThat(releases(one).status(MAP).value().closed()).isFalse();
    assertThat(releases(one).states(MAP)).containsExactly(cut);
  }
}
