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
 * The Zuiderburen pilot (Hempens, Leeuwarden): a wish map and a neighbourhood survey showed a need
 * for contact, physical wellbeing (health and exercise) and fun; the initiative set out to grow
 * biodiversity with pupils of the local school and local entrepreneurs. Trust was measured once, as
 * a baseline for the wave after the activity.
 *
 * <p>The data are synthetic (see {@link Synthetic}).
 */
public final class Zuiderburen {
  /** The scenario name on the command line. */
  public static final String NAME = "zuiderburen";

  /** The seed of the demo. */
  public static final long DEFAULT_SEED = 20230915L;

  /** The segment column of the household question. */
  public static final String HOUSEHOLD = "household";

  /** The segment column of the part of the neighbourhood a respondent lives in. */
  public static final String AREA = "area";

  /** The segment the activity reaches first: households with children at the local school. */
  public static final String FAMILIES = "families";

  /** The local primary school, the activity's first partner. */
  public static final String SCHOOL = "basisschool";

  /** The local entrepreneurs, the activity's second partner. */
  public static final String ENTREPRENEURS = "ondernemers";

  /** The activity that was chosen. */
  public static final ActivityId BIODIVERSITY = new ActivityId("biodiversity-school");

  private Zuiderburen() {}

  /** The synthetic data for {@code seed}; the same seed gives the same data. */
  public static PilotData generate(long seed) {
    Draws draws = new Draws(seed);
    NeighbourhoodId neighbourhood = new NeighbourhoodId("zuiderburen");
    WishMap map =
        new WishMap(
            new WishMapId("zuiderburen-wensenkaart-" + Synthetic.LABEL),
            ValueCatalogue.defaults().values(),
            new ResponseRange(1, 5),
            Optional.of(new ResponseRange(1, 5)),
            3,
            List.of(HOUSEHOLD, AREA),
            new Mobilisation(
                List.of("sports", "gardening", "festivities", "walking"),
                List.of(SCHOOL, "sportvereniging", "buurtvereniging", "volkstuin", ENTREPRENEURS),
                List.of("door_to_door", "flyer", "app", "school", "meeting"),
                List.of("gardening", "organising", "technical", "teaching")),
            List.of(
                Declarations.of(HOUSEHOLD, segments().stream().map(SegmentModel::name).toList()),
                Declarations.of(AREA, areas().keySet())));

    List<WishMapResponse> responses =
        WishMapSurvey.draw(
            map, HOUSEHOLD, segments(), AREA, areas(), "zb-" + Synthetic.LABEL, draws);

    TrustWaves.Waves trust =
        TrustWaves.draw(
            DefaultInstruments.socialCohesionAndTrust().scale(),
            new TrustWaves.Design(165, 0, 0, 3.1, 0.6, 0),
            "zb-" + Synthetic.LABEL,
            draws);

    return new PilotData(
        NAME,
        neighbourhood,
        "Zuiderburen, Hempens (" + Synthetic.LABEL + " data)",
        "Leeuwarden",
        map,
        responses,
        HOUSEHOLD,
        FAMILIES,
        activities(neighbourhood),
        List.of(
            new ActivitySession(BIODIVERSITY, LocalDate.of(2023, 10, 4), 84, 84),
            new ActivitySession(BIODIVERSITY, LocalDate.of(2024, 3, 20), 61, 23)),
        DefaultInstruments.socialCohesionAndTrust().scale(),
        trust.before(),
        trust.after(),
        LocalDate.of(2023, 9, 1),
        LocalDate.of(2024, 6, 1));
  }

  private static ValueProfile neighbourhood() {
    Map<String, double[]> means = new LinkedHashMap<>();
    means.put("contact", new double[] {4.2, 2.7});
    means.put("care", new double[] {3.7, 3.3});
    means.put("safety", new double[] {4.1, 3.6});
    means.put("greenery", new double[] {3.8, 3.2});
    means.put("health", new double[] {4.2, 2.9});
    means.put("fun", new double[] {3.9, 2.7});
    means.put("youth", new double[] {3.5, 3.3});
    means.put("affordability", new double[] {3.8, 3.3});
    means.put("sustainability", new double[] {3.4, 3.3});
    means.put("facilities", new double[] {3.6, 3.5});
    means.put("say", new double[] {3.2, 3.2});
    means.put("peace", new double[] {3.9, 3.8});
    means.put("identity", new double[] {3.0, 3.4});
    means.put("business", new double[] {3.1, 3.3});
    return ValueProfile.of(means);
  }

