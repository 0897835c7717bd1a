package io.cohesion.core.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cohesion.core.ConflictException;
import io.cohesion.core.NotFoundException;
import io.cohesion.core.Page;
import io.cohesion.core.PageRequest;
import io.cohesion.core.Versioned;
import io.cohesion.core.VersionedRepository;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * What every {@link VersionedRepository} does, whatever the aggregate: create at version 1, find,
 * list in pages ordered by id, update and delete at the expected version only (a stale version is a
 * {@link ConflictException} and changes nothing), exactly one winner of two concurrent writers, and
 * no delete while another record refers to the aggregate. A suite per port extends this with the
 * port's own methods and what the aggregate refers to.
 *
 * @param <I> the aggregate's id
 * @param <T> the aggregate
 */
public abstract class AggregateRepositoryContract<I, T> extends StoreContract {

  /** Stores what the aggregates of the tests refer to (a neighbourhood, a building). */
  protected void storeReferences() {}

  /** The port under test. */
  protected abstract VersionedRepository<I, T> repository();

  /**
   * Records of other kinds that refer to an aggregate, so that it cannot be deleted while they are
   * stored; none by default.
   */
  protected List<Referrer<T>> referrers() {
    return List.of();
  }

  /**
   * A kind of record that refers to an aggregate.
   *
   * @param kind what it is, as the refused delete's message names it ({@code building})
   * @param store stores one such record referring to the given stored aggregate
   */
  protected record Referrer<T>(String kind, Consumer<T> store) {}

  private Versioned<T> create(T value) {
    return repository().create(value);
  }

  private Optional<Versioned<T>> find(I id) {
    return repository().find(id);
  }

  private Versioned<T> update(T value, long expectedVersion) {
    return repository().update(value, expectedVersion);
  }

  private void delete(I id, long expectedVersion) {
    repository().delete(id, expectedVersion);
  }

  /** One page of the port's listing that {@link #aggregate} belongs to. */
  protected abstract Page<Versioned<T>> list(PageRequest request);

  /** The id with this text. */
  protected abstract I id(String value);

  /** An aggregate with this id, every optional part set, in the listing {@link #list} reads. */
  protected abstract T aggregate(String id);

  /** The same aggregate with what can change changed; other variants give other values. */
  protected abstract T changed(T value, int variant);

  /** An aggregate that {@link #list} leaves out, when the listing is of a part only. */
  protected abstract Optional<T> outsideTheListing(String id);

  /** Stores the neighbourhoods {@code NIJ_BEETS} and {@code ZUIDERBUREN}. */
  protected void storeNeighbourhoods() {
    stores.neighbourhoods().create(DomainFixtures.neighbourhood(DomainFixtures.NIJ_BEETS.value()));
    stores
        .neighbourhoods()
        .create(DomainFixtures.neighbourhood(DomainFixtures.ZUIDERBUREN.value()));
  }

  /** Stores the neighbourhoods and the buildings {@code BLOCK_A} and {@code BLOCK_B}. */
  protected void storeBuildings() {
    storeNeighbourhoods();
    stores
        .buildings()
        .create(DomainFixtures.building(DomainFixtures.BLOCK_A.value(), DomainFixtures.NIJ_BEETS));
    stores
        .buildings()
        .create(DomainFixtures.building(DomainFixtures.BLOCK_B.value(), DomainFixtures.NIJ_BEETS));
  }

  /** Stores the buildings and their ambassadors {@code FENNA} and {@code SJOERD}. */
  protected void storeAmbassadors() {
    storeBuildings();
    stores
        .ambassadors()
        .create(DomainFixtures.ambassador(DomainFixtures.FENNA.value(), DomainFixtures.BLOCK_A));
    stores
        .ambassadors()
        .create(DomainFixtures.ambassador(DomainFixtures.SJOERD.value(), DomainFixtures.BLOCK_B));
  }

  @BeforeEach
  void references() {
    storeReferences();
  }

  @Test
  void createsAtVersionOneAndFindsEveryField() {
    T value = aggregate("first");

    Versioned<T> created = create(value);

    assertThat(created).isEqualTo(new Versioned<>(value, 1));
    assertThat(find(id("first"))).contains(new Versioned<>(value, 1));
  }

