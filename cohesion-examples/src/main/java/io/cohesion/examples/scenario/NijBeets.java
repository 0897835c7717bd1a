package io.cohesion.examples.scenario;

import io.cohesion.core.ResponseRange;
import io.cohesion.core.activity.Activity;
import io.cohesion.core.activity.ActivityId;
import io.cohesion.core.activity.ActivitySession;
import io.cohesion.core.activity.ActivityStatus;
import io.cohesion.core.activity.TargetSegment;
import io.cohesion.core.neighbourhood.NeighbourhoodId;
import io.cohesion.core.trust.DefaultInstruments;
import io.cohesion.core.wishmap.Mobilisation;
import io.cohesion.core.wishmap.ValueCatalogue;
import io.cohesion.core.wishmap.WishMap;
import io.cohesion.core.wishmap.WishMapId;
import io.cohesion.core.wishmap.WishMapResponse;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The Nij Beets pilot, a village in Friesland: the municipality's Dorpsspiegel survey, read as a
 * wish map, showed the wish to involve young parents; they already organise the yearly children's
 * play week (speelweek), so the activity became part of it — children and villagers pedalling
 * e-bikes to keep an electric torch burning for 24 hours. Trust was measured before and after.
 *
 * <p>The data are synthetic (see {@link Synthetic}); the numbers below are the story, not the
 * survey.
 */
public final class NijBeets {
  /** The scenario name on the command line. */
  public static final String NAME = "nij-beets";

  /** The seed of the demo. */
  public static final long DEFAULT_SEED = 20230701L;

  /** The segment column of the Dorpsspiegel's household question. */
  public static final String HOUSEHOLD = "household";

  /** The segment column of the part of the village a respondent lives in. */
  public static final String AREA = "area";

  /** The segment the red thread is about. */
  public static final String YOUNG_PARENTS = "young_parents";

  /** The yearly children's play week, the network the young parents already move for. */
  public static final String PLAY_WEEK = "speelweek";

  /** The activity that was chosen. */
  public static final ActivityId TORCH = new ActivityId("torch-24h");

  private NijBeets() {}

  /** The synthetic data for {@code seed}; the same seed gives the same data. */
  public static PilotData generate(long seed) {
    Draws draws = new Draws(seed);
    NeighbourhoodId neighbourhood = new NeighbourhoodId("nij-beets");
    WishMap map =
        new WishMap(
            new WishMapId("nij-beets-dorpsspiegel-" + Synthetic.LABEL),
            ValueCatalogue.defaults().values(),
            new ResponseRange(1, 5),
            Optional.of(new ResponseRange(1, 5)),
            3,
            List.of(HOUSEHOLD, AREA),
            new Mobilisation(
                List.of("sports", "festivities", "crafts", "outdoors"),
                List.of(PLAY_WEEK, "sportclub", "dorpshuis", "ijsclub"),
                List.of("door_to_door", "flyer", "app", "school", "club"),
                List.of("organising", "technical", "cooking", "music")),
            List.of(
                Declarations.of(HOUSEHOLD, segments().stream().map(SegmentModel::name).toList()),
                Declarations.of(AREA, areas().keySet())));

    List<WishMapResponse> responses =
        WishMapSurvey.draw(
            map, HOUSEHOLD, segments(), AREA, areas(), "nb-" + Synthetic.LABEL, draws);

    TrustWaves.Waves trust =
        TrustWaves.draw(
            DefaultInstruments.socialCohesionAndTrust().scale(),
            new TrustWaves.Design(190, 150, 25, 3.35, 0.55, 0.25),
            "nb-" + Synthetic.LABEL,
            draws);

    return new PilotData(
        NAME,
        neighbourhood,
        "Nij Beets (" + Synthetic.LABEL + " data)",
        "Opsterland",
        map,
        responses,
        HOUSEHOLD,
        YOUNG_PARENTS,
        activities(neighbourhood),
        List.of(
            new ActivitySession(TORCH, LocalDate.of(2023, 6, 12), 22, 22),
            new ActivitySession(TORCH, LocalDate.of(2023, 7, 5), 236, 214),
            new ActivitySession(TORCH, LocalDate.of(2023, 9, 14), 48, 9)),
        DefaultInstruments.socialCohesionAndTrust().scale(),
        trust.before(),
        trust.after(),
        LocalDate.of(2023, 5, 15),
        LocalDate.of(2023, 9, 25));
  }

