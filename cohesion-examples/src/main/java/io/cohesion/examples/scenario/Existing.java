package io.cohesion.examples.scenario;

import io.cohesion.core.NotFoundException;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * "Is it there yet?" through a use case: the use cases' reads by id throw {@link NotFoundException}
 * for an id they do not know, which a loader that adds only what is missing reads as absent.
 */
public final class Existing {
  private Existing() {}

  /**
   * What {@code read} returns, or empty when it throws {@link NotFoundException}; any other failure
   * passes through.
   *
   * @param read a use case's read by id, for example {@code () ->
   *     cohesion.neighbourhoods().get(id)}
   */
  public static <T> Optional<T> find(Supplier<? extends T> read) {
    try {
      return Optional.of(read.get());
    } catch (NotFoundException e) {
      return Optional.empty();
    }
  }
}
