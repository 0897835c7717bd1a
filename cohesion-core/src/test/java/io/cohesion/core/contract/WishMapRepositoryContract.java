package io.cohesion.core.contract;

import static io.cohesion.core.contract.Fixtures.wishMap;
import static io.cohesion.core.contract.Fixtures.wishMapResponse;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cohesion.core.ConflictException;
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
import org.junit.jupiter.api.Test;

/** What every {@link WishMapRepository} does. */
public abstract class WishMapRepositoryContract
    extends AggregateRepositoryContract<WishMapId, WishMap> {

  @Override
  protected WishMapRepository repository() {
    return stores.wishMaps();
  }

  @Override
  protected Page<Versioned<WishMap>> list(PageRequest request) {
    return repository().list(request);
  }

  @Override
  protected WishMapId id(String value) {
    return new WishMapId(value);
  }

  @Override
  protected WishMap aggregate(String id) {
    return wishMap(id);
  }

  @Override
  protected WishMap changed(WishMap value, int variant) {
    // The fixture asks for two top choices.
    return renamed(value, variant == 2 ? 3 : 1);
  }

  @Override
  protected Optional<WishMap> outsideTheListing(String id) {
    return Optional.empty();
  }

  @Override
  protected List<Referrer<WishMap>> referrers() {
    return List.of(
        new Referrer<>(
            "response",
            m ->
                stores
                    .wishMapResponses()
                    .submit(m.id(), wishMapResponse("r1", 1, "single"), Optional.empty())));
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
  void keepsAMapWithoutImportanceAndItsSatisfactionOnlyResponses() {
    WishMap grades =
        new WishMap(
            new WishMapId("grades"),
            List.of(Value.of("shop"), Value.of("green")),
            Optional.empty(),
            Optional.of(new ResponseRange(1, 5)),
            1,
            List.of(),
            Mobilisation.none());

    repository().create(grades);
    io.cohesion.core.wishmap.WishMapResponse answer =
        new io.cohesion.core.wishmap.WishMapResponse(
            new io.cohesion.core.privacy.Pseudonym("d1"),
            java.util.Map.of(),
            java.util.Map.of("shop", 2.3333333333333335, "green", 4.0),
            List.of("shop"),
            java.util.Map.of(),
            java.util.Set.of(),
            java.util.OptionalInt.empty(),
            List.of());
    stores.wishMapResponses().submit(grades.id(), answer, Optional.empty());

    WishMap read = repository().find(grades.id()).orElseThrow().value();
    assertThat(read).isEqualTo(grades);
    assertThat(read.asksImportance()).isFalse();
    List<io.cohesion.core.wishmap.WishMapResponse> stored = new java.util.ArrayList<>();
    stores.wishMapResponses().forEach(grades.id(), stored::add);
    assertThat(stored).containsExactly(answer);
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
}