  private static ValueProfile village() {
    Map<String, double[]> means = new LinkedHashMap<>();
    means.put("contact", new double[] {4.1, 3.0});
    means.put("care", new double[] {3.9, 3.4});
    means.put("safety", new double[] {4.0, 3.9});
    means.put("greenery", new double[] {3.6, 3.8});
    means.put("health", new double[] {3.8, 3.6});
    means.put("fun", new double[] {3.3, 3.3});
    means.put("youth", new double[] {3.6, 3.0});
    means.put("affordability", new double[] {3.9, 3.2});
    means.put("sustainability", new double[] {3.3, 3.2});
    means.put("facilities", new double[] {4.0, 2.9});
    means.put("say", new double[] {3.3, 3.2});
    means.put("peace", new double[] {3.8, 4.1});
    means.put("identity", new double[] {3.5, 3.8});
    means.put("business", new double[] {3.0, 3.2});
    return ValueProfile.of(means);
  }

  private static List<SegmentModel> segments() {
    ValueProfile village = village();
    return List.of(
        new SegmentModel(
            YOUNG_PARENTS,
            78,
            village
                .shift("youth", 1.2, -0.9)
                .shift("contact", 0.5, -0.6)
                .shift("fun", 0.4, -0.2)
                .shift("peace", -0.4, 0),
            Map.of(PLAY_WEEK, 0.85, "sportclub", 0.40, "dorpshuis", 0.20, "ijsclub", 0.30),
            3.6,
            List.of(
                "Meer te doen voor jonge gezinnen",
                "Een plek waar ouders elkaar ontmoeten",
                "Een speeltuin waar de kinderen veilig kunnen spelen")),
        new SegmentModel(
            "families",
            92,
            village.shift("youth", 0.8, -0.4).shift("contact", 0.2, 0).shift("health", 0.2, 0),
            Map.of(PLAY_WEEK, 0.55, "sportclub", 0.50, "dorpshuis", 0.25, "ijsclub", 0.35),
            3.1,
            List.of("Een veilige fietsroute naar school", "Sport voor de jeugd behouden")),
        new SegmentModel(
            "seniors",
            110,
            village
                .shift("care", 0.6, -0.3)
                .shift("safety", 0.4, 0)
                .shift("facilities", 0.4, -0.3)
                .shift("youth", -0.6, 0.2)
                .shift("peace", 0.3, 0)
                .shift("identity", 0.4, 0),
            Map.of(PLAY_WEEK, 0.08, "sportclub", 0.15, "dorpshuis", 0.55, "ijsclub", 0.30),
            2.8,
            List.of("De dorpswinkel moet blijven", "Vervoer naar de huisarts")),
        new SegmentModel(
            "singles",
            80,
            village.shift("contact", 0.3, -0.3).shift("fun", 0.3, 0).shift("affordability", 0.3, 0),
            Map.of(PLAY_WEEK, 0.10, "sportclub", 0.35, "dorpshuis", 0.30, "ijsclub", 0.25),
            3.0,
            List.of("Betaalbare woningen voor starters", "Vaker iets samen doen")));
  }

  private static Map<String, Integer> areas() {
    // Two small hamlets make the small-group rule visible: both are suppressed per area.
    return Map.of("centrum", 150, "noord", 95, "zuid", 104, "buitengebied", 4, "vaart", 7);
  }

  private static List<Activity> activities(NeighbourhoodId neighbourhood) {
    return List.of(
        Ideas.chosen(
            ActivityStatus.DONE,
            neighbourhood,
            "torch-24h",
            "24-hour torch on e-bike power during the play week",
            List.of(Ideas.target("youth", 3), Ideas.target("contact", 2), Ideas.target("fun", 1)),
            List.of(new TargetSegment(HOUSEHOLD, YOUNG_PARENTS)),
            Set.of(PLAY_WEEK, "sportclub"),
            "children feel how much pedalling one lamp takes: energy made visible",
            "a day and a night out for the children, and parents meet each other"),
        Ideas.idea(
            neighbourhood,
            "energy-cafe",
            "Energy café in the dorpshuis",
            List.of(Ideas.target("affordability", 2), Ideas.target("contact", 1)),
            List.of(),
            Set.of("dorpshuis"),
            "advice on insulation and the energy bill",
            "a free energy scan for every visitor"),
        Ideas.idea(
            neighbourhood,
            "repair-cafe",
            "Monthly repair café",
            List.of(Ideas.target("care", 2), Ideas.target("sustainability", 1)),
            List.of(),
            Set.of("dorpshuis"),
            "repairing instead of throwing away",
            "your broken things fixed for free"),
        Ideas.idea(
            neighbourhood,
            "green-schoolyard",
            "Greening the schoolyard with parents",
            List.of(Ideas.target("youth", 2), Ideas.target("greenery", 2)),
            List.of(new TargetSegment(HOUSEHOLD, YOUNG_PARENTS)),
            Set.of(),
            "a cooler, greener schoolyard that holds rainwater",
            null),
        Ideas.idea(
            neighbourhood,
            "village-quiz",
            "Village quiz night",
            List.of(Ideas.target("fun", 2), Ideas.target("identity", 1)),
            List.of(),
            Set.of("ijsclub", "dorpshuis"),
            null,
            "prizes from local businesses"));
  }
}