  @Test
  void findsNothingForAnUnknownId() {
    create(aggregate("known"));

    assertThat(find(id("unknown"))).isEmpty();
  }

  @Test
  void refusesASecondAggregateWithTheSameIdAndKeepsTheFirst() {
    T first = aggregate("twice");
    T second = changed(first, 1);
    assertThat(second).isNotEqualTo(first);
    create(first);

    assertThatThrownBy(() -> create(second))
        .isInstanceOf(ConflictException.class)
        .hasMessageContaining("twice");
    assertThat(find(id("twice"))).contains(new Versioned<>(first, 1));
  }

  @Test
  void listsPagesOrderedByIdAsJavaComparesThem() {
    // Upper case before lower case and '-' < '.' < '_': a collation that sorts for people would
    // not.
    List<String> ids = List.of("a_1", "B", "a.1", "a", "a-1");
    for (String id : ids) {
      create(aggregate(id));
    }
    outsideTheListing("0-elsewhere").ifPresent(this::create);
    outsideTheListing("z-elsewhere").ifPresent(this::create);
    List<String> expected = new ArrayList<>(ids);
    expected.sort(String::compareTo);

    Page<Versioned<T>> first = list(new PageRequest(1, 2));
    Page<Versioned<T>> second = list(new PageRequest(2, 2));
    Page<Versioned<T>> third = list(new PageRequest(3, 2));
    Page<Versioned<T>> beyond = list(new PageRequest(4, 2));

    assertThat(first.items())
        .containsExactly(versioned(expected.get(0)), versioned(expected.get(1)));
    assertThat(second.items())
        .containsExactly(versioned(expected.get(2)), versioned(expected.get(3)));
    assertThat(third.items()).containsExactly(versioned(expected.get(4)));
    assertThat(first.totalItems()).isEqualTo(5);
    assertThat(first.hasNext()).isTrue();
    assertThat(third.hasNext()).isFalse();
    assertThat(beyond.items()).isEmpty();
    assertThat(beyond.totalItems()).isEqualTo(5);
    assertThat(expected).containsExactly("B", "a", "a-1", "a.1", "a_1");
  }

  private Versioned<T> versioned(String id) {
    return new Versioned<>(aggregate(id), 1);
  }

  @Test
  void listsNothingWhenNothingIsStored() {
    Page<Versioned<T>> page = list(new PageRequest(1, 10));

    assertThat(page.items()).isEmpty();
    assertThat(page.totalItems()).isZero();
  }

  @Test
  void updatesAtTheExpectedVersionAndCountsUp() {
    T value = create(aggregate("u")).value();
    assertThat(changed(value, 2)).isNotEqualTo(changed(value, 1));

    Versioned<T> second = update(changed(value, 1), 1);
    Versioned<T> third = update(changed(value, 2), 2);

    assertThat(second).isEqualTo(new Versioned<>(changed(value, 1), 2));
    assertThat(third).isEqualTo(new Versioned<>(changed(value, 2), 3));
    assertThat(find(id("u"))).contains(third);
  }

  @Test
  void rejectsAStaleVersionAndOverwritesNothing() {
    T value = create(aggregate("stale")).value();
    update(changed(value, 1), 1);

    assertThatThrownBy(() -> update(changed(value, 2), 1))
        .isInstanceOf(ConflictException.class)
        .hasMessageContaining("version");
    assertThatThrownBy(() -> update(changed(value, 2), 3)).isInstanceOf(ConflictException.class);
    assertThat(find(id("stale"))).contains(new Versioned<>(changed(value, 1), 2));
  }

  @Test
  void updatingAnUnknownAggregateIsNotFound() {
    assertThatThrownBy(() -> update(aggregate("ghost"), 1))
        .isInstanceOf(NotFoundException.class)
        .hasMessageContaining("ghost");
    assertThat(find(id("ghost"))).isEmpty();
  }

