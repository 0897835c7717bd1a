package io.cohesion.examples.scenario;

import static java.util.Objects.requireNonNull;

import io.cohesion.core.Identifiers;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An idea for the creative activity, as a workshop writes it down before ranking the ideas by fit.
 *
 * @param id a short id
 * @param name what the activity is called
 * @param targets the values it plays into, each with a weight
 * @param targetSegment the segment it is aimed at ({@code column → value}), empty for everyone
 * @param partnerNetworks the networks it is organised with
 * @param sustainabilityLink how sustainability gets a place in it, if it does
 * @param benefit what is in it for those who join ("boter bij de vis"), if anything
 */
public record ActivityIdea(
    String id,
    String name,
    List<Target> targets,
    Map<String, String> targetSegment,
    List<String> partnerNetworks,
    Optional<String> sustainabilityLink,
    Optional<String> benefit) {
  public ActivityIdea {
    Identifiers.check("activity idea id", id);
    requireNonNull(name, "name of activity idea " + id);
    targets = List.copyOf(targets);
    targetSegment = Map.copyOf(targetSegment);
    partnerNetworks = List.copyOf(partnerNetworks);
    requireNonNull(sustainabilityLink, "sustainability link of activity idea " + id);
    requireNonNull(benefit, "benefit of activity idea " + id);
    if (targets.isEmpty()) {
      throw new IllegalArgumentException("activity idea " + id + " targets no value");
    }
    if (targetSegment.size() > 1) {
      throw new IllegalArgumentException(
          "activity idea " + id + " may target one segment, got " + targetSegment);
    }
  }

  /**
   * A value an activity plays into.
   *
   * @param code the value code
   * @param weight how much the activity plays into it, greater than zero
   */
  public record Target(String code, double weight) {
    public Target {
      Identifiers.check("target value code", code);
      if (!(weight > 0) || !Double.isFinite(weight)) {
        throw new IllegalArgumentException(
            "the weight of target value " + code + " must be positive, got " + weight);
      }
    }
  }
}
