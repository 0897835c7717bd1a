package io.cohesion.core.redthread.internal;

import io.cohesion.core.privacy.SmallGroupRule;
import io.cohesion.core.wishmap.WishMapResponse;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The segments of one segment column, in key order, with the small-group rule applied over that
 * partition. Respondents without a value in the column belong to no segment.
 */
public final class Segmentation {
  private Segmentation() {}

  /** One segment: its key, its respondents (positions in the response list) and its fate. */
  public static final class Segment {
    private final String value;
    private final int[] members;
    private final boolean suppressed;

    Segment(String value, int[] members, boolean suppressed) {
      this.value = value;
      this.members = members;
      this.suppressed = suppressed;
    }

    /** The segment key. */
    public String value() {
      return value;
    }

    /** Positions of the segment's respondents in the response list. Do not modify. */
    public int[] members() {
      return members;
    }

    /** Whether the small-group rule suppresses the segment. */
    public boolean suppressed() {
      return suppressed;
    }
  }

  /** The segments of {@code column}. */
  public static List<Segment> of(
      List<WishMapResponse> responses, String column, SmallGroupRule rule) {
    Map<String, int[]> groups = new TreeMap<>();
    Map<String, Integer> sizes = new TreeMap<>();
    for (int i = 0; i < responses.size(); i++) {
      String value = responses.get(i).segments().get(column);
      if (value == null) {
        continue;
      }
      int size = sizes.getOrDefault(value, 0);
      int[] members = groups.get(value);
      if (members == null || members.length == size) {
        members = Arrays.copyOf(members == null ? new int[0] : members, Math.max(8, size * 2));
        groups.put(value, members);
      }
      members[size] = i;
      sizes.put(value, size + 1);
    }
    int[] counts = sizes.values().stream().mapToInt(Integer::intValue).toArray();
    boolean[] suppressed = rule.suppressed(counts);
    List<Segment> segments = new ArrayList<>(counts.length);
    int g = 0;
    for (Map.Entry<String, int[]> group : groups.entrySet()) {
      segments.add(
          new Segment(group.getKey(), Arrays.copyOf(group.getValue(), counts[g]), suppressed[g]));
      g++;
    }
    return segments;
  }
}
