package io.cohesion.core.contract;

import static io.cohesion.core.contract.DomainFixtures.NIJ_BEETS;
import static io.cohesion.core.contract.DomainFixtures.ZUIDERBUREN;
import static io.cohesion.core.contract.DomainFixtures.result;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cohesion.core.NotFoundException;
import io.cohesion.core.Page;
import io.cohesion.core.PageRequest;
import io.cohesion.core.Versioned;
import io.cohesion.core.engagement.Result;
import io.cohesion.core.engagement.ResultId;
import io.cohesion.core.engagement.ResultRepository;
import io.cohesion.core.neighbourhood.NeighbourhoodId;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** What every {@link ResultRepository} does. */
public abstract class ResultRepositoryContract
    extends AggregateRepositoryContract<ResultId, Result> {

  @Override
  protected ResultRepository repository() {
    return stores.results();
  }

  @Override
  protected void storeReferences() {
    storeNeighbourhoods();
  }

  @Override
  protected Page<Versioned<Result>> list(PageRequest request) {
    return repository().list(NIJ_BEETS, request);
  }

  @Override
  protected ResultId id(String value) {
    return new ResultId(value);
  }

  @Override
  protected Result aggregate(String id) {
    return result(id, NIJ_BEETS);
  }

  @Override
  protected Result changed(Result value, int variant) {
    return new Result(
        value.id(),
        value.neighbourhood(),
        value.shown().plusMonths(variant),
        "Mijlpaal " + variant);
  }

  @Override
  protected Optional<Result> outsideTheListing(String id) {
    return Optional.of(result(id, ZUIDERBUREN));
  }

  @Test
  void aResultInAnUnknownNeighbourhoodIsNotFoundAndNotStored() {
    Result lost = result("lost", new NeighbourhoodId("atlantis"));

    assertThatThrownBy(() -> repository().create(lost))
        .isInstanceOf(NotFoundException.class)
        .hasMessageContaining("atlantis");
    assertThat(repository().find(lost.id())).isEmpty();
  }

  @Test
  void keepsTheFirstAndTheLastDateAndTheLongestText() {
    Result first =
        new Result(
            new ResultId("first"), NIJ_BEETS, LocalDate.of(1900, 1, 1), Fixtures.longestText(2000));
    Result last = new Result(new ResultId("last"), NIJ_BEETS, LocalDate.of(2200, 12, 31), "x");

    repository().create(first);
    repository().create(last);

    assertThat(repository().find(first.id()).orElseThrow().value()).isEqualTo(first);
    assertThat(repository().find(last.id()).orElseThrow().value()).isEqualTo(last);
  }
}
