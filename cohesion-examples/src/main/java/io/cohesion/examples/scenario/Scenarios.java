package io.cohesion.examples.scenario;

import java.util.List;
import java.util.Optional;

/** The pilot scenarios by name. */
public final class Scenarios {
  private static final List<Scenario> ALL =
      List.of(
          new PilotScenario(
              NijBeets.NAME,
              "Nij Beets",
              NijBeets.DEFAULT_SEED,
              NijBeets::generate,
              "a Frisian village involves young parents through the yearly children's play week"),
          new PilotScenario(
              Zuiderburen.NAME,
              "Zuiderburen (Hempens, Leeuwarden)",
              Zuiderburen.DEFAULT_SEED,
              Zuiderburen::generate,
              "contact, health and fun through biodiversity with the school and local"
                  + " entrepreneurs"),
          new KetelhuisScenario());

  private Scenarios() {}

  /** Every scenario, the default first. */
  public static List<Scenario> all() {
    return ALL;
  }

  /** The names, the default first. */
  public static List<String> names() {
    return ALL.stream().map(Scenario::name).toList();
  }

  /** The scenario with this name. */
  public static Optional<Scenario> byName(String name) {
    return ALL.stream().filter(s -> s.name().equals(name)).findFirst();
  }
}
