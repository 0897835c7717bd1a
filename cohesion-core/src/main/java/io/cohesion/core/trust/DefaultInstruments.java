package io.cohesion.core.trust;

import static java.util.Objects.requireNonNull;
import static org.apiguardian.api.API.Status.STABLE;

import io.cohesion.core.ResponseRange;
import io.cohesion.core.Text;
import io.cohesion.core.ValidationException;
import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * The four default instruments of docs/instruments.md, with their sources. Dutch texts are this
 * project's own translations, not validated ones; {@code docs/instruments.md} says per instrument
 * how close the wording is to the source. Like every default, they can be replaced by a scale of
 * one's own.
 */
@API(status = STABLE, since = "0.1.0")
public final class DefaultInstruments {

  /** How close an instrument's item texts are to the source's wording. */
  public enum Wording {
    /** The English items follow the wording the source publishes (up to British spelling). */
    AS_PUBLISHED,
    /** The items follow the source's statements in content; the exact wording is not verified. */
    PARAPHRASED
  }

  /**
   * A default scale with where it comes from.
   *
   * @param scale the scale
   * @param source the source, as a reference a reader can look up
   * @param wording how close the item texts are to the source
   */
  public record Instrument(Scale scale, String source, Wording wording) {
    public Instrument {
      requireNonNull(scale, "scale");
      source = ValidationException.requireText("source", source, 1000);
      requireNonNull(wording, "wording of " + scale.id());
    }
  }

  /** Sampson, Raudenbush and Earls (1997), the reference of the two collective efficacy scales. */
  public static final String SAMPSON_1997 =
      "Sampson, R. J., Raudenbush, S. W., & Earls, F. (1997). Neighborhoods and violent crime: a"
          + " multilevel study of collective efficacy. Science, 277(5328), 918-924.";

  /** The id of the social cohesion and trust scale. */
  public static final ScaleId SOCIAL_COHESION_AND_TRUST = new ScaleId("social-cohesion-trust");

  /** The id of the informal social control scale. */
  public static final ScaleId INFORMAL_SOCIAL_CONTROL = new ScaleId("informal-social-control");

  /** The id of the ESS social trust scale. */
  public static final ScaleId SOCIAL_TRUST = new ScaleId("ess-social-trust");

  /** The id of the CBS-style neighbourhood cohesion scale. */
  public static final ScaleId NEIGHBOURHOOD_COHESION = new ScaleId("neighbourhood-cohesion");

  private static final ResponseRange ONE_TO_FIVE = new ResponseRange(1, 5);

  private DefaultInstruments() {}

  /** All four instruments, in the order of docs/instruments.md. */
  public static List<Instrument> all() {
    return List.of(
        socialCohesionAndTrust(), informalSocialControl(), socialTrust(), neighbourhoodCohesion());
  }

  /** The default instrument with this scale id, if there is one. */
  public static Optional<Instrument> find(ScaleId id) {
    return all().stream().filter(i -> i.scale().id().equals(id)).findFirst();
  }

  /**
   * Social cohesion and trust (Sampson et al. 1997): five statements, 1 = strongly disagree to 5 =
   * strongly agree; the fourth and fifth are reversed.
   */
  public static Instrument socialCohesionAndTrust() {
    Scale scale =
        Scale.of(
            SOCIAL_COHESION_AND_TRUST,
            new Text(
                "Sociale cohesie en vertrouwen (1 = helemaal oneens, 5 = helemaal eens)",
                "Social cohesion and trust (1 = strongly disagree, 5 = strongly agree)"),
            ONE_TO_FIVE,
            List.of(
                item(
                    "SC1",
                    "Mensen hier in de buurt zijn bereid hun buren te helpen.",
                    "People around here are willing to help their neighbours.",
                    false),
                item(
                    "SC2",
                    "Dit is een hechte buurt.",
                    "This is a close-knit neighbourhood.",
                    false),
                item(
                    "SC3",
                    "Mensen in deze buurt zijn te vertrouwen.",
                    "People in this neighbourhood can be trusted.",
                    false),
                item(
                    "SC4",
                    "Mensen in deze buurt kunnen over het algemeen niet goed met elkaar opschieten.",
                    "People in this neighbourhood generally don't get along with each other.",
                    true),
                item(
                    "SC5",
                    "Mensen in deze buurt hebben niet dezelfde waarden.",
                    "People in this neighbourhood do not share the same values.",
                    true)));
    return new Instrument(scale, SAMPSON_1997, Wording.AS_PUBLISHED);
  }

