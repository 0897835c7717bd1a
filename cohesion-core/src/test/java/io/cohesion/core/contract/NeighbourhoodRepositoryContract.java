package io.cohesion.core.contract;

import static io.cohesion.core.contract.DomainFixtures.neighbourhood;
import static org.assertj.core.api.Assertions.assertThat;

import io.cohesion.core.Page;
import io.cohesion.core.PageRequest;
import io.cohesion.core.Versioned;
import io.cohesion.core.initiative.Initiative;
import io.cohesion.core.neighbourhood.CbsCode;
import io.cohesion.core.neighbourhood.Neighbourhood;
import io.cohesion.core.neighbourhood.NeighbourhoodId;
import io.cohesion.core.neighbourhood.NeighbourhoodRepository;
import io.cohesion.core.trust.Measurement;
import io.cohesion.core.trust.MeasurementId;
import io.cohesion.core.trust.ScaleId;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** What every {@link NeighbourhoodRepository} does. */
public abstract class NeighbourhoodRepositoryContract
    extends AggregateRepositoryContract<NeighbourhoodId, Neighbourhood> {

  @Override
  protected List<Referrer<Neighbourhood>> referrers() {
    return List.of(
        new Referrer<>(
            "building",
            n -> stores.buildings().create(DomainFixtures.building("b-" + n.id().value(), n.id()))),
        new Referrer<>(
            "initiative",
            n -> {
              Initiative template = DomainFixtures.initiative("i-" + n.id().value());
              stores
                  .initiatives()
                  .create(
                      new Initiative(
                          template.id(),
                          template.name(),
                          List.of(n.id()),
                          template.principles(),
                          template.team()));
            }),
        new Referrer<>(
            "activity",
            n ->
                stores.activities().create(DomainFixtures.activity("a-" + n.id().value(), n.id()))),
        new Referrer<>(
            "meeting",
            n -> stores.meetings().create(DomainFixtures.meeting("m-" + n.id().value(), n.id()))),
        new Referrer<>(
            "parked topic",
            n ->
                stores
                    .parkedTopics()
                    .create(DomainFixtures.parkedTopic("t-" + n.id().value(), n.id()))),
        new Referrer<>(
            "result",
            n -> stores.results().create(DomainFixtures.result("r-" + n.id().value(), n.id()))),
        new Referrer<>(
            "measurement",
            n -> {
              ScaleId scale = new ScaleId("s-" + n.id().value());
              stores.scales().create(Fixtures.scale(scale.value()));
              stores
                  .measurements()
                  .create(
                      new Measurement(
                          new MeasurementId("w-" + n.id().value()),
                          scale,
                          n.id(),
                          "2026",
                          LocalDate.of(2026, 3, 1)));
            }));
  }

  @Override
  protected NeighbourhoodRepository repository() {
    return stores.neighbourhoods();
  }

  @Override
  protected Page<Versioned<Neighbourhood>> list(PageRequest request) {
    return repository().list(request);
  }

  @Override
  protected NeighbourhoodId id(String value) {
    return new NeighbourhoodId(value);
  }

  @Override
  protected Neighbourhood aggregate(String id) {
    return neighbourhood(id);
  }

  @Override
  protected Neighbourhood changed(Neighbourhood value, int variant) {
    return new Neighbourhood(
        value.id(),
        value.name() + " " + variant,
        "Gemeente " + variant,
        variant % 2 == 0 ? Optional.empty() : Optional.of(new CbsCode("WK00860" + variant)));
  }

  @Override
  protected Optional<Neighbourhood> outsideTheListing(String id) {
    return Optional.empty();
  }

  @Test
  void keepsANeighbourhoodWithoutCbsCode() {
    Neighbourhood plain = Neighbourhood.of(new NeighbourhoodId("plain"), "Plain", "Somewhere");

    repository().create(plain);

    assertThat(repository().find(plain.id())).contains(new Versioned<>(plain, 1));
  }

  @Test
  void anUpdateCanRemoveTheCbsCode() {
    Neighbourhood coded = repository().create(neighbourhood("coded")).value();
    Neighbourhood uncoded = Neighbourhood.of(coded.id(), coded.name(), coded.municipality());

    repository().update(uncoded, 1);

    assertThat(repository().find(coded.id())).contains(new Versioned<>(uncoded, 2));
  }
}
