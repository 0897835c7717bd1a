package io.cohesion.core.privacy;

import static java.util.Objects.requireNonNull;
import static org.apiguardian.api.API.Status.INTERNAL;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import org.apiguardian.api.API;

/**
 * The responses a wave holds now, as the cells of its counts see them: the columns a bound caller
 * may group them by, and each response's key in each. {@link StateRules} rebuilds the cells of
 * every state of the wave from it, over one index of respondents.
 *
 * @param columns the columns in declaration order (for a wish map its segment columns, then one
 *     column per declared network whose members carry a key; for a measurement its attribute
 *     columns)
 * @param ids the stored response ids, strictly ascending
 * @param keys per response, in the order of {@code ids}, its key in each column it has one in
 * @param declared per column whose values are declared, its codes in declared order: groups are
 *     weighed in {@link KeyOrder}
 * @param answered per kind of per-value figure (for example {@code importance green} or {@code item
 *     v1}), the positions in {@code ids} of the responses that answered it, ascending: a state's
 *     cells of that kind are its count cells narrowed to these respondents
 */
@API(status = INTERNAL, since = "0.1.0")
public record WaveGroups(
    List<String> columns,
    long[] ids,
    List<Map<String, String>> keys,
    Map<String, List<String>> declared,
    SortedMap<String, int[]> answered) {

  /** Groups of columns that declare no values. */
  public WaveGroups(List<String> columns, long[] ids, List<Map<String, String>> keys) {
    this(columns, ids, keys, Map.of());
  }

  /** Groups without per-value kinds. */
  public WaveGroups(
      List<String> columns,
      long[] ids,
      List<Map<String, String>> keys,
      Map<String, List<String>> declared) {
    this(columns, ids, keys, declared, new TreeMap<>());
  }

  public WaveGroups {
    declared = Map.copyOf(declared);
    TreeMap<String, int[]> kinds = new TreeMap<>();
    requireNonNull(answered, "answered")
        .forEach((kind, positions) -> kinds.put(kind, positions.clone()));
    answered = Collections.unmodifiableSortedMap(kinds);
    columns = List.copyOf(columns);
    ids = requireNonNull(ids, "ids").clone();
    keys = List.copyOf(keys);
    if (ids.length != keys.size()) {
      throw new IllegalArgumentException(
          "one set of keys per response: " + ids.length + " ids, " + keys.size() + " key sets");
    }
    for (int i = 1; i < ids.length; i++) {
      if (ids[i] <= ids[i - 1]) {
        throw new IllegalArgumentException(
            "response ids are strictly ascending; got " + ids[i] + " after " + ids[i - 1]);
      }
    }
  }

  /**
   * These groups with the per-value kinds {@code answered} gives: for each response, in the order
   * of {@link #ids()}, the kinds it answered.
   */
  public WaveGroups withAnswered(List<? extends Collection<String>> answered) {
    if (answered.size() != ids.length) {
      throw new IllegalArgumentException(
          "one set of kinds per response: " + ids.length + " ids, " + answered.size() + " sets");
    }
    Map<String, List<Integer>> positions = new TreeMap<>();
    for (int i = 0; i < answered.size(); i++) {
      for (String kind : answered.get(i)) {
        positions.computeIfAbsent(kind, x -> new ArrayList<>()).add(i);
      }
    }
    TreeMap<String, int[]> kinds = new TreeMap<>();
    positions.forEach(
        (kind, at) -> kinds.put(kind, at.stream().mapToInt(Integer::intValue).toArray()));
    return new WaveGroups(columns, ids, keys, declared, kinds);
  }

  /** The response ids, ascending (a copy). */
  @Override
  public long[] ids() {
    return ids.clone();
  }

  /**
   * The position of response {@code id} in {@link #ids()}, or a negative number if it is absent.
   */
  public int positionOf(long id) {
    return Arrays.binarySearch(ids, id);
  }

  /**
   * Reads a wave's groups now: its response ids from {@code statuses}, paired in order with the
   * keys of the responses {@code live} reads (in the order stored, which is ascending id). When an
   * answer is added or erased while reading, it reads again.
   *
   * @throws io.cohesion.core.ConflictException if the wave keeps changing while it is read
   */
  public static WaveGroups read(
      WaveStatusRepository statuses,
      WaveId wave,
      List<String> columns,
      Supplier<List<Map<String, String>>> live) {
    return read(statuses, wave, columns, Map.of(), live);
  }

  /** One response as the groups see it: its key per column and the per-value kinds it answered. */
  public record Row(Map<String, String> keys, List<String> answered) {
    public Row {
      keys = Map.copyOf(keys);
      answered = List.copyOf(answered);
    }
  }

  /**
   * {@link #read} of responses that also carry the per-value kinds they answered ({@link
   * #answered()}); {@code live} reads every response of the wave in stored order.
   */
  public static <R> WaveGroups read(
      WaveStatusRepository statuses,
      WaveId wave,
      List<String> columns,
      Map<String, List<String>> declared,
      Function<R, Row> row,
      Consumer<Consumer<R>> live) {
    List<List<String>> answered = new ArrayList<>();
    return read(
            statuses,
            wave,
            columns,
            declared,
            () -> {
              answered.clear();
              List<Map<String, String>> keys = new ArrayList<>();
              live.accept(
                  response -> {
                    Row seen = row.apply(response);
                    keys.add(seen.keys());
                    answered.add(seen.answered());
                  });
              return keys;
            })
        .withAnswered(answered);
  }

  /** {@link #read} for columns of which some declare their values ({@code declared}). */
  public static WaveGroups read(
      WaveStatusRepository statuses,
      WaveId wave,
      List<String> columns,
      Map<String, List<String>> declared,
      Supplier<List<Map<String, String>>> live) {
    StoredResponses<Map<String, String>> read = StoredResponses.read(statuses, wave, live);
    return new WaveGroups(columns, read.ids(), read.responses(), declared);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof WaveGroups g
        && columns.equals(g.columns)
        && Arrays.equals(ids, g.ids)
        && keys.equals(g.keys)
        && declared.equals(g.declared)
        && sameKinds(answered, g.answered);
  }

  private static boolean sameKinds(SortedMap<String, int[]> a, SortedMap<String, int[]> b) {
    if (!a.keySet().equals(b.keySet())) {
      return false;
    }
    for (Map.Entry<String, int[]> kind : a.entrySet()) {
      if (!Arrays.equals(kind.getValue(), b.get(kind.getKey()))) {
        return false;
      }
    }
    return true;
  }

  @Override
  public int hashCode() {
    return ((columns.hashCode() * 31 + Arrays.hashCode(ids)) * 31 + keys.hashCode()) * 31
        + declared.hashCode()
        + 17 * answered.keySet().hashCode();
  }

  @Override
  public String toString() {
    return "WaveGroups[columns=" + columns + ", n=" + ids.length + "]";
  }
}