  /**
   * Informal social control (Sampson et al. 1997): how likely neighbours would do something in five
   * situations, 1 = very unlikely to 5 = very likely.
   */
  public static Instrument informalSocialControl() {
    Scale scale =
        Scale.of(
            INFORMAL_SOCIAL_CONTROL,
            new Text(
                "Informele sociale controle: hoe waarschijnlijk is het dat buren iets doen"
                    + " (1 = zeer onwaarschijnlijk, 5 = zeer waarschijnlijk)",
                "Informal social control: how likely is it that neighbours would do something"
                    + " (1 = very unlikely, 5 = very likely)"),
            ONE_TO_FIVE,
            List.of(
                item(
                    "ISC1",
                    "Als kinderen spijbelen en op een straathoek rondhangen.",
                    "If children were skipping school and hanging out on a street corner.",
                    false),
                item(
                    "ISC2",
                    "Als kinderen graffiti spuiten op een gebouw in de buurt.",
                    "If children were spray-painting graffiti on a local building.",
                    false),
                item(
                    "ISC3",
                    "Als kinderen zich respectloos gedragen tegenover een volwassene.",
                    "If children were showing disrespect to an adult.",
                    false),
                item(
                    "ISC4",
                    "Als er voor hun huis een vechtpartij uitbreekt.",
                    "If a fight broke out in front of their house.",
                    false),
                item(
                    "ISC5",
                    "Als de brandweerkazerne die het dichtst bij hun huis ligt door bezuinigingen"
                        + " dreigt te verdwijnen.",
                    "If the fire station closest to their home was threatened with budget cuts.",
                    false)));
    return new Instrument(scale, SAMPSON_1997, Wording.PARAPHRASED);
  }

  /**
   * Social trust of the European Social Survey: {@code ppltrst}, {@code pplfair} and {@code
   * pplhlp}, each 0–10 with the trusting answer at 10.
   */
  public static Instrument socialTrust() {
    Scale scale =
        Scale.of(
            SOCIAL_TRUST,
            new Text(
                "Sociaal vertrouwen (European Social Survey, 0-10)",
                "Social trust (European Social Survey, 0-10)"),
            new ResponseRange(0, 10),
            List.of(
                item(
                    "ppltrst",
                    "Vindt u dat de meeste mensen te vertrouwen zijn, of dat je niet voorzichtig"
                        + " genoeg kunt zijn? (0 = je kunt niet voorzichtig genoeg zijn, 10 = de"
                        + " meeste mensen zijn te vertrouwen)",
                    "Would you say that most people can be trusted, or that you can't be too"
                        + " careful in dealing with people? (0 = you can't be too careful, 10 ="
                        + " most people can be trusted)",
                    false),
                item(
                    "pplfair",
                    "Denkt u dat de meeste mensen misbruik van u zouden maken als ze de kans"
                        + " kregen, of dat ze eerlijk zouden zijn? (0 = misbruik maken, 10 ="
                        + " eerlijk zijn)",
                    "Do you think that most people would try to take advantage of you if they got"
                        + " the chance, or would they try to be fair? (0 = take advantage, 10 ="
                        + " try to be fair)",
                    false),
                item(
                    "pplhlp",
                    "Zijn mensen meestal behulpzaam, of denken ze vooral aan zichzelf? (0 ="
                        + " vooral aan zichzelf, 10 = meestal behulpzaam)",
                    "Would you say that most of the time people try to be helpful, or that they"
                        + " are mostly looking out for themselves? (0 = looking out for"
                        + " themselves, 10 = try to be helpful)",
                    false)));
    return new Instrument(
        scale,
        "European Social Survey, core questionnaire, social trust items (variables ppltrst,"
            + " pplfair, pplhlp).",
        Wording.PARAPHRASED);
  }

  /**
   * Neighbourhood cohesion in the style of the social cohesion (sociale samenhang) statements of
   * Statistics Netherlands (CBS): five statements, 1 = strongly disagree to 5 = strongly agree; the
   * first is reversed.
   */
  public static Instrument neighbourhoodCohesion() {
    Scale scale =
        Scale.of(
            NEIGHBOURHOOD_COHESION,
            new Text(
                "Sociale samenhang in de buurt (1 = helemaal oneens, 5 = helemaal eens)",
                "Neighbourhood cohesion (1 = strongly disagree, 5 = strongly agree)"),
            ONE_TO_FIVE,
            List.of(
                item(
                    "NC1",
                    "De mensen kennen elkaar in deze buurt nauwelijks.",
                    "People in this neighbourhood hardly know each other.",
                    true),
                item(
                    "NC2",
                    "De mensen gaan in deze buurt op een prettige manier met elkaar om.",
                    "People in this neighbourhood treat each other pleasantly.",
                    false),
                item(
                    "NC3",
                    "Ik woon in een gezellige buurt met veel saamhorigheid.",
                    "I live in a sociable neighbourhood with much togetherness.",
                    false),
                item(
                    "NC4",
                    "Ik voel me thuis bij de mensen die in deze buurt wonen.",
                    "I feel at home with the people who live in this neighbourhood.",
                    false),
                item(
                    "NC5",
                    "Ik heb veel contact met andere buurtbewoners.",
                    "I have a lot of contact with other people in this neighbourhood.",
                    false)));
    return new Instrument(
        scale,
        "Modelled on the social cohesion (sociale samenhang) statements of Statistics Netherlands"
            + " (CBS) neighbourhood surveys such as the Veiligheidsmonitor; not the official"
            + " questionnaire.",
        Wording.PARAPHRASED);
  }

  private static Item item(String id, String nl, String en, boolean reverse) {
    return new Item(id, new Text(nl, en), reverse);
  }
}
