package io.cohesion.examples.cli;

import io.cohesion.core.Page;
import io.cohesion.core.Versioned;
import io.cohesion.core.activity.Activity;
import io.cohesion.core.activity.ActivitySession;
import io.cohesion.core.activity.ActivityStatus;
import io.cohesion.core.application.Cohesion;
import io.cohesion.core.engagement.ParkTopics;
import io.cohesion.core.engagement.ParkedTopic;
import io.cohesion.core.engagement.TopicStatus;
import io.cohesion.core.neighbourhood.Neighbourhood;
import io.cohesion.core.privacy.ReleaseWaves;
import io.cohesion.core.privacy.WaveId;
import io.cohesion.core.wishmap.WishMap;
import io.cohesion.core.wishmap.WishMapId;
import io.cohesion.examples.scenario.Existing;
import io.cohesion.examples.scenario.Ketelhuis;
import io.cohesion.examples.scenario.KetelhuisData;
import io.cohesion.examples.scenario.NijBeets;
import io.cohesion.examples.scenario.PilotData;
import io.cohesion.examples.scenario.RunSettings;
import io.cohesion.examples.scenario.Scenario;
import io.cohesion.examples.scenario.Scenarios;
import io.cohesion.examples.scenario.Zuiderburen;
import java.io.PrintWriter;
import java.util.ArrayList;
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
 * sessions, buildings, contact persons, meetings). Everything goes through the use cases of a
 * {@link Cohesion}, as a coordinator would enter it. Running it again over the same store adds
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
   * Loads every scenario that is not in the store of {@code cohesion} yet and says on {@code out}
   * what it did.
   *
   * @return the outcome per scenario, in the order of {@link Scenarios#all()}
   */
  static List<Outcome> load(Cohesion cohesion, PrintWriter out) {
    return Scenarios.all().stream().map(scenario -> load(cohesion, scenario, out)).toList();
  }

  private static Outcome load(Cohesion cohesion, Scenario scenario, PrintWriter out) {
    if (scenario.name().equals(Ketelhuis.NAME)) {
      return loadKetelhuis(cohesion, scenario, out);
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
    boolean added = storePilotParts(cohesion, data);
    if (Existing.find(() -> cohesion.wishMaps().get(wishMap.get())).isPresent()) {
      boolean closed = closeNeverClosed(cohesion, data);
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
    scenario.run(cohesion, new RunSettings(scenario.defaultSeed(), 0, RunSettings.DEFAULT_K_MIN));
    out.printf("  %-12s loaded (wish map %s)%n", scenario.name(), wishMap.get());
    return Outcome.LOADED;
  }

  /**
   * Closes the pilot's waves that were loaded before waves could be closed (they are still open
   * without a state), so that the workshop page shows their figures; true when any was. A wave a
   * coordinator reopened keeps its states and stays open.
   */
  private static boolean closeNeverClosed(Cohesion cohesion, PilotData data) {
    ReleaseWaves releases = cohesion.releases();
    List<WaveId> waves = new ArrayList<>();
    waves.add(WaveId.wishMap(data.wishMap().id().value()));
    Page.collectAll(cohesion.measurements()::list).stream()
        .map(Versioned::value)
        .filter(m -> m.neighbourhood().equals(data.neighbourhood()))
        .forEach(m -> waves.add(WaveId.measurement(m.id().value())));
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
  private static boolean storePilotParts(Cohesion cohesion, PilotData data) {
    boolean added =
        storeNeighbourhood(
            cohesion,
            Neighbourhood.of(data.neighbourhood(), data.neighbourhoodName(), data.municipality()));
    for (Activity activity : data.activities()) {
      if (Existing.find(() -> cohesion.activities().get(activity.id())).isPresent()) {
        continue;
      }
      planAndRun(cohesion, activity, data.wishMap());
      // Sessions have no id of their own: they are added with their activity, never after it.
      for (ActivitySession session : data.sessions()) {
        if (session.activity().equals(activity.id())) {
          cohesion.activities().recordSession(session);
        }
      }
      added = true;
    }
    return added;
  }

  /**
   * Plans {@code activity} against the pilot's wish map and moves it on, one status at a time, to
   * the status the pilot's story gives it.
   */
  private static void planAndRun(Cohesion cohesion, Activity activity, WishMap map) {
    Versioned<Activity> stored =
        cohesion
            .activities()
            .plan(
                new Activity(
                    activity.id(),
                    activity.neighbourhood(),
                    activity.name(),
                    activity.description(),
                    activity.targets(),
                    activity.segments(),
                    activity.partners(),
                    activity.sustainabilityLink(),
                    activity.benefit(),
                    ActivityStatus.PLANNED),
                map);
    for (ActivityStatus next : ActivityStatus.values()) {
      if (next.ordinal() > ActivityStatus.PLANNED.ordinal()
          && next.ordinal() <= activity.status().ordinal()) {
        stored = cohesion.activities().moveTo(activity.id(), next, stored.version());
      }
    }
  }

  /**
   * KetelhuisWG has no wish map: what the page shows of it is the neighbourhood, its buildings and
   * their contact persons, and the meetings; the API also serves its initiative with the principles
   * and the team (and the team advice), the parked questions, the results shown, the market
   * consultation as it was held, every household's phase with its history (and so the funnel), and
   * the signals with their themes and follow-up.
   */
  private static Outcome loadKetelhuis(Cohesion cohesion, Scenario scenario, PrintWriter out) {
    KetelhuisData data = Ketelhuis.generate(scenario.defaultSeed());
    boolean added = storeNeighbourhood(cohesion, data.neighbourhood());
    if (Existing.find(() -> cohesion.initiatives().get(data.initiative().id())).isEmpty()) {
      Ketelhuis.storeInitiative(cohesion, data);
      added = true;
    }
    added |=
        storeMissing(
            data.buildings(),
            building -> cohesion.neighbourhoods().building(building.id()),
            cohesion.neighbourhoods()::registerBuilding);
    added |=
        storeMissing(
            data.ambassadors(),
            ambassador -> cohesion.engagement().ambassador(ambassador.id()),
            cohesion.engagement()::appointAmbassador);
    added |=
        storeMissing(
            data.meetings(),
            meeting -> cohesion.engagement().meeting(meeting.id()),
            cohesion.engagement()::recordMeeting);
    added |=
        storeMissing(
            data.parkedTopics(),
            topic -> cohesion.parkedTopics().topic(topic.id()),
            topic -> raise(cohesion.parkedTopics(), topic));
    added |=
        storeMissing(
            data.results(),
            result -> cohesion.information().result(result.id()),
            cohesion.information()::showResult);
    added |=
        Existing.find(() -> cohesion.initiatives().consultation(Ketelhuis.CONSULTATION)).isEmpty();
    Ketelhuis.storePractice(cohesion, data);
    out.printf(
        "  %-12s %s (neighbourhood %s; the full report is `cohesion demo %s`)%n",
        scenario.name(),
        added ? "loaded" : "already in the store",
        data.neighbourhood().id(),
        scenario.name());
    return added ? Outcome.LOADED : Outcome.ALREADY_THERE;
  }

  /**
   * Records {@code topic} the way residents and a coordinator got it there: raised, raised again by
   * each further resident, parked with its message if it was, and answered if it is.
   */
  private static void raise(ParkTopics topics, ParkedTopic topic) {
    Versioned<ParkedTopic> stored =
        topics.raise(topic.id(), topic.neighbourhood(), topic.question());
    for (int again = 1; again < topic.raisedBy(); again++) {
      stored = topics.raisedAgain(topic.id(), stored.version());
    }
    if (topic.until().isPresent()) {
      stored =
          topics.park(
              topic.id(), topic.until().get(), topic.message().orElseThrow(), stored.version());
    }
    if (topic.status() == TopicStatus.ANSWERED) {
      topics.answer(topic.id(), topic.answer().orElseThrow(), stored.version());
    }
  }

  /**
   * Stores each of {@code items} that {@code read} does not find (it throws {@link
   * io.cohesion.core.NotFoundException}); true when any was.
   */
  private static <T> boolean storeMissing(List<T> items, Function<T, ?> read, Consumer<T> store) {
    boolean added = false;
    for (T item : items) {
      if (Existing.find(() -> read.apply(item)).isEmpty()) {
        store.accept(item);
        added = true;
      }
    }
    return added;
  }

  private static boolean storeNeighbourhood(Cohesion cohesion, Neighbourhood neighbourhood) {
    if (Existing.find(() -> cohesion.neighbourhoods().get(neighbourhood.id())).isPresent()) {
      return false;
    }
    cohesion.neighbourhoods().register(neighbourhood);
    return true;
  }

  private static Optional<WishMapId> wishMapOf(Scenario scenario) {
    return Optional.ofNullable(PILOTS.get(scenario.name()))
        .map(generate -> generate.apply(scenario.defaultSeed()).wishMap().id());
  }
}
