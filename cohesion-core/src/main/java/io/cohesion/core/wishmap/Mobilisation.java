package io.cohesion.core.wishmap;

import static org.apiguardian.api.API.Status.STABLE;

import java.util.List;
import org.apiguardian.api.API;

/**
 * The mobilisation block of a wish map: what residents could be moved by and through.
 *
 * @param interests activity types residents can say they like (for example {@code sports})
 * @param networks networks residents can say they take part in (clubs, yearly events)
 * @param channels how residents want to be reached (door to door, flyer, app, …)
 * @param skills skills residents can offer
 */
@API(status = STABLE, since = "0.1.0")
public record Mobilisation(
    List<String> interests, List<String> networks, List<String> channels, List<String> skills) {
  public Mobilisation {
    interests = List.copyOf(interests);
    networks = List.copyOf(networks);
    channels = List.copyOf(channels);
    skills = List.copyOf(skills);
  }

  /** A block with nothing predefined: answers are taken as given. */
  public static Mobilisation none() {
    return new Mobilisation(List.of(), List.of(), List.of(), List.of());
  }
}