  @Test
  void ofTwoConcurrentWritersOneWinsAndTheOtherConflicts() throws Exception {
    T value = create(aggregate("contested")).value();
    List<Callable<?>> writers =
        List.of(() -> update(changed(value, 1), 1), () -> update(changed(value, 2), 1));

    List<Object> outcomes = race(writers);

    assertThat(outcomes).filteredOn(Versioned.class::isInstance).hasSize(1);
    assertThat(outcomes).filteredOn(ConflictException.class::isInstance).hasSize(1);
    Object winner = outcomes.stream().filter(Versioned.class::isInstance).findFirst().orElseThrow();
    assertThat(find(id("contested")).orElseThrow()).isEqualTo(winner);
  }

  @Test
  void listsEveryAggregateInTheWholeListingWhateverItsPart() {
    List<T> expected = new ArrayList<>();
    expected.add(create(aggregate("in")).value());
    outsideTheListing("out").ifPresent(o -> expected.add(create(o).value()));

    Page<Versioned<T>> all = repository().list(PageRequest.first());

    assertThat(all.items()).extracting(Versioned::value).containsExactlyElementsOf(expected);
    assertThat(all.totalItems()).isEqualTo(expected.size());
  }

  @Test
  void deletesAtTheExpectedVersionOnly() {
    T value = create(aggregate("gone")).value();
    update(changed(value, 1), 1);

    assertThatThrownBy(() -> delete(id("gone"), 1))
        .isInstanceOf(ConflictException.class)
        .hasMessageContaining("version");
    assertThat(find(id("gone"))).contains(new Versioned<>(changed(value, 1), 2));

    delete(id("gone"), 2);

    assertThat(find(id("gone"))).isEmpty();
    assertThat(list(PageRequest.first()).totalItems()).isZero();
    assertThat(repository().list(PageRequest.first()).totalItems()).isZero();
  }

  @Test
  void deletingAnUnknownAggregateIsNotFound() {
    create(aggregate("known"));

    assertThatThrownBy(() -> delete(id("ghost"), 1))
        .isInstanceOf(NotFoundException.class)
        .hasMessageContaining("ghost");
    assertThat(find(id("known"))).isPresent();
  }

  @Test
  void aDeletedAggregateIsGoneForUpdatesAndCanBeCreatedAgain() {
    T value = create(aggregate("again")).value();
    delete(id("again"), 1);

    assertThatThrownBy(() -> update(changed(value, 1), 1)).isInstanceOf(NotFoundException.class);
    assertThatThrownBy(() -> delete(id("again"), 1)).isInstanceOf(NotFoundException.class);
    assertThat(create(changed(value, 2))).isEqualTo(new Versioned<>(changed(value, 2), 1));
  }

  @Test
  void ofADeleteAndAnUpdateAtTheSameVersionOneWins() throws Exception {
    T value = create(aggregate("raced")).value();
    List<Callable<?>> writers =
        List.of(
            () -> update(changed(value, 1), 1),
            () -> {
              delete(id("raced"), 1);
              return "deleted";
            });

    List<Object> outcomes = race(writers);

    List<Object> failures = outcomes.stream().filter(RuntimeException.class::isInstance).toList();
    assertThat(failures).hasSize(1);
    if (outcomes.get(0) instanceof Versioned<?> updated) {
      // The update won: the delete met version 2 and changed nothing.
      assertThat(failures.get(0)).isInstanceOf(ConflictException.class);
      assertThat(find(id("raced")).orElseThrow()).isEqualTo(updated);
    } else {
      // The delete won: the update found nothing, or a version no longer current.
      assertThat(failures.get(0)).isInstanceOfAny(NotFoundException.class, ConflictException.class);
      assertThat(find(id("raced"))).isEmpty();
    }
  }

  /** One test per kind of record that refers to the aggregate; none when nothing does. */
  @TestFactory
  Stream<DynamicTest> refusesToDeleteWhileAnotherRecordRefersToIt() {
    return referrers().stream()
        .map(
            referrer ->
                DynamicTest.dynamicTest(
                    "refused while a " + referrer.kind() + " refers to it",
                    () -> {
                      String key = "referred-" + referrer.kind().replace(' ', '-');
                      T value = create(aggregate(key)).value();
                      referrer.store().accept(value);

                      assertThatThrownBy(() -> delete(id(key), 1))
                          .isInstanceOf(ConflictException.class)
                          .hasMessageContaining(key)
                          .hasMessageContaining(referrer.kind());
                      assertThat(find(id(key))).contains(new Versioned<>(value, 1));
                    }));
  }
}
