package io.cohesion.core.activity;

import static java.util.Objects.requireNonNull;
import static org.apiguardian.api.API.Status.STABLE;

import io.cohesion.core.FieldError;
import io.cohesion.core.TargetValue;
import io.cohesion.core.ValidationException;
import io.cohesion.core.neighbourhood.NeighbourhoodId;
import io.cohesion.core.scoring.spi.ActivityProfile;
import io.cohesion.core.scoring.spi.SegmentKey;
import io.cohesion.core.wishmap.WishMap;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apiguardian.api.API;

/**
 * A creative activity (creatieve activiteit) that plays into the urgent values of a neighbourhood,
 * gives sustainability a place and brings people together.
 *
 * @param id the activity id
 * @param neighbourhood where it takes place
 * @param name its name, for example {@code 24 hours of light}
 * @param description what happens, in a few sentences
 * @param targets the values it plays into, at least one, unique codes
 * @param segments the groups it is meant for (none: everyone), unique
 * @param partners the networks (clubs, events) it works with, for example the yearly play week
 * @param sustainabilityLink how it gives sustainability a place, if it does
 * @param benefit what is in it for participants (boter bij de vis), if anything
 * @param status planned, running or done
 */
@API(status = STABLE, since = "0.1.0")
public record Activity(
    ActivityId id,
    NeighbourhoodId neighbourhood,
    String name,
    String description,
    List<TargetValue> targets,
    List<TargetSegment> segments,
    Set<String> partners,
    Optional<String> sustainabilityLink,
    Optional<String> benefit,
    ActivityStatus status) {

  /** The longest description, link or benefit text accepted. */
  public static final int MAX_TEXT_LENGTH = 4000;

  public Activity {
    requireNonNull(id, "id");
    requireNonNull(neighbourhood, "neighbourhood of activity " + id);
    name = ValidationException.requireText("name", name, 200);
    description = ValidationException.requireText("description", description, MAX_TEXT_LENGTH);
    targets = List.copyOf(targets);
    segments = List.copyOf(segments);
    Set<String> checkedPartners = new HashSet<>();
    for (String partner : partners) {
      checkedPartners.add(ValidationException.requireText("partners", partner, 200));
    }
    partners = Set.copyOf(checkedPartners);
    sustainabilityLink =
        sustainabilityLink.map(
            t -> ValidationException.requireText("sustainabilityLink", t, MAX_TEXT_LENGTH));
    benefit = benefit.map(t -> ValidationException.requireText("benefit", t, MAX_TEXT_LENGTH));
    requireNonNull(status, "status of activity " + id);
    ValidationException.require(
        !targets.isEmpty(), "targets", "activity " + id + " needs at least one target value");
    Set<String> codes = new HashSet<>();
    for (int i = 0; i < targets.size(); i++) {
      String code = targets.get(i).code();
      ValidationException.require(
          codes.add(code), "targets[" + i + "].code", "value '" + code + "' is targeted twice");
    }
    ValidationException.require(
        Set.copyOf(segments).size() == segments.size(),
        "segments",
        "activity " + id + " names a segment twice: " + segments);
  }

  /** A planned activity for everyone, without partners, link or benefit yet. */
  public static Activity planned(
      ActivityId id,
      NeighbourhoodId neighbourhood,
      String name,
      String description,
      List<TargetValue> targets) {
    return new Activity(
        id,
        neighbourhood,
        name,
        description,
        targets,
        List.of(),
        Set.of(),
        Optional.empty(),
        Optional.empty(),
        ActivityStatus.PLANNED);
  }

  /** The same activity meant for these segments. */
  public Activity forSegments(List<TargetSegment> newSegments) {
    return new Activity(
        id,
        neighbourhood,
        name,
        description,
        targets,
        newSegments,
        partners,
        sustainabilityLink,
        benefit,
        status);
  }

  /** The same activity working with these partner networks. */
  public Activity withPartners(Set<String> newPartners) {
    return new Activity(
        id,
        neighbourhood,
        name,
        description,
        targets,
        segments,
        newPartners,
        sustainabilityLink,
        benefit,
        status);
  }

  /** The same activity with a sustainability link. */
  public Activity withSustainabilityLink(String link) {
    return new Activity(
        id,
        neighbourhood,
        name,
        description,
        targets,
        segments,
        partners,
        Optional.of(link),
        benefit,
        status);
  }

  /** The same activity with a benefit for participants. */
  public Activity withBenefit(String newBenefit) {
    return new Activity(
        id,
        neighbourhood,
        name,
        description,
        targets,
        segments,
        partners,
        sustainabilityLink,
        Optional.of(newBenefit),
        status);
  }

  /**
   * The same activity in status {@code next}.
   *
   * @throws ValidationException if the move is not legal ({@link ActivityStatus#canMoveTo})
   */
  public Activity moveTo(ActivityStatus next) {
    ValidationException.require(
        status.canMoveTo(next),
        "status",
        "activity " + id + " cannot move from " + status + " to " + next);
    return new Activity(
        id,
        neighbourhood,
        name,
        description,
        targets,
        segments,
        partners,
        sustainabilityLink,
        benefit,
        next);
  }

  /** What the activity lacks that the method asks for; empty when it has everything. */
  public List<ActivityFlag> flags() {
    List<ActivityFlag> flags = new ArrayList<>();
    if (sustainabilityLink.isEmpty()) {
      flags.add(ActivityFlag.NO_SUSTAINABILITY_LINK);
    }
    if (benefit.isEmpty()) {
      flags.add(ActivityFlag.NO_BENEFIT);
    }
    return List.copyOf(flags);
  }

  /**
   * What fit scoring needs to know of this activity (docs/scoring.md#55-activity-fit): the view an
   * {@link io.cohesion.core.scoring.spi.ActivityFitStrategy} ranks.
   */
  public ActivityProfile profile() {
    return new ActivityProfile(
        name,
        targets,
        segments.stream().map(s -> new SegmentKey(s.column(), s.value())).toList(),
        partners,
        sustainabilityLink,
        benefit);
  }

  /**
   * Every way the activity does not fit {@code map}: target values the map does not ask about and
   * segment columns it does not have. An empty list means it fits.
   */
  public List<FieldError> check(WishMap map) {
    List<FieldError> errors = new ArrayList<>();
    for (int i = 0; i < targets.size(); i++) {
      String code = targets.get(i).code();
      if (map.indexOf(code) < 0) {
        errors.add(
            new FieldError(
                "targets[" + i + "].code",
                "wish map " + map.id() + " has no value '" + code + "'"));
      }
    }
    for (int i = 0; i < segments.size(); i++) {
      String column = segments.get(i).column();
      if (!map.segments().contains(column)) {
        errors.add(
            new FieldError(
                "segments[" + i + "].column",
                "wish map " + map.id() + " has no segment column '" + column + "'"));
      }
    }
    return errors;
  }
}
