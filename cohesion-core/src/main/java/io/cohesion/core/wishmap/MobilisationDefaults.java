package io.cohesion.core.wishmap;

import static java.util.Objects.requireNonNull;
import static org.apiguardian.api.API.Status.STABLE;

import io.cohesion.core.Identifiers;
import io.cohesion.core.ResponseRange;
import io.cohesion.core.Text;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.apiguardian.api.API;

/**
 * The default mobilisation block (docs/instruments.md): what residents could be moved by and
 * through. Like the value catalogue, a default to replace.
 *
 * <p>A wish map asks five things for mobilisation:
 *
 * <ul>
 *   <li><b>interests</b>: the activity types a resident likes ({@link #INTERESTS});
 *   <li><b>networks</b>: the clubs and events a resident takes part in; these are local, so the
 *       default block names none and residents' answers are taken as given ({@code networks}
 *       column, names separated by {@code ;});
 *   <li><b>willingness</b>: how willing a resident is to take part, on {@link #WILLINGNESS} (1 =
 *       not at all, 5 = very), the {@code willingness} column of a response;
 *   <li><b>time available</b>: asked as the segment column {@link #TIME_AVAILABLE_COLUMN} with the
 *       codes of {@link #TIME_AVAILABLE}, so the red thread can be split by it like any segment;
 *   <li><b>channels</b>: how a resident wants to be reached ({@link #CHANNELS}), and <b>skills</b>
 *       a resident offers ({@link #SKILLS}).
 * </ul>
 */
@API(status = STABLE, since = "0.1.0")
public final class MobilisationDefaults {

  /** One choice of the block: a stable code and its label. */
  public record Option(String code, Text label) {
    public Option {
      Identifiers.check("option code", code);
      requireNonNull(label, "label of option " + code);
    }
  }

  /** The range of the willingness answer: 1 (not at all) to 5 (very willing). */
  public static final ResponseRange WILLINGNESS = new ResponseRange(1, 5);

  /** The segment column that holds the time a resident has available. */
  public static final String TIME_AVAILABLE_COLUMN = "time";

  /** Activity types residents may like. */
  public static final List<Option> INTERESTS =
      List.of(
          option("sports", "Sport en bewegen", "Sports and exercise"),
          option("nature", "Natuur en tuinieren", "Nature and gardening"),
          option("culture", "Cultuur en muziek", "Culture and music"),
          option("food", "Samen eten en koken", "Eating and cooking together"),
          option("making", "Klussen en maken", "Making and repairing"),
          option("children", "Activiteiten voor kinderen", "Activities for children"),
          option("festivities", "Feesten en evenementen", "Festivities and events"),
          option("learning", "Lezingen en leren", "Talks and learning"),
          option("energy", "Energie besparen en opwekken", "Saving and generating energy"));

  /** The channels through which residents want to be reached. */
  public static final List<Option> CHANNELS =
      List.of(
          option("door-to-door", "Aan de deur", "Door to door"),
          option("flyer", "Flyer in de bus", "Flyer"),
          option("app", "App of sociale media", "App or social media"),
          option("meeting", "Buurtbijeenkomst", "Neighbourhood meeting"),
          option("school", "Via school", "Through school"),
          option("club", "Via de vereniging", "Through a club"));

  /** Skills residents may offer. */
  public static final List<Option> SKILLS =
      List.of(
          option("organising", "Organiseren", "Organising"),
          option("technical", "Techniek", "Technical skills"),
          option("communication", "Communicatie en schrijven", "Communication and writing"),
          option("gardening", "Tuinieren", "Gardening"),
          option("cooking", "Koken", "Cooking"),
          option("crafts", "Handwerk en klussen", "Crafts and odd jobs"),
          option("digital", "Computers en digitaal", "Computers and digital"),
          option("finance", "Geldzaken", "Finance"));

  /** The codes of the time-available segment, from no time to weekly. */
  public static final List<Option> TIME_AVAILABLE =
      List.of(
          option("none", "Geen tijd", "No time"),
          option("once", "Een keer meehelpen", "Help out once"),
          option("monthly", "Een paar uur per maand", "A few hours a month"),
          option("weekly", "Een paar uur per week", "A few hours a week"));

  private MobilisationDefaults() {}

  private static Option option(String code, String nl, String en) {
    return new Option(code, new Text(nl, en));
  }

  /** The default block: interests, channels and skills by code; no predefined networks. */
  public static Mobilisation block() {
    return new Mobilisation(codes(INTERESTS), List.of(), codes(CHANNELS), codes(SKILLS));
  }

  /** The label of a code of any list of the default block, if it has one. */
  public static Optional<Text> label(String code) {
    return Stream.of(INTERESTS, CHANNELS, SKILLS, TIME_AVAILABLE)
        .flatMap(List::stream)
        .filter(o -> o.code().equals(code))
        .map(Option::label)
        .findFirst();
  }

  private static List<String> codes(List<Option> options) {
    return options.stream().map(Option::code).toList();
  }
}
