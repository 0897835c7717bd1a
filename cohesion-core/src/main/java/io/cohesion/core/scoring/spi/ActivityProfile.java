package io.cohesion.core.scoring.spi;

import static java.util.Objects.requireNonNull;
import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.cohesion.core.TargetValue;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apiguardian.api.API;

/**
 * What fit scoring needs to know of a candidate activity (docs/scoring.md#55-activity-fit); an
 * activity of the domain is turned into one of these.
 *
 * @param name the activity's name, shown in rankings
 * @param targetValues the values it aims at, each code once
 * @param targetSegments the segments it aims at; empty for everyone
 * @param partnerNetworks the networks (clubs, events) it works with
 * @param sustainabilityLink how it links to the energy transition, if it says
 * @param benefit what is in it for participants ("boter bij de vis"), if it says
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public record ActivityProfile(
    String name,
    List<TargetValue> targetValues,
    List<SegmentKey> targetSegments,
    Set<String> partnerNetworks,
    Optional<String> sustainabilityLink,
    Optional<String> benefit) {
  public ActivityProfile {
    requireNonNull(name, "activity name");
    if (name.isBlank()) {
      throw new IllegalArgumentException("an activity needs a name, got a blank one");
    }
    targetValues = List.copyOf(targetValues);
    targetSegments = List.copyOf(targetSegments);
    partnerNetworks = Set.copyOf(partnerNetworks);
    requireNonNull(sustainabilityLink, "sustainability link of activity " + name);
    requireNonNull(benefit, "benefit of activity " + name);
    Set<String> codes = new HashSet<>();
    for (TargetValue target : targetValues) {
      if (!codes.add(target.code())) {
        throw new IllegalArgumentException(
            "activity " + name + " names target value '" + target.code() + "' twice");
      }
    }
  }

  /** Whether a sustainability link is given and not blank. */
  public boolean hasSustainabilityLink() {
    return sustainabilityLink.filter(s -> !s.isBlank()).isPresent();
  }

  /** Whether a benefit is given and not blank. */
  public boolean hasBenefit() {
    return benefit.filter(s -> !s.isBlank()).isPresent();
  }
}
