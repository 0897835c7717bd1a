package io.cohesion.core.contract;

import static io.cohesion.core.contract.Fixtures.measurement;
import static io.cohesion.core.contract.Fixtures.scale;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cohesion.core.ConflictException;
import io.cohesion.core.NotFoundException;
import io.cohesion.core.PageRequest;
import io.cohesion.core.ResponseRange;
import io.cohesion.core.Text;
import io.cohesion.core.Versioned;
import io.cohesion.core.trust.Item;
import io.cohesion.core.trust.Scale;
import io.cohesion.core.trust.ScaleId;
import io.cohesion.core.trust.ScaleRepository;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;

/** What every {@link ScaleRepository} does. */
public abstract class ScaleRepositoryContract extends StoreContract {

  private ScaleRepository repository() {
    return stores.scales();
  }

  private static Scale withMinAnswered(Scale scale, int minAnswered) {
    return new Scale(scale.id(), scale.name(), scale.response(), minAnswered, scale.items());
  }

  @Test
  void savesAtVersionOneAndFindsEveryField() {
    Scale scale = scale("cohesion");

    assertThat(repository().create(scale)).isEqualTo(new Versioned<>(scale, 1));
    assertThat(repository().find(scale.id())).contains(new Versioned<>(scale, 1));
  }

  @Test
  void keepsFractionalRangesAndDefaults() {
    Scale trust =
        Scale.of(
            new ScaleId("ess-trust"),
            Text.of("ESS"),
            new ResponseRange(0, 10),
            List.of(Item.of("ppltrst"), Item.of("pplfair"), Item.of("pplhlp")));

    repository().create(trust);

    assertThat(repository().find(trust.id()).orElseThrow().value()).isEqualTo(trust);
  }

  @Test
  void findsNothingForAnUnknownId() {
    assertThat(repository().find(new ScaleId("unknown"))).isEmpty();
  }

  @Test
  void refusesASecondScaleWithTheSameId() {
    repository().create(scale("s"));

    assertThatThrownBy(() -> repository().create(withMinAnswered(scale("s"), 1)))
        .isInstanceOf(ConflictException.class);
    assertThat(repository().find(new ScaleId("s")).orElseThrow().value().minAnswered())
        .isEqualTo(3);
  }

  @Test
  void listsPagesOrderedById() {
    for (String id : List.of("c", "a", "b")) {
      repository().create(scale(id));
    }

    var page = repository().list(new PageRequest(2, 2));

    assertThat(page.items()).extracting(v -> v.value().id().value()).containsExactly("c");
    assertThat(page.totalItems()).isEqualTo(3);
  }

  @Test
  void updatesAtTheExpectedVersionAndRejectsAStaleOne() {
    Scale scale = repository().create(scale("s")).value();

    Versioned<Scale> updated = repository().update(withMinAnswered(scale, 5), 1);

    assertThat(updated.version()).isEqualTo(2);
    assertThatThrownBy(() -> repository().update(withMinAnswered(scale, 1), 1))
        .isInstanceOf(ConflictException.class);
    assertThat(repository().find(scale.id())).contains(updated);
    assertThatThrownBy(() -> repository().update(scale("ghost"), 1))
        .isInstanceOf(NotFoundException.class);
  }

  @Test
  void deletesAnUnusedScaleButNotOneAMeasurementUses() {
    repository().create(scale("unused"));
    repository().create(scale("used"));
    stores
        .measurements()
        .create(measurement("m", new ScaleId("used"), "before", LocalDate.of(2024, 5, 1)));

    repository().delete(new ScaleId("unused"), 1);

    assertThat(repository().find(new ScaleId("unused"))).isEmpty();
    assertThatThrownBy(() -> repository().delete(new ScaleId("used"), 1))
        .isInstanceOf(ConflictException.class)
        .hasMessageContaining("measurement");
    assertThat(repository().find(new ScaleId("used"))).isPresent();
  }

  @Test
  void ofTwoConcurrentWritersOneWins() throws Exception {
    Scale scale = repository().create(scale("contested")).value();
    List<Callable<?>> writers =
        List.of(
            () -> repository().update(withMinAnswered(scale, 1), 1),
            () -> repository().update(withMinAnswered(scale, 5), 1));

    List<Object> outcomes = race(writers);

    assertThat(outcomes).filteredOn(Versioned.class::isInstance).hasSize(1);
    assertThat(outcomes).filteredOn(ConflictException.class::isInstance).hasSize(1);
    assertThat(repository().find(scale.id()).orElseThrow().version()).isEqualTo(2);
  }
}
