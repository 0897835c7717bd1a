package io.cohesion.core.contract;

import static io.cohesion.core.contract.Fixtures.measurement;
import static io.cohesion.core.contract.Fixtures.scale;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cohesion.core.ConflictException;
import io.cohesion.core.Page;
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
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** What every {@link ScaleRepository} does. */
public abstract class ScaleRepositoryContract extends AggregateRepositoryContract<ScaleId, Scale> {

  @Override
  protected ScaleRepository repository() {
    return stores.scales();
  }

  @Override
  protected Page<Versioned<Scale>> list(PageRequest request) {
    return repository().list(request);
  }

  @Override
  protected ScaleId id(String value) {
    return new ScaleId(value);
  }

  @Override
  protected Scale aggregate(String id) {
    return scale(id);
  }

  @Override
  protected Scale changed(Scale value, int variant) {
    // The fixture asks for three answered items.
    return withMinAnswered(value, variant == 2 ? 5 : 1);
  }

  @Override
  protected Optional<Scale> outsideTheListing(String id) {
    return Optional.empty();
  }

  @Override
  protected List<Referrer<Scale>> referrers() {
    return List.of(
        new Referrer<>(
            "measurement",
            s ->
                stores
                    .measurements()
                    .create(
                        measurement(
                            "m-" + s.id().value(), s.id(), "before", LocalDate.of(2024, 5, 1)))));
  }

  private static Scale withMinAnswered(Scale scale, int minAnswered) {
    return new Scale(scale.id(), scale.name(), scale.response(), minAnswered, scale.items());
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
}