  private static List<SegmentModel> segments() {
    ValueProfile neighbourhood = neighbourhood();
    return List.of(
        new SegmentModel(
            FAMILIES,
            96,
            neighbourhood
                .shift("youth", 0.9, -0.4)
                .shift("fun", 0.3, -0.2)
                .shift("greenery", 0.3, -0.2),
            Map.of(
                SCHOOL,
                0.80,
                "sportvereniging",
                0.45,
                "buurtvereniging",
                0.20,
                "volkstuin",
                0.10,
                ENTREPRENEURS,
                0.12),
            3.4,
            List.of(
                "Een natuurspeelplaats voor de kinderen",
                "Meer groen rond de school",
                "Activiteiten waar je andere ouders leert kennen")),
        new SegmentModel(
            "couples",
            78,
            neighbourhood.shift("health", 0.2, 0).shift("business", 0.3, -0.2),
            Map.of(
                SCHOOL,
                0.05,
                "sportvereniging",
                0.40,
                "buurtvereniging",
                0.25,
                "volkstuin",
                0.15,
                ENTREPRENEURS,
                0.20),
            3.0,
            List.of("Een wandelroute door de wijk", "Een buurtfeest in de zomer")),
        new SegmentModel(
            "seniors",
            70,
            neighbourhood
                .shift("care", 0.5, -0.3)
                .shift("health", 0.3, -0.2)
                .shift("fun", -0.3, 0)
                .shift("youth", -0.6, 0),
            Map.of(
                SCHOOL,
                0.03,
                "sportvereniging",
                0.15,
                "buurtvereniging",
                0.45,
                "volkstuin",
                0.30,
                ENTREPRENEURS,
                0.05),
            2.7,
            List.of("Bankjes langs het water", "Samen wandelen")),
        new SegmentModel(
            "singles",
            62,
            neighbourhood.shift("contact", 0.3, -0.3).shift("fun", 0.3, -0.1),
            Map.of(
                SCHOOL,
                0.02,
                "sportvereniging",
                0.35,
                "buurtvereniging",
                0.20,
                "volkstuin",
                0.12,
                ENTREPRENEURS,
                0.15),
            3.0,
            List.of("Een plek om buren te ontmoeten", "Sporten in het park")));
  }

  private static Map<String, Integer> areas() {
    // The old village core holds only a few respondents: the small-group rule hides it.
    return Map.of("noord", 112, "midden", 98, "zuid", 84, "oud-hempens", 3, "lege-geaen", 9);
  }

  private static List<Activity> activities(NeighbourhoodId neighbourhood) {
    return List.of(
        Ideas.chosen(
            ActivityStatus.RUNNING,
            neighbourhood,
            "biodiversity-school",
            "Growing biodiversity with the school's pupils and local entrepreneurs",
            List.of(
                Ideas.target("contact", 2),
                Ideas.target("health", 1),
                Ideas.target("fun", 2),
                Ideas.target("greenery", 1)),
            List.of(new TargetSegment(HOUSEHOLD, FAMILIES)),
            Set.of(SCHOOL, ENTREPRENEURS),
            "insect hotels, green roofs and rain gardens for a climate-proof street",
            "pupils learn outdoors, entrepreneurs sponsor and meet their customers"),
        Ideas.idea(
            neighbourhood,
            "walking-group",
            "Weekly neighbourhood walk",
            List.of(Ideas.target("health", 2), Ideas.target("contact", 2)),
            List.of(),
            Set.of("buurtvereniging"),
            null,
            "exercise in company, coffee afterwards"),
        Ideas.idea(
            neighbourhood,
            "summer-party",
            "Summer street party",
            List.of(Ideas.target("fun", 3), Ideas.target("contact", 2)),
            List.of(),
            Set.of("buurtvereniging", "sportvereniging"),
            "a party run on solar power and a battery",
            "a free party"),
        Ideas.idea(
            neighbourhood,
            "energy-coaches",
            "Energy coaches at the door",
            List.of(Ideas.target("affordability", 2), Ideas.target("sustainability", 2)),
            List.of(),
            Set.of(),
            "insulation and saving tips household by household",
            "a lower energy bill"));
  }
}
