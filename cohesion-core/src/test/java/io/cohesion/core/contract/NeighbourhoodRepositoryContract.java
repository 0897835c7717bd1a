package io.cohesion.core.contract;

import static io.cohesion.core.contract.DomainFixtures.neighbourhood;
import static org.assertj.core.api.Assertions.assertThat;

import io.cohesion.core.Page;
import io.cohesion.core.PageRequest;
import io.cohesion.core.Versioned;
import io.cohesion.core.neighbourhood.CbsCode;
import io.cohesion.core.neighbourhood.Neighbourhood;
import io.cohesion.core.neighbourhood.NeighbourhoodId;
import io.cohesion.core.neighbourhood.NeighbourhoodRepository;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** What every {@link NeighbourhoodRepository} does. */
public abstract class NeighbourhoodRepositoryContract
    extends AggregateRepositoryContract<NeighbourhoodId, Neighbourhood> {

  private NeighbourhoodRepository repository() {
    return stores.neighbourhoods();
  }

  @Override
  protected Versioned<Neighbourhood> create(Neighbourhood value) {
    return repository().create(value);
  }

  @Override
  protected Optional<Versioned<Neighbourhood>> find(NeighbourhoodId id) {
    return repository().find(id);
  }

  @Override
  protected Versioned<Neighbourhood> update(Neighbourhood value, long expectedVersion) {
    return repository().update(value, expectedVersion);
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
