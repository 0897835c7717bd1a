package io.cohesion.examples.scenario;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Map;

/**
 * How one segment of residents answers a wish map: its value profile, how likely its members take
 * part in each network, how willing they are, and the wishes they write down.
 *
 * @param name the segment value, for example {@code young_parents}
 * @param size how many respondents the segment has in the synthetic survey
 * @param profile the mean importance and satisfaction per value
 * @param networks network name to the chance that a member takes part
 * @param willingness the mean willingness to take part (1–5)
 * @param wishes wishes a member may write down
 */
record SegmentModel(
    String name,
    int size,
    ValueProfile profile,
    Map<String, Double> networks,
    double willingness,
    List<String> wishes) {
  SegmentModel {
    requireNonNull(name, "name");
    requireNonNull(profile, "profile of segment " + name);
    if (size < 0) {
      throw new IllegalArgumentException("segment " + name + " has a negative size " + size);
    }
    networks = Map.copyOf(networks);
    wishes = List.copyOf(wishes);
  }
}
