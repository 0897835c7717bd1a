package io.cohesion.core.activity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cohesion.core.FieldError;
import io.cohesion.core.ResponseRange;
import io.cohesion.core.TargetValue;
import io.cohesion.core.ValidationException;
import io.cohesion.core.neighbourhood.NeighbourhoodId;
import io.cohesion.core.wishmap.Value;
import io.cohesion.core.wishmap.WishMap;
import io.cohesion.core.wishmap.WishMapId;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ActivityTest {
  static final NeighbourhoodId BEETS = new NeighbourhoodId("nij-beets");

  static Activity torch() {
    return Activity.planned(
        new ActivityId("torch"),
        BEETS,
        "24 hours of light",
        "Children and villagers pedal e-bikes to keep an electric torch burning.",
        List.of(new TargetValue("youth", 2), TargetValue.of("contact")));
  }

  @ParameterizedTest
  @ValueSource(doubles = {0, -1, Double.NaN, Double.POSITIVE_INFINITY})
  void aTargetWeightMustBeAFinitePositiveNumber(double weight) {
    assertThatThrownBy(() -> new TargetValue("youth", weight))
        .isInstanceOfSatisfying(
            ValidationException.class,
            e -> assertThat(e.errors()).extracting(FieldError::field).containsExactly("weight"))
        .hasMessageContaining(Double.toString(weight));
  }

  @Test
  void needsATargetValue() {
    assertThatThrownBy(
            () -> Activity.planned(new ActivityId("a"), BEETS, "A", "Something", List.of()))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("targets");
  }

  @Test
  void rejectsTheSameTargetValueTwice() {
    assertThatThrownBy(
            () ->
                Activity.planned(
                    new ActivityId("a"),
                    BEETS,
                    "A",
                    "Something",
                    List.of(TargetValue.of("fun"), new TargetValue("fun", 3))))
        .hasMessageContaining("targets[1].code");
  }

  @Test
  void rejectsTheSameSegmentTwiceAndABlankPartner() {
    TargetSegment parents = new TargetSegment("household", "young_parents");
    assertThatThrownBy(() -> torch().forSegments(List.of(parents, parents)))
        .hasMessageContaining("segments");
    assertThatThrownBy(() -> torch().withPartners(Set.of(" "))).hasMessageContaining("partners");
  }

  @Test
  void flagsAMissingSustainabilityLinkAndBenefitWithoutHidingTheActivity() {
    assertThat(torch().flags())
        .containsExactly(ActivityFlag.NO_SUSTAINABILITY_LINK, ActivityFlag.NO_BENEFIT);
    assertThat(torch().withSustainabilityLink("Shows how much energy a torch needs").flags())
        .containsExactly(ActivityFlag.NO_BENEFIT);
    assertThat(
            torch()
                .withSustainabilityLink("Shows how much energy a torch needs")
                .withBenefit("A free lunch for every pedaller")
                .flags())
        .isEmpty();
  }

  @Test
  void aBlankBenefitIsNoBenefit() {
    assertThatThrownBy(() -> torch().withBenefit("  ")).hasMessageContaining("benefit");
  }

  @ParameterizedTest
  @CsvSource({
    "PLANNED, RUNNING, true",
    "RUNNING, DONE, true",
    "PLANNED, DONE, false",
    "PLANNED, PLANNED, false",
    "RUNNING, PLANNED, false",
    "RUNNING, RUNNING, false",
    "DONE, RUNNING, false",
    "DONE, PLANNED, false",
    "DONE, DONE, false"
  })
  void onlyOneStepForwardIsLegal(ActivityStatus from, ActivityStatus to, boolean legal) {
    assertThat(from.canMoveTo(to)).isEqualTo(legal);
  }

  @Test
  void movesThroughItsStatusesAndNamesAnIllegalMove() {
    Activity done = torch().moveTo(ActivityStatus.RUNNING).moveTo(ActivityStatus.DONE);

    assertThat(done.status()).isEqualTo(ActivityStatus.DONE);
    assertThatThrownBy(() -> done.moveTo(ActivityStatus.RUNNING))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("from DONE to RUNNING");
  }

  @Test
  void givesFitScoringItsProfile() {
    Activity activity =
        torch()
            .forSegments(List.of(new TargetSegment("household", "young_parents")))
            .withPartners(Set.of("play week"))
            .withBenefit("A free lunch");

    io.cohesion.core.scoring.spi.ActivityProfile profile = activity.profile();

    assertThat(profile.name()).isEqualTo("24 hours of light");
    assertThat(profile.targetValues())
        .extracting(t -> t.code() + "=" + t.weight())
        .containsExactly("youth=2.0", "contact=1.0");
    assertThat(profile.targetSegments())
        .containsExactly(new io.cohesion.core.scoring.spi.SegmentKey("household", "young_parents"));
    assertThat(profile.partnerNetworks()).containsExactly("play week");
    assertThat(profile.hasBenefit()).isTrue();
    assertThat(profile.hasSustainabilityLink()).isFalse();
  }

  @Test
  void checksItsTargetsAndSegmentsAgainstAWishMap() {
    WishMap map =
        new WishMap(
            new WishMapId("nij-beets"),
            List.of(Value.of("youth"), Value.of("fun")),
            new ResponseRange(1, 5),
            Optional.empty(),
            2,
            List.of("household"),
            io.cohesion.core.wishmap.Mobilisation.none());
    Activity activity =
        torch()
            .forSegments(
                List.of(
                    new TargetSegment("household", "young_parents"),
                    new TargetSegment("street", "Dorpsstraat")));

    assertThat(activity.check(map))
        .extracting(FieldError::field)
        .containsExactly("targets[1].code", "segments[1].column");
  }
}
