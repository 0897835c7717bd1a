package io.cohesion.examples.cli;

import io.cohesion.core.wishmap.WishMapId;
import io.cohesion.examples.scenario.NijBeets;
import io.cohesion.examples.scenario.PilotData;
import io.cohesion.examples.scenario.RunSettings;
import io.cohesion.examples.scenario.Scenario;
import io.cohesion.examples.scenario.Scenarios;
import io.cohesion.examples.scenario.Zuiderburen;
import io.cohesion.persistence.Stores;
import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.LongFunction;

/**
 * Fills a store with the pilot scenarios for {@code serve --demo}, each with its default seed, so
 * that the workshop page and the API have data to show. Running it again over the same store adds
 * nothing: a scenario whose wish map is already there is left as it is.
 */
final class DemoData {
  /** The wish-map pilots, by scenario name: their data say which wish map they store. */
  private static final Map<String, LongFunction<PilotData>> PILOTS =
      Map.of(NijBeets.NAME, NijBeets::generate, Zuiderburen.NAME, Zuiderburen::generate);

  private DemoData() {}

  /** What loading did to one scenario. */
  enum Outcome {
    LOADED,
    ALREADY_THERE,
    NOTHING_TO_STORE
  }

  /**
   * Loads every scenario that is not in {@code stores} yet and says on {@code out} what it did.
   *
   * @return the outcome per scenario, in the order of {@link Scenarios#all()}
   */
  static List<Outcome> load(Stores stores, PrintWriter out) {
    return Scenarios.all().stream().map(scenario -> load(stores, scenario, out)).toList();
  }

  private static Outcome load(Stores stores, Scenario scenario, PrintWriter out) {
    Optional<WishMapId> wishMap = wishMapOf(scenario);
    if (wishMap.isEmpty()) {
      // The wider approach (meetings, buildings, the consultation) has no store of its own here
      // yet; its report is `cohesion demo ketelhuis`.
      out.printf(
          "  %-12s nothing to store: see `cohesion demo %s`%n", scenario.name(), scenario.name());
      return Outcome.NOTHING_TO_STORE;
    }
    if (stores.wishMaps().find(wishMap.get()).isPresent()) {
      out.printf("  %-12s already in the store (wish map %s)%n", scenario.name(), wishMap.get());
      return Outcome.ALREADY_THERE;
    }
    // The store keeps responses, not results: the page asks the API for the figures, so the
    // scenario's own bootstrap would only cost time here.
    scenario.run(stores, new RunSettings(scenario.defaultSeed(), 0, RunSettings.DEFAULT_K_MIN));
    out.printf("  %-12s loaded (wish map %s)%n", scenario.name(), wishMap.get());
    return Outcome.LOADED;
  }

  private static Optional<WishMapId> wishMapOf(Scenario scenario) {
    return Optional.ofNullable(PILOTS.get(scenario.name()))
        .map(generate -> generate.apply(scenario.defaultSeed()).wishMap().id());
  }
}
