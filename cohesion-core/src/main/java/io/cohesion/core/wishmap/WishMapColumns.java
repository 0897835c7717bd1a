package io.cohesion.core.wishmap;

import static java.util.Objects.requireNonNull;
import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.cohesion.core.ResponseRange;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apiguardian.api.API;

/**
 * The responses to a {@link WishMap} as columns: what the red thread reads of them (answers, top
 * choices, segments, networks) in primitive arrays and numbered texts, without an object per
 * response. A file of a million responses is read into these instead of a million {@link
 * WishMapResponse}s (docs/performance.md).
 *
 * <p>Respondents are numbered from 0 in the order they were added. Each respondent's answers fit
 * the map as {@link WishMap#check(WishMapResponse)} requires; pseudonyms, willingness and wishes
 * are not kept, since the red thread does not read them.
 */
@API(status = EXPERIMENTAL, since = "0.3.0")
public final class WishMapColumns {
  private final WishMap map;
  private final int n;
  private final double[][] importance;
  private final double[][] satisfaction;
  private final int[] top;
  private final int[][] segmentKeys;
  private final List<List<String>> segmentTexts;
  private final List<String> networkNames;
  private final int[] networkStarts;
  private final int[] networkIds;

  private WishMapColumns(Builder b) {
    this.map = b.map;
    this.n = b.n;
    this.importance = new double[b.k][];
    this.satisfaction = new double[b.k][];
    for (int v = 0; v < b.k; v++) {
      importance[v] = Arrays.copyOf(b.importance[v], n);
      satisfaction[v] = Arrays.copyOf(b.satisfaction[v], n);
    }
    this.top = Arrays.copyOf(b.top, n * b.t);
    this.segmentKeys = new int[b.segmentKeys.length][];
    this.segmentTexts = new ArrayList<>(b.segmentKeys.length);
    for (int c = 0; c < segmentKeys.length; c++) {
      segmentKeys[c] = Arrays.copyOf(b.segmentKeys[c], n);
      segmentTexts.add(List.copyOf(b.segmentTexts.get(c)));
    }
    this.networkNames = List.copyOf(b.networkNames);
    this.networkStarts = Arrays.copyOf(b.networkStarts, n + 1);
    this.networkIds = Arrays.copyOf(b.networkIds, networkStarts[n]);
  }

  /** A builder of the columns of responses to {@code map}. */
  public static Builder builder(WishMap map) {
    return new Builder(map, 16);
  }

  /** A builder with room for {@code expected} respondents before it grows. */
  public static Builder builder(WishMap map, int expected) {
    return new Builder(map, Math.max(1, expected));
  }

  /**
   * The columns of {@code responses}, in their order.
   *
   * @throws IllegalArgumentException when a response does not fit {@code map}
   */
  public static WishMapColumns of(WishMap map, List<WishMapResponse> responses) {
    Builder builder = new Builder(map, Math.max(1, responses.size()));
    int k = map.values().size();
    double[] imp = new double[k];
    double[] sat = new double[k];
    String[] segments = new String[map.segments().size()];
    for (WishMapResponse response : responses) {
      for (int v = 0; v < k; v++) {
        String code = map.values().get(v).code();
        Double i = response.importance().get(code);
        imp[v] = i == null ? Double.NaN : i;
        Double s = response.satisfaction().get(code);
        sat[v] = s == null ? Double.NaN : s;
      }
      for (String code : response.importance().keySet()) {
        requireKnown(map, code);
      }
      for (String code : response.satisfaction().keySet()) {
        requireKnown(map, code);
      }
      List<String> choices = response.topChoices();
      int[] top = new int[choices.size()];
      for (int p = 0; p < top.length; p++) {
        top[p] = requireKnown(map, choices.get(p));
      }
      for (String column : response.segments().keySet()) {
        if (!map.segments().contains(column)) {
          throw new IllegalArgumentException(
              "unknown segment column '" + column + "'; this wish map has " + map.segments());
        }
      }
      for (int c = 0; c < segments.length; c++) {
        segments[c] = response.segments().get(map.segments().get(c));
      }
      builder.add(imp, sat, top, segments, response.networks());
    }
    return builder.build();
  }

  private static int requireKnown(WishMap map, String code) {
    int index = map.indexOf(code);
    if (index < 0) {
      throw new IllegalArgumentException("unknown value code '" + code + "'");
    }
    return index;
  }

  /** The wish map the responses answer. */
  public WishMap map() {
    return map;
  }

  /** The number of respondents. */
  public int size() {
    return n;
  }

  /** The importance respondent {@code i} gave value {@code v} (map order); NaN when missing. */
  public double importance(int v, int i) {
    return importance[v][i];
  }

  /** The satisfaction respondent {@code i} gave value {@code v} (map order); NaN when missing. */
  public double satisfaction(int v, int i) {
    return satisfaction[v][i];
  }

