package io.cohesion.core.trust;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cohesion.core.ConflictException;
import io.cohesion.core.NotFoundException;
import io.cohesion.core.PageRequest;
import io.cohesion.core.ResponseRange;
import io.cohesion.core.Text;
import io.cohesion.core.Versioned;
import io.cohesion.core.neighbourhood.NeighbourhoodId;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ManageScalesTest {
  private static final ScaleId TRUST = new ScaleId("trust");

  private final TrustFakes fakes = new TrustFakes();
  private final ManageScales scales = ManageScales.using(fakes.scales);

  private static Scale scale(ScaleId id, String name) {
    return new Scale(
        id, Text.of(name), new ResponseRange(1, 5), 1, List.of(Item.of("A"), Item.of("B")));
  }

  @Test
  void definesListsAndFindsAScale() {
    scales.define(scale(new ScaleId("zz-last"), "Last"));
    Versioned<Scale> trust = scales.define(scale(TRUST, "Trust"));

    assertThat(trust.version()).isEqualTo(1);
    assertThat(scales.find(TRUST).value().name()).isEqualTo(Text.of("Trust"));
    assertThat(scales.list(PageRequest.first()).items())
        .extracting(v -> v.value().id())
        .containsExactly(TRUST, new ScaleId("zz-last"));
  }

  @Test
  void aTakenIdIsAConflict() {
    scales.define(scale(TRUST, "Trust"));

    assertThatThrownBy(() -> scales.define(scale(TRUST, "Other")))
        .isInstanceOf(ConflictException.class);
    assertThat(scales.find(TRUST).value().name()).isEqualTo(Text.of("Trust"));
  }

  @Test
  void anUnknownScaleIsNotFoundNamingIt() {
    assertThatThrownBy(() -> scales.find(new ScaleId("nope")))
        .isInstanceOf(NotFoundException.class)
        .hasMessageContaining("scale")
        .hasMessageContaining("nope");
  }

  @Test
  void anUpdateNeedsTheCurrentVersion() {
    scales.define(scale(TRUST, "Trust"));
    Versioned<Scale> renamed = scales.update(scale(TRUST, "Trust, renamed"), 1);

    assertThat(renamed.version()).isEqualTo(2);
    assertThatThrownBy(() -> scales.update(scale(TRUST, "Stale"), 1))
        .isInstanceOf(ConflictException.class);
    assertThat(scales.find(TRUST).value().name()).isEqualTo(Text.of("Trust, renamed"));
  }

  @Test
  void updatingOrDeletingAnUnknownScaleIsNotFound() {
    assertThatThrownBy(() -> scales.update(scale(TRUST, "Trust"), 1))
        .isInstanceOf(NotFoundException.class);
    assertThatThrownBy(() -> scales.delete(TRUST, 1)).isInstanceOf(NotFoundException.class);
  }

  @Test
  void deletesAScaleNoMeasurementUsesAtItsVersion() {
    scales.define(scale(TRUST, "Trust"));

    assertThatThrownBy(() -> scales.delete(TRUST, 2)).isInstanceOf(ConflictException.class);
    scales.delete(TRUST, 1);

    assertThatThrownBy(() -> scales.find(TRUST)).isInstanceOf(NotFoundException.class);
  }

  @Test
  void aScaleAMeasurementUsesIsKept() {
    scales.define(scale(TRUST, "Trust"));
    fakes.measurements.create(
        new Measurement(
            new MeasurementId("before"),
            TRUST,
            new NeighbourhoodId("nij-beets"),
            "before",
            LocalDate.of(2026, 3, 1)));

    assertThatThrownBy(() -> scales.delete(TRUST, 1)).isInstanceOf(ConflictException.class);
    assertThat(scales.find(TRUST).version()).isEqualTo(1);
  }
}
