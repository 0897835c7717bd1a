package io.cohesion.core.contract;

import static io.cohesion.core.contract.Fixtures.wishMap;
import static io.cohesion.core.contract.Fixtures.wishMapResponse;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cohesion.core.ConflictException;
import io.cohesion.core.NotFoundException;
import io.cohesion.core.Page;
import io.cohesion.core.PageRequest;
import io.cohesion.core.ResponseRange;
import io.cohesion.core.Versioned;
import io.cohesion.core.wishmap.Mobilisation;
import io.cohesion.core.wishmap.Value;
import io.cohesion.core.wishmap.WishMap;
import io.cohesion.core.wishmap.WishMapId;
import io.cohesion.core.wishmap.WishMapRepository;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;

/** What every {@link WishMapRepository} does. */
public abstract class WishMapRepositoryContract extends StoreContract {

  private WishMapRepository repository() {
    return stores.wishMaps();
  }

  private static WishMap renamed(WishMap map, int topChoices) {
    return new WishMap(
        map.id(),
        map.values(),
        map.importanceScale(),
        map.satisfactionScale(),
        topChoices,
        map.segments(),
        map.mobilisation());
  }

  @Test
  void savesAtVersionOneAndFindsEveryField() {
    WishMap map = wishMap("nij-beets-2024");

    Versioned<WishMap> saved = repository().create(map);

    assertThat(saved).isEqualTo(new Versioned<>(map, 1));
    assertThat(repository().find(map.id())).contains(new Versioned<>(map, 1));
  }

  @Test
  void keepsTheDeclaredValuesOfItsSegmentColumns() {
    WishMap base = wishMap("declared");
    WishMap declared =
        new WishMap(
            base.id(),
            base.values(),
            base.importanceScale(),
            base.satisfactionScale(),
            base.topChoices(),
            base.segments(),
            base.mobilisation(),
            List.of(
                new io.cohesion.core.wishmap.SegmentColumn(
                    "household",
                    new io.cohesion.core.Text("huishouden", "household"),
                    List.of(
                        new Value(
                            "young_parents",
                            new io.cohesion.core.Text("jonge ouders", "young parents")),
                        Value.of("others")))));

    repository().create(declared);

    assertThat(repository().find(declared.id()).orElseThrow().value()).isEqualTo(declared);
  }

  @Test
  void keepsAMapWithoutSatisfactionOrSegments() {
    WishMap plain =
        WishMap.of(
            new WishMapId("plain"),
            List.of(Value.of("a"), Value.of("b"), Value.of("c")),
            new ResponseRange(0.5, 4.5));

    repository().create(plain);

    assertThat(repository().find(plain.id()).orElseThrow().value()).isEqualTo(plain);
    assertThat(plain.mobilisation()).isEqualTo(Mobilisation.none());
  }

  @Test
  void findsNothingForAnUnknownId() {
    assertThat(repository().find(new WishMapId("unknown"))).isEmpty();
  }

  @Test
  void refusesASecondMapWithTheSameId() {
    repository().create(wishMap("twice"));

    assertThatThrownBy(() -> repository().create(renamed(wishMap("twice"), 1)))
        .isInstanceOf(ConflictException.class)
        .hasMessageContaining("twice");
    assertThat(repository().find(new WishMapId("twice")).orElseThrow().value().topChoices())
        .isEqualTo(2);
  }

  @Test
  void listsPagesOrderedById() {
    for (String id : List.of("e", "b", "d", "a", "c")) {
      repository().create(wishMap(id));
    }

    Page<Versioned<WishMap>> first = repository().list(new PageRequest(1, 2));
    Page<Versioned<WishMap>> third = repository().list(new PageRequest(3, 2));
    Page<Versioned<WishMap>> beyond = repository().list(new PageRequest(4, 2));

    assertThat(first.items()).extracting(v -> v.value().id().value()).containsExactly("a", "b");
    assertThat(first.totalItems()).isEqualTo(5);
    assertThat(first.hasNext()).isTrue();
    assertThat(third.items()).extracting(v -> v.value().id().value()).containsExactly("e");
    assertThat(third.hasNext()).isFalse();
    assertThat(beyond.items()).isEmpty();
    assertThat(beyond.totalItems()).isEqualTo(5);
  }

  @Test
  void updatesAtTheExpectedVersionAndCountsUp() {
    WishMap map = repository().create(wishMap("m")).value();

    Versioned<WishMap> second = repository().update(renamed(map, 1), 1);
    Versioned<WishMap> third = repository().update(renamed(map, 3), 2);

    assertThat(second.version()).isEqualTo(2);
    assertThat(third).isEqualTo(new Versioned<>(renamed(map, 3), 3));
    assertThat(repository().find(map.id())).contains(third);
  }

  @Test
  void rejectsAStaleVersionAndOverwritesNothing() {
    WishMap map = repository().create(wishMap("m")).value();
    repository().update(renamed(map, 1), 1);

    assertThatThrownBy(() -> repository().update(renamed(map, 3), 1))
        .isInstanceOf(ConflictException.class)
        .hasMessageContaining("version");
    assertThat(repository().find(map.id())).contains(new Versioned<>(renamed(map, 1), 2));
  }

  @Test
  void updatingAnUnknownMapIsNotFound() {
    assertThatThrownBy(() -> repository().update(wishMap("ghost"), 1))
        .isInstanceOf(NotFoundException.class)
        .hasMessageContaining("ghost");
  }

  @Test
  void deletesAtTheExpectedVersionOnly() {
    repository().create(wishMap("gone"));

    assertThatThrownBy(() -> repository().delete(new WishMapId("gone"), 2))
        .isInstanceOf(ConflictException.class);
    assertThat(repository().find(new WishMapId("gone"))).isPresent();

    repository().delete(new WishMapId("gone"), 1);

    assertThat(repository().find(new WishMapId("gone"))).isEmpty();
    assertThatThrownBy(() -> repository().delete(new WishMapId("gone"), 1))
        .isInstanceOf(NotFoundException.class);
  }

  @Test
  void refusesToDeleteAMapWithResponses() {
    WishMap map = repository().create(wishMap("answered")).value();
    stores
        .wishMapResponses()
        .submit(map.id(), wishMapResponse("r1", 1, "single"), Optional.empty());

    assertThatThrownBy(() -> repository().delete(map.id(), 1))
        .isInstanceOf(ConflictException.class)
        .hasMessageContaining("responses");
    assertThat(stores.wishMapResponses().count(map.id())).isEqualTo(1);
  }

  @Test
  void ofTwoConcurrentWritersOneWinsAndTheOtherConflicts() throws Exception {
    WishMap map = repository().create(wishMap("contested")).value();
    List<Callable<?>> writers =
        List.of(
            () -> repository().update(renamed(map, 1), 1),
            () -> repository().update(renamed(map, 3), 1));

    List<Object> outcomes = race(writers);

    assertThat(outcomes).filteredOn(Versioned.class::isInstance).hasSize(1);
    assertThat(outcomes).filteredOn(ConflictException.class::isInstance).hasSize(1);
    Versioned<?> winner =
        (Versioned<?>) outcomes.stream().filter(Versioned.class::isInstance).findFirst().get();
    assertThat(repository().find(map.id())).contains(new Versioned<>((WishMap) winner.value(), 2));
  }
}