  /**
   * The value (its position in the map) respondent {@code i} named as top choice {@code p + 1}; -1
   * when they named fewer. Top choices come first: after a -1 there is none.
   */
  public int topChoice(int i, int p) {
    return top[i * map.topChoices() + p];
  }

  /**
   * The key respondent {@code i} has in segment column {@code c} (its position in {@link
   * WishMap#segments()}), as a position in {@link #segmentKeys(int)}; -1 when they have none.
   */
  public int segmentKey(int c, int i) {
    return segmentKeys[c][i];
  }

  /** The keys found in segment column {@code c}, in the order they first appeared. */
  public List<String> segmentKeys(int c) {
    return segmentTexts.get(c);
  }

  /** Every network any respondent named, in the order they first appeared. */
  public List<String> networkNames() {
    return networkNames;
  }

  /** How many networks respondent {@code i} named (each once). */
  public int networkCount(int i) {
    return networkStarts[i + 1] - networkStarts[i];
  }

  /**
   * Network {@code j} of respondent {@code i}, as a position in {@link #networkNames()}, for {@code
   * j} below {@link #networkCount(int)}.
   */
  public int network(int i, int j) {
    return networkIds[networkStarts[i] + j];
  }

  /** Adds respondents one at a time; not for use by several threads at once. */
  public static final class Builder {
    private final WishMap map;
    private final int k;
    private final int t;
    private final Optional<ResponseRange> importanceScale;
    private final Optional<ResponseRange> satisfactionScale;

    /** Per segment column its declared codes, null when its values are not declared. */
    private final List<Set<String>> declaredCodes = new ArrayList<>();

    private int capacity;
    private int n;
    private double[][] importance;
    private double[][] satisfaction;
    private int[] top;
    private int[][] segmentKeys;
    private final List<Map<String, Integer>> segmentNumbers = new ArrayList<>();
    private final List<List<String>> segmentTexts = new ArrayList<>();
    private final Map<String, Integer> networkNumbers = new HashMap<>();
    private final List<String> networkNames = new ArrayList<>();
    private int[] networkStarts;
    private int[] networkIds;

    private Builder(WishMap map, int capacity) {
      this.map = requireNonNull(map, "wish map");
      this.k = map.values().size();
      this.t = map.topChoices();
      this.importanceScale = map.importanceScale();
      this.satisfactionScale = map.satisfactionScale();
      int columns = map.segments().size();
      for (int c = 0; c < columns; c++) {
        declaredCodes.add(
            map.declaration(map.segments().get(c)).map(d -> Set.copyOf(d.codes())).orElse(null));
        segmentNumbers.add(new HashMap<>());
        segmentTexts.add(new ArrayList<>());
      }
      this.capacity = capacity;
      this.importance = new double[k][capacity];
      this.satisfaction = new double[k][capacity];
      this.top = new int[capacity * t];
      this.segmentKeys = new int[columns][capacity];
      this.networkStarts = new int[capacity + 1];
      this.networkIds = new int[capacity];
    }

    /**
     * Adds one respondent; the arguments are copied, so the caller may reuse them.
     *
     * @param importance per value (map order) the importance answer, NaN when missing
     * @param satisfaction per value (map order) the satisfaction answer, NaN when missing
     * @param topChoices the values (positions in the map) named as top choices, most important
     *     first
     * @param segments per segment column of the map (in its order) the respondent's key, null when
     *     none
     * @param networks the networks the respondent takes part in (a name given twice counts once)
     * @throws IllegalArgumentException when the answers do not fit the map, as {@link
     *     WishMap#check(WishMapResponse)} says; nothing is added then
     */
    public Builder add(
        double[] importance,
        double[] satisfaction,
        int[] topChoices,
        String[] segments,
        Collection<String> networks) {
      check(importance, importanceScale, "importance");
      check(satisfaction, satisfactionScale, "satisfaction");
      if (topChoices.length > t) {
        throw new IllegalArgumentException(
            "at most " + t + " top choices, got " + topChoices.length);
      }
      for (int p = 0; p < topChoices.length; p++) {
        int v = topChoices[p];
        if (v < 0 || v >= k) {
          throw new IllegalArgumentException("no value at position " + v);
        }
        for (int q = 0; q < p; q++) {
          if (topChoices[q] == v) {
            throw new IllegalArgumentException(
                "value '" + map.values().get(v).code() + "' is already a top choice");
          }
        }
      }
      if (segments.length != segmentKeys.length) {
        throw new IllegalArgumentException(
            "a key (or null) per segment column " + map.segments() + ", got " + segments.length);
      }
      for (int c = 0; c < segments.length; c++) {
        String key = segments[c];
        Set<String> declared = declaredCodes.get(c);
        if (key != null && declared != null && !declared.contains(key)) {
          throw new IllegalArgumentException(
              "not a declared value of "
                  + map.segments().get(c)
                  + "; this wish map declares "
                  + map.declaration(map.segments().get(c)).orElseThrow().codes());
        }
      }
      if (n == capacity) {
        grow();
      }
      for (int v = 0; v < k; v++) {
        this.importance[v][n] = importance[v];
        this.satisfaction[v][n] = satisfaction[v];
      }
      Arrays.fill(top, n * t, (n + 1) * t, -1);
      System.arraycopy(topChoices, 0, top, n * t, topChoices.length);
      for (int c = 0; c < segments.length; c++) {
        segmentKeys[c][n] = segments[c] == null ? -1 : number(segments[c], c);
      }
      int start = networkStarts[n];
      int end = start;
      for (String network : networks) {
        int id = networkNumbers.computeIfAbsent(requireNonNull(network, "network"), this::named);
        boolean twice = false;
        for (int j = start; j < end; j++) {
          twice |= networkIds[j] == id;
        }
        if (!twice) {
          if (end == networkIds.length) {
            networkIds = Arrays.copyOf(networkIds, Math.max(16, end + (end >> 1)));
          }
          networkIds[end++] = id;
        }
      }
      n++;
      networkStarts[n] = end;
      return this;
    }

