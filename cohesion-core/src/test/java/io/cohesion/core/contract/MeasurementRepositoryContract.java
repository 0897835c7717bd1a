package io.cohesion.core.contract;

import static io.cohesion.core.contract.Fixtures.measurement;
import static io.cohesion.core.contract.Fixtures.measurementResponse;
import static io.cohesion.core.contract.Fixtures.scale;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cohesion.core.ConflictException;
import io.cohesion.core.NotFoundException;
import io.cohesion.core.Page;
import io.cohesion.core.PageRequest;
import io.cohesion.core.Text;
import io.cohesion.core.Versioned;
import io.cohesion.core.neighbourhood.NeighbourhoodId;
import io.cohesion.core.trust.Measurement;
import io.cohesion.core.trust.MeasurementId;
import io.cohesion.core.trust.MeasurementRepository;
import io.cohesion.core.trust.ScaleId;
import io.cohesion.core.wishmap.SegmentColumn;
import io.cohesion.core.wishmap.Value;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** What every {@link MeasurementRepository} does. */
public abstract class MeasurementRepositoryContract
    extends AggregateRepositoryContract<MeasurementId, Measurement> {
  private static final ScaleId COHESION = new ScaleId("cohesion");
  private static final ScaleId TRUST = new ScaleId("trust");

  @Override
  protected MeasurementRepository repository() {
    return stores.measurements();
  }

  @Override
  protected void storeReferences() {
    stores.scales().create(scale(COHESION.value()));
    stores.scales().create(scale(TRUST.value()));
  }

  @Override
  protected Page<Versioned<Measurement>> list(PageRequest request) {
    return repository().list(request);
  }

  @Override
  protected MeasurementId id(String value) {
    return new MeasurementId(value);
  }

  @Override
  protected Measurement aggregate(String id) {
    return measurement(id, COHESION, "before", LocalDate.of(2024, 5, 1));
  }

  @Override
  protected Measurement changed(Measurement value, int variant) {
    return relabelled(value, "wave " + variant);
  }

  @Override
  protected Optional<Measurement> outsideTheListing(String id) {
    return Optional.empty();
  }

  @Override
  protected List<Referrer<Measurement>> referrers() {
    return List.of(
        new Referrer<>(
            "response",
            m ->
                stores
                    .measurementResponses()
                    .submit(m.id(), measurementResponse("r", 1, "Dorpsstraat"), Optional.empty())));
  }

  private static Measurement relabelled(Measurement m, String wave) {
    return new Measurement(m.id(), m.scale(), m.neighbourhood(), wave, m.opened());
  }

  @Test
  void keepsTheDeclaredValuesOfItsAttributesInOrder() {
    Measurement plain = measurement("m", COHESION, "before", LocalDate.of(2024, 5, 1));
    List<SegmentColumn> attributes =
        List.of(
            new SegmentColumn(
                "street",
                new Text("straat", "street"),
                List.of(
                    new Value("zuid", new Text("Zuiderstraat", "South Street")),
                    new Value("noord", new Text("Noorderstraat", "North Street")),
                    Value.of("midden"))),
            new SegmentColumn(
                "age", Text.of("age"), List.of(Value.of("65plus"), Value.of("18-64"))));
    Measurement declared =
        new Measurement(
            plain.id(), plain.scale(), plain.neighbourhood(), "before", plain.opened(), attributes);

    repository().create(declared);

    Measurement found = repository().find(declared.id()).orElseThrow().value();
    assertThat(found).isEqualTo(declared);
    assertThat(found.attributes()).isEqualTo(attributes);
    assertThat(found.attribute("street").orElseThrow().codes())
        .containsExactly("zuid", "noord", "midden");
    assertThat(found.attribute("street").orElseThrow().values().get(0).label())
        .isEqualTo(new Text("Zuiderstraat", "South Street"));
    assertThat(repository().list(new PageRequest(1, 10)).items())
        .extracting(Versioned::value)
        .containsExactly(declared);
    assertThat(repository().byScale(COHESION))
        .extracting(Versioned::value)
        .containsExactly(declared);

    Versioned<Measurement> undeclared = repository().update(plain, 1);

    assertThat(repository().find(declared.id())).contains(undeclared);
    assertThat(repository().find(declared.id()).orElseThrow().value().attributes()).isEmpty();
    repository().update(declared, 2);
    assertThat(repository().find(declared.id()).orElseThrow().value()).isEqualTo(declared);
  }

  @Test
  void aMeasurementWithoutDeclarationsKeepsAnEmptyList() {
    Measurement plain = measurement("plain", COHESION, "before", LocalDate.of(2024, 5, 1));

    repository().create(plain);

    assertThat(repository().find(plain.id()).orElseThrow().value().attributes()).isEmpty();
    assertThat(repository().byNeighbourhood(plain.neighbourhood()))
        .extracting(v -> v.value().attributes())
        .containsExactly(List.of());
  }

  @Test
  void refusesAnUnknownScaleAndADuplicateId() {
    assertThatThrownBy(
            () ->
                repository()
                    .create(
                        measurement("m", new ScaleId("ghost"), "before", LocalDate.of(2024, 1, 1))))
        .isInstanceOf(NotFoundException.class)
        .hasMessageContaining("ghost");
    assertThat(repository().find(new MeasurementId("m"))).isEmpty();

    repository().create(measurement("m", COHESION, "before", LocalDate.of(2024, 1, 1)));
    assertThatThrownBy(
            () -> repository().create(measurement("m", TRUST, "after", LocalDate.of(2024, 2, 1))))
        .isInstanceOf(ConflictException.class);
    assertThat(repository().find(new MeasurementId("m")).orElseThrow().value().scale())
        .isEqualTo(COHESION);
  }

  @Test
  void findsTheWavesOfAScaleAndOfANeighbourhoodInDateOrder() {
    repository().create(measurement("c-after", COHESION, "after", LocalDate.of(2024, 9, 1)));
    repository().create(measurement("c-before", COHESION, "before", LocalDate.of(2024, 5, 1)));
    repository().create(measurement("t-before", TRUST, "before", LocalDate.of(2024, 5, 1)));
    repository()
        .create(
            new Measurement(
                new MeasurementId("elsewhere"),
                COHESION,
                new NeighbourhoodId("zuiderburen"),
                "before",
                LocalDate.of(2024, 4, 1)));

    assertThat(repository().byScale(COHESION))
        .extracting(v -> v.value().id().value())
        .containsExactly("elsewhere", "c-before", "c-after");
    assertThat(repository().byNeighbourhood(new NeighbourhoodId("nij-beets")))
        .extracting(v -> v.value().id().value())
        .containsExactly("c-before", "t-before", "c-after");
    assertThat(repository().byScale(new ScaleId("none"))).isEmpty();
  }

  @Test
  void updatesAtTheExpectedVersionAndRejectsAStaleOne() {
    Measurement m =
        repository().create(measurement("m", COHESION, "before", LocalDate.of(2024, 1, 1))).value();

    Versioned<Measurement> updated = repository().update(relabelled(m, "baseline"), 1);

    assertThat(updated).isEqualTo(new Versioned<>(relabelled(m, "baseline"), 2));
    assertThatThrownBy(() -> repository().update(relabelled(m, "stale"), 1))
        .isInstanceOf(ConflictException.class);
    assertThat(repository().find(m.id())).contains(updated);
    assertThatThrownBy(
            () ->
                repository()
                    .update(
                        new Measurement(
                            m.id(), new ScaleId("ghost"), m.neighbourhood(), "x", m.opened()),
                        2))
        .isInstanceOf(NotFoundException.class);
    assertThat(repository().find(m.id())).contains(updated);
  }

  @Test
  void deletesOnlyAMeasurementWithoutResponses() {
    repository().create(measurement("empty", COHESION, "w", LocalDate.of(2024, 1, 1)));
    repository().create(measurement("answered", COHESION, "w", LocalDate.of(2024, 1, 1)));
    stores
        .measurementResponses()
        .submit(
            new MeasurementId("answered"),
            measurementResponse("r", 1, "Dorpsstraat"),
            Optional.empty());

    repository().delete(new MeasurementId("empty"), 1);

    assertThat(repository().find(new MeasurementId("empty"))).isEmpty();
    assertThatThrownBy(() -> repository().delete(new MeasurementId("answered"), 1))
        .isInstanceOf(ConflictException.class)
        .hasMessageContaining("responses");
  }
}
