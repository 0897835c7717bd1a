package io.cohesion.core.trust;

import static java.util.Objects.requireNonNull;
import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.cohesion.core.ResponseRange;
import io.cohesion.core.privacy.Pseudonym;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apiguardian.api.API;

/**
 * The answers of n respondents to the k items of one scale, ready for scoring: one primitive
 * row-major {@code double[]} of answers (already reversed where an item is reversed, {@code NaN}
 * for a missing answer), the respondents' pseudonyms and an optional group per respondent.
 * Immutable once built.
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public final class ScaleData {

  private final Scale scale;
  private final int rows;
  private final double[] keyed;
  private final String[] respondents;
  private final int[] groupOf;
  private final String[] groupKeys;

  private ScaleData(Builder builder) {
    this(
        builder.scale,
        builder.rows,
        builder.keyed,
        builder.respondents,
        builder.groupOf,
        builder.groupIndex.keySet().toArray(new String[0]),
        builder.groupIndex.values().stream().mapToInt(Integer::intValue).toArray());
  }

  /**
   * @param numbers the number of each of {@code keys} in {@code groupOf}
   */
  private ScaleData(
      Scale scale,
      int rows,
      double[] keyed,
      String[] respondents,
      int[] groupOf,
      String[] keys,
      int[] numbers) {
    this.scale = scale;
    this.rows = rows;
    int cells = rows * scale.size();
    this.keyed = keyed.length == cells ? keyed : Arrays.copyOf(keyed, cells);
    this.respondents = respondents.length == rows ? respondents : Arrays.copyOf(respondents, rows);
    // Groups are numbered in key order so that every table lists them in that order.
    Integer[] order = new Integer[keys.length];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    Arrays.sort(order, (a, b) -> keys[a].compareTo(keys[b]));
    int largest = -1;
    for (int number : numbers) {
      largest = Math.max(largest, number);
    }
    int[] renumber = new int[largest + 1];
    String[] sortedKeys = new String[keys.length];
    for (int sorted = 0; sorted < order.length; sorted++) {
      sortedKeys[sorted] = keys[order[sorted]];
      renumber[numbers[order[sorted]]] = sorted;
    }
    this.groupKeys = sortedKeys;
    this.groupOf = new int[rows];
    for (int row = 0; row < rows; row++) {
      int group = groupOf[row];
      this.groupOf[row] = group < 0 ? -1 : renumber[group];
    }
  }

  /** A builder for data of {@code scale}. */
  public static Builder builder(Scale scale) {
    return new Builder(scale, 16);
  }

  /** A builder for data of {@code scale} that expects about {@code expectedRows} respondents. */
  public static Builder builder(Scale scale, int expectedRows) {
    if (expectedRows < 0) {
      throw new IllegalArgumentException("expectedRows must be >= 0, got " + expectedRows);
    }
    return new Builder(scale, Math.max(expectedRows, 1));
  }

  /**
   * Data whose columns were filled elsewhere, for instance by a reader that parses parts of a file
   * on several cores: the same data, and the same refusal, as adding the rows one by one to a
   * {@link #builder} in row order. The checks run in parallel chunks; the arrays are taken over,
   * not copied, and must not be used by the caller afterwards.
   *
   * @param scale the scale answered
   * @param rows the number of respondents n
   * @param rawAnswers the raw answers, row-major ({@code rows} × k at least), not reversed; NaN
   *     marks a missing answer. Reversed in place.
   * @param respondents the pseudonym of each row (at least {@code rows}), null where none
   * @param groupOf the group of each row (at least {@code rows}) as an index into {@code
   *     groupKeys}, -1 for none
   * @param groupKeys distinct group keys, in any order; those no row has are left out
   * @throws IllegalArgumentException for the first row that {@link Builder#add} would refuse, with
   *     its message, or when the arrays are too short, a group index is out of bounds or a key
   *     repeats
   */
  @API(status = EXPERIMENTAL, since = "0.2.0")
  public static ScaleData ofColumns(
      Scale scale,
      int rows,
      double[] rawAnswers,
      String[] respondents,
      int[] groupOf,
      String[] groupKeys) {
    requireNonNull(scale, "scale");
    int k = scale.size();
    if (rows < 0
        || rawAnswers.length < (long) rows * k
        || respondents.length < rows
        || groupOf.length < rows) {
      throw new IllegalArgumentException(
          "columns too short for " + rows + " rows of " + k + " items");
    }
    if (new HashSet<>(Arrays.asList(groupKeys)).size() != groupKeys.length
        || Arrays.asList(groupKeys).contains(null)) {
      throw new IllegalArgumentException("group keys must be distinct and not null");
    }
    ColumnChecks checks =
        ColumnChecks.run(scale, rows, rawAnswers, respondents, groupOf, groupKeys);
    int refused = checks.firstRefused();
    if (refused < rows) {
      // The builder says why, with its own message: the row is out of range, names no valid
      // pseudonym, or repeats one seen before (its answers, in range, may have been reversed).
      Builder builder = new Builder(scale, 1);
      if (respondents[refused] != null) {
        builder.seenRespondents.add(respondents[refused]);
      }
      double[] answers = new double[k];
      if (checks.refusedAsRepeat()) {
        Arrays.fill(answers, Double.NaN);
      } else {
        System.arraycopy(rawAnswers, refused * k, answers, 0, k);
      }
      builder.add(respondents[refused], answers, null);
      throw new IllegalStateException("row " + refused + " was refused, yet the builder took it");
    }
    int used = 0;
    for (boolean u : checks.usedGroups()) {
      used += u ? 1 : 0;
    }
    String[] keys = new String[used];
    int[] numbers = new int[used];
    for (int g = 0, at = 0; g < groupKeys.length; g++) {
      if (checks.usedGroups()[g]) {
        keys[at] = groupKeys[g];
        numbers[at++] = g;
      }
    }
    return new ScaleData(scale, rows, rawAnswers, respondents, groupOf, keys, numbers);
  }

  /**
   * The data of validated responses.
   *
   * @param scale the scale the responses answer
   * @param responses the responses; an answer to an item the scale does not have is an error
   * @param groupColumn the attribute that groups respondents, or {@code null} for no grouping; a
   *     response without that attribute has no group
   * @throws IllegalArgumentException naming the item of an unknown or out-of-range answer, or a
   *     respondent who appears twice
   */
  public static ScaleData of(Scale scale, List<MeasurementResponse> responses, String groupColumn) {
    Builder builder = new Builder(scale, Math.max(responses.size(), 1));
    double[] raw = new double[scale.size()];
    for (MeasurementResponse response : responses) {
      Arrays.fill(raw, Double.NaN);
      for (Map.Entry<String, Double> answer : response.answers().entrySet()) {
        int index = scale.indexOf(answer.getKey());
        if (index < 0) {
          throw new IllegalArgumentException(
              "respondent "
                  + response.respondent()
                  + " answered item '"
                  + answer.getKey()
                  + "', which scale "
                  + scale.id()
                  + " does not have");
        }
        raw[index] = answer.getValue();
      }
      String group = groupColumn == null ? null : response.attributes().get(groupColumn);
      builder.add(response.respondent().value(), raw, group);
    }
    return builder.build();
  }

  /** The number of respondents n. */
  public int size() {
    return rows;
  }

  /** The scale answered. */
  public Scale scale() {
    return scale;
  }

  /** The group keys present, in key order. */
  public List<String> groups() {
    return List.of(groupKeys);
  }

  /** Whether any respondent has a group. */
  public boolean isGrouped() {
    return groupKeys.length > 0;
  }

  /** The pseudonym of the respondent in {@code row}, if the data named one. */
  public Optional<String> respondent(int row) {
    return Optional.ofNullable(respondents[checkRow(row)]);
  }

  /** The group of the respondent in {@code row}, if any. */
  public Optional<String> group(int row) {
    int group = groupOf[checkRow(row)];
    return group < 0 ? Optional.empty() : Optional.of(groupKeys[group]);
  }

  /** The answer of {@code row} to {@code item} after reversal; NaN when missing. */
  public double keyedAnswer(int row, int item) {
    checkRow(row);
    if (item < 0 || item >= scale.size()) {
      throw new IndexOutOfBoundsException("item " + item + " of " + scale.size());
    }
    return keyed[row * scale.size() + item];
  }

  /** The reversed answers, row-major; shared, not copied: callers in this package only read. */
  double[] keyedMatrix() {
    return keyed;
  }

  /** The group number (key order) of every row, -1 for none; shared, not copied. */
  int[] groupNumbers() {
    return groupOf;
  }

  /** The group keys in key order; shared, not copied. */
  String[] groupKeyArray() {
    return groupKeys;
  }

  /** The pseudonyms per row, null where none; shared, not copied. */
  String[] respondentArray() {
    return respondents;
  }

  private int checkRow(int row) {
    if (row < 0 || row >= rows) {
      throw new IndexOutOfBoundsException("row " + row + " of " + rows);
    }
    return row;
  }

  /** Collects respondents one by one; not thread-safe. */
  public static final class Builder {
    private final Scale scale;
    private final int k;
    private final ResponseRange range;
    private final boolean[] reverse;
    private final Map<String, Integer> groupIndex = new HashMap<>();
    private final Set<String> seenRespondents;
    private double[] keyed;
    private String[] respondents;
    private int[] groupOf;
    private int rows;
    private boolean built;

    private Builder(Scale scale, int capacity) {
      this.scale = requireNonNull(scale, "scale");
      this.k = scale.size();
      this.range = scale.response();
      this.reverse = new boolean[k];
      for (int j = 0; j < k; j++) {
        reverse[j] = scale.items().get(j).reverse();
      }
      this.keyed = new double[Math.multiplyExact(capacity, k)];
      this.respondents = new String[capacity];
      this.groupOf = new int[capacity];
      // Sized for the expected rows so that a million pseudonyms are not rehashed twenty times;
      // the table itself is only allocated with the first pseudonym.
      this.seenRespondents = new HashSet<>((int) Math.min(1 << 30, capacity * 4L / 3 + 1));
    }

    /**
     * Adds one respondent.
     *
     * @param respondent the respondent's pseudonym, or {@code null} when the data names none
     * @param rawAnswers the raw answers in scale item order, not reversed; {@code NaN} marks a
     *     missing answer. The array is copied.
     * @param group the respondent's group, or {@code null} for none
     * @return this builder
     * @throws IllegalArgumentException when the array does not have one answer per item, when an
     *     answer is outside the scale's range or infinite (naming the item), or when the pseudonym
     *     is invalid or was added before
     */
    public Builder add(String respondent, double[] rawAnswers, String group) {
      if (built) {
        throw new IllegalStateException("this builder has built its data already");
      }
      if (rawAnswers.length != k) {
        throw new IllegalArgumentException(
            "scale " + scale.id() + " has " + k + " items, got " + rawAnswers.length + " answers");
      }
      for (int j = 0; j < k; j++) {
        double answer = rawAnswers[j];
        if (!Double.isNaN(answer) && !range.contains(answer)) {
          throw new IllegalArgumentException(
              "item "
                  + scale.items().get(j).id()
                  + ": answer "
                  + answer
                  + " is outside the range "
                  + range);
        }
      }
      if (respondent != null) {
        new Pseudonym(respondent);
        if (!seenRespondents.add(respondent)) {
          throw new IllegalArgumentException(
              "respondent '" + respondent + "' appears more than once");
        }
      }
      if (rows == respondents.length) {
        grow();
      }
      int offset = rows * k;
      for (int j = 0; j < k; j++) {
        double answer = rawAnswers[j];
        keyed[offset + j] = reverse[j] ? range.reverse(answer) : answer;
      }
      respondents[rows] = respondent;
      groupOf[rows] =
          group == null ? -1 : groupIndex.computeIfAbsent(group, g -> groupIndex.size());
      rows++;
      return this;
    }

    /** The data added so far; the builder cannot be used afterwards. */
    public ScaleData build() {
      if (built) {
        throw new IllegalStateException("this builder has built its data already");
      }
      built = true;
      return new ScaleData(this);
    }

    private void grow() {
      int capacity = Math.max(16, respondents.length + (respondents.length >> 1));
      keyed = Arrays.copyOf(keyed, Math.multiplyExact(capacity, k));
      respondents = Arrays.copyOf(respondents, capacity);
      groupOf = Arrays.copyOf(groupOf, capacity);
    }
  }

  @Override
  public String toString() {
    return "ScaleData["
        + scale.id()
        + ", "
        + rows
        + " respondents, "
        + groupKeys.length
        + " groups]";
  }
}