    /**
     * Adds every respondent of {@code part}, in its order, as {@link #add} would add them one by
     * one: keys and networks the part names first are numbered after those seen so far.
     *
     * @throws IllegalArgumentException when {@code part} answers another wish map
     */
    public Builder addAll(WishMapColumns part) {
      if (!part.map.equals(map)) {
        throw new IllegalArgumentException(
            "columns of wish map " + part.map.id() + ", not of " + map.id());
      }
      int m = part.n;
      while (capacity - n < m) {
        grow();
      }
      for (int v = 0; v < k; v++) {
        System.arraycopy(part.importance[v], 0, importance[v], n, m);
        System.arraycopy(part.satisfaction[v], 0, satisfaction[v], n, m);
      }
      System.arraycopy(part.top, 0, top, n * t, m * t);
      for (int c = 0; c < segmentKeys.length; c++) {
        List<String> keys = part.segmentTexts.get(c);
        int[] renumber = new int[keys.size()];
        for (int key = 0; key < renumber.length; key++) {
          renumber[key] = number(keys.get(key), c);
        }
        int[] from = part.segmentKeys[c];
        int[] to = segmentKeys[c];
        for (int i = 0; i < m; i++) {
          to[n + i] = from[i] < 0 ? -1 : renumber[from[i]];
        }
      }
      int[] renumber = new int[part.networkNames.size()];
      for (int id = 0; id < renumber.length; id++) {
        renumber[id] = networkNumbers.computeIfAbsent(part.networkNames.get(id), this::named);
      }
      int base = networkStarts[n];
      int count = part.networkStarts[m];
      if (networkIds.length < base + count) {
        networkIds = Arrays.copyOf(networkIds, Math.max(base + count, base + (base >> 1)));
      }
      for (int j = 0; j < count; j++) {
        networkIds[base + j] = renumber[part.networkIds[j]];
      }
      for (int i = 1; i <= m; i++) {
        networkStarts[n + i] = base + part.networkStarts[i];
      }
      n += m;
      return this;
    }

    private void check(double[] answers, Optional<ResponseRange> range, String field) {
      if (answers.length != k) {
        throw new IllegalArgumentException(
            "an answer (or NaN) per value of the map, " + k + ", got " + answers.length);
      }
      for (int v = 0; v < k; v++) {
        double answer = answers[v];
        if (Double.isNaN(answer)) {
          continue;
        }
        String code = map.values().get(v).code();
        if (range.isEmpty()) {
          throw new IllegalArgumentException(
              field + "." + code + ": this wish map asks no " + field);
        }
        if (!range.get().contains(answer)) {
          throw new IllegalArgumentException(
              field + "." + code + ": must be within " + range.get() + ", got " + answer);
        }
      }
    }

    private int number(String key, int c) {
      Integer number = segmentNumbers.get(c).get(key);
      if (number == null) {
        number = segmentTexts.get(c).size();
        segmentNumbers.get(c).put(key, number);
        segmentTexts.get(c).add(key);
      }
      return number;
    }

    private int named(String network) {
      networkNames.add(network);
      return networkNames.size() - 1;
    }

    private void grow() {
      capacity = Math.max(16, capacity + (capacity >> 1));
      for (int v = 0; v < k; v++) {
        importance[v] = Arrays.copyOf(importance[v], capacity);
        satisfaction[v] = Arrays.copyOf(satisfaction[v], capacity);
      }
      top = Arrays.copyOf(top, capacity * t);
      for (int c = 0; c < segmentKeys.length; c++) {
        segmentKeys[c] = Arrays.copyOf(segmentKeys[c], capacity);
      }
      networkStarts = Arrays.copyOf(networkStarts, capacity + 1);
    }

    /** The number of respondents added so far. */
    public int size() {
      return n;
    }

    /** The columns of the respondents added so far. */
    public WishMapColumns build() {
      return new WishMapColumns(this);
    }
  }
}
