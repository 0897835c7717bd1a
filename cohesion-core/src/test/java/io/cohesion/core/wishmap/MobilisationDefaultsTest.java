package io.cohesion.core.wishmap;

import static org.assertj.core.api.Assertions.assertThat;

import io.cohesion.core.ResponseRange;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class MobilisationDefaultsTest {

  @Test
  void offersTheSixChannelsOfTheMethod() {
    assertThat(MobilisationDefaults.block().channels())
        .containsExactly("door-to-door", "flyer", "app", "meeting", "school", "club");
  }

  @Test
  void namesNoNetworksBecauseNetworksAreLocal() {
    assertThat(MobilisationDefaults.block().networks()).isEmpty();
    assertThat(MobilisationDefaults.block().interests()).isNotEmpty();
    assertThat(MobilisationDefaults.block().skills()).isNotEmpty();
  }

  @Test
  void willingnessRunsFromOneToFive() {
    assertThat(MobilisationDefaults.WILLINGNESS).isEqualTo(new ResponseRange(1, 5));
  }

  @Test
  void timeAvailableIsASegmentAWishMapAccepts() {
    WishMap map =
        new WishMap(
            new WishMapId("m"),
            List.of(Value.of("a"), Value.of("b")),
            new ResponseRange(1, 5),
            Optional.empty(),
            1,
            List.of(MobilisationDefaults.TIME_AVAILABLE_COLUMN),
            MobilisationDefaults.block());

    assertThat(map.segments()).containsExactly("time");
  }

  @Test
  void everyCodeIsUniqueAcrossTheBlockAndHasABilingualLabel() {
    List<MobilisationDefaults.Option> all = new ArrayList<>();
    all.addAll(MobilisationDefaults.INTERESTS);
    all.addAll(MobilisationDefaults.CHANNELS);
    all.addAll(MobilisationDefaults.SKILLS);
    all.addAll(MobilisationDefaults.TIME_AVAILABLE);
    assertThat(new HashSet<>(all.stream().map(MobilisationDefaults.Option::code).toList()))
        .hasSize(all.size());
    for (MobilisationDefaults.Option option : all) {
      assertThat(MobilisationDefaults.label(option.code())).contains(option.label());
    }
    assertThat(MobilisationDefaults.label("nonsense")).isEmpty();
  }
}
