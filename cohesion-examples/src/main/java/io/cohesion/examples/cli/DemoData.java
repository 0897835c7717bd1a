package io.cohesion.examples.cli;

import io.cohesion.core.activity.Activity;
import io.cohesion.core.activity.ActivitySession;
import io.cohesion.core.engagement.Ambassador;
import io.cohesion.core.engagement.Meeting;
import io.cohesion.core.engagement.ParkedTopic;
import io.cohesion.core.engagement.Result;
import io.cohesion.core.neighbourhood.Building;
import io.cohesion.core.neighbourhood.Neighbourhood;
import io.cohesion.core.privacy.ReleaseWaves;
import io.cohesion.core.privacy.WaveId;
import io.cohesion.core.wishmap.WishMapId;
import io.cohesion.examples.scenario.Ketelhuis;
import io.cohesion.examples.scenario.KetelhuisData;
import io.cohesion.examples.scenario.NijBeets;
import io.cohesion.examples.scenario.PilotData;
import io.cohesion.examples.scenario.RunSettings;
import io.cohesion.examples.scenario.Scenario;
import io.cohesion.examples.scenario.Scenarios;
import io.cohesion.examples.scenario.Zuiderburen;
import io.cohesion.persistence.Stores;
import java.io.PrintWriter;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.LongFunction;

/**
 * Fills a store with the pilot scenarios for {@code serve --demo}, each with its default seed, so
 * that the workshop page and the API have data to show: the wish maps and trust waves, and the
 * parts of the method the page's other panels read (neighbourhoods, activity ideas and their
 * sessions, buildings, contact persons, meetings). Running it again over the same store adds
 * nothing: what is already there, by id, is left as it is.
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
    if (scenario.name().equals(Ketelhuis.NAME)) {
      return loadKetelhuis(stores, scenario, out);
    }
    Optional<WishMapId> wishMap = wishMapOf(scenario);
    if (wishMap.isEmpty()) {
      out.printf(
          "  %-12s nothing to store: see `cohesion demo %s`%n", scenario.name(), scenario.name());
      return Outcome.NOTHING_TO_STORE;
    }
    PilotData data = PILOTS.get(scenario.name()).apply(scenario.defaultSeed());
    // Checked before the wish map is stored: a store from before the activity panels gets them
    // added without its wish map being imported twice.
    boolean added = storePilotParts(stores, data);
    if (stores.wishMaps().find(wishMap.get()).isPresent()) {
      boolean closed = closeNeverClosed(stores, data);
      out.printf(
          "  %-12s %s (wish map %s)%n",
          scenario.name(),
          added
              ? "activity ideas added"
              : closed ? "already in the store; its waves closed" : "already in the store",
          wishMap.get());
      return added || closed ? Outcome.LOADED : Outcome.ALREADY_THERE;
    }
    // The store keeps responses, not results: the page asks the API for the figures, so the
    // scenario's own bootstrap would only cost time here.
    scenario.run(stores, new RunSettings(scenario.defaultSeed(), 0, RunSettings.DEFAULT_K_MIN));
    out.printf("  %-12s loaded (wish map %s)%n", scenario.name(), wishMap.get());
    return Outcome.LOADED;
  }

  /**
   * Closes the pilot's waves that were loaded before waves could be closed (they are still open
   * without a state), so that the workshop page shows their figures; true when any was. A wave a
   * coordinator reopened keeps its states and stays open.
   */
  private static boolean closeNeverClosed(Stores stores, PilotData data) {
    ReleaseWaves releases =
        ReleaseWaves.using(stores.waveStatuses(), Clock.systemUTC(), RunSettings.DEFAULT_K_MIN);
    List<WaveId> waves = new java.util.ArrayList<>();
    waves.add(WaveId.wishMap(data.wishMap().id().value()));
    stores
        .measurements()
        .byNeighbourhood(data.neighbourhood())
        .forEach(m -> waves.add(WaveId.measurement(m.value().id().value())));
    boolean closed = false;
    for (WaveId wave : waves) {
      var status = releases.status(wave);
      if (!status.value().closed() && releases.states(wave).isEmpty()) {
        releases.close(wave, status.version());
        closed = true;
      }
    }
    return closed;
  }

  /** The neighbourhood, the activity ideas and their sessions; true when anything was added. */
  private static boolean storePilotParts(Stores stores, PilotData data) {
    boolean added =
        storeNeighbourhood(
            stores,
            Neighbourhood.of(data.neighbourhood(), data.neighbourhoodName(), data.municipality()));
    for (Activity activity : data.activities()) {
      if (stores.activities().find(activity.id()).isPresent()) {
        continue;
      }
      stores.activities().create(activity);
      // Sessions have no id of their own: they are added with their activity, never after it.
      for (ActivitySession session : data.sessions()) {
        if (session.activity().equals(activity.id())) {
          stores.activitySessions().add(session);
        }
      }
      added = true;
    }
    return added;
  }

  /**
   * KetelhuisWG has no wish map: what the page shows of it is the neighbourhood, its buildings and
   * their contact persons, and the meetings; the API also serves its initiative with the principles
   * and the team (and the team advice), the parked questions and the results shown. Its market
   * consultation is not stored: no port keeps one.
   */
  private static Outcome loadKetelhuis(Stores stores, Scenario scenario, PrintWriter out) {
    KetelhuisData data = Ketelhuis.generate(scenario.defaultSeed());
    boolean added = storeNeighbourhood(stores, data.neighbourhood());
    if (stores.initiatives().find(data.initiative().id()).isEmpty()) {
      Ketelhuis.storeInitiative(stores, data);
      added = true;
    }
    added |=
        storeMissing(
            data.buildings(), Building::id, stores.buildings()::find, stores.buildings()::create);
    added |=
        storeMissing(
            data.ambassadors(),
            Ambassador::id,
            stores.ambassadors()::find,
            stores.ambassadors()::create);
    added |=
        storeMissing(
            data.meetings(), Meeting::id, stores.meetings()::find, stores.meetings()::create);
    added |=
        storeMissing(
            data.parkedTopics(),
            ParkedTopic::id,
            stores.parkedTopics()::find,
            stores.parkedTopics()::create);
    added |=
        storeMissing(data.results(), Result::id, stores.results()::find, stores.results()::create);
    out.printf(
        "  %-12s %s (neighbourhood %s; the full report is `cohesion demo %s`)%n",
        scenario.name(),
        added ? "loaded" : "already in the store",
        data.neighbourhood().id(),
        scenario.name());
    return added ? Outcome.LOADED : Outcome.ALREADY_THERE;
  }

  /** Creates each of {@code items} whose id {@code find} does not know; true when any was. */
  private static <T, I> boolean storeMissing(
      List<T> items, Function<T, I> id, Function<I, Optional<?>> find, Consumer<T> create) {
    boolean added = false;
    for (T item : items) {
      if (find.apply(id.apply(item)).isEmpty()) {
        create.accept(item);
        added = true;
      }
    }
    return added;
  }

  private static boolean storeNeighbourhood(Stores stores, Neighbourhood neighbourhood) {
    if (stores.neighbourhoods().find(neighbourhood.id()).isPresent()) {
      return false;
    }
    stores.neighbourhoods().create(neighbourhood);
    return true;
  }

  private static Optional<WishMapId> wishMapOf(Scenario scenario) {
    return Optional.ofNullable(PILOTS.get(scenario.name()))
        .map(generate -> generate.apply(scenario.defaultSeed()).wishMap().id());
  }
}
