package io.cohesion.core.privacy;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.IntFunction;
import org.apiguardian.api.API;

/**
 * The groups of declared partitions as cells: for each column, the respondents that carry each key,
 * in {@link KeyOrder}. The red thread, the scoring of a stored wave and the rules over later states
 * all build their cells here, so they weigh the same groups in the same order.
 */
@API(status = INTERNAL, since = "0.1.0")
public final class GroupCells {
  private GroupCells() {}

  /**
   * One group of one column.
   *
   * @param column the column
   * @param key the group's key in it
   * @param members the positions of its respondents, ascending
   */
  public record Group(String column, String key, int[] members) {}

  /**
   * The groups of {@code columns} among {@code members}.
   *
   * @param members the positions considered, ascending
   * @param keysOf each position's key per column (a column it has no key in is absent)
   * @param declared per column whose values are declared, its codes in declared order; a value of
   *     such a column outside them forms no group
   */
  public static List<Group> of(
      List<String> columns,
      int[] members,
      IntFunction<Map<String, String>> keysOf,
      Map<String, List<String>> declared) {
    List<Group> groups = new ArrayList<>();
    for (String column : columns) {
      List<String> codes = declared.get(column);
      Map<String, List<Integer>> byKey = new TreeMap<>(order(codes));
      for (int p : members) {
        String key = keysOf.apply(p).get(column);
        if (key != null && isGroup(key, codes)) {
          byKey.computeIfAbsent(key, x -> new ArrayList<>()).add(p);
        }
      }
      byKey.forEach(
          (key, in) ->
              groups.add(
                  new Group(column, key, in.stream().mapToInt(Integer::intValue).toArray())));
    }
    return groups;
  }

  /**
   * The groups of one column whose keys were numbered as they were read: the same groups, in the
   * same order, as {@link #of} finds from each position's key.
   *
   * @param keys the column's keys by number
   * @param members per key number, the positions that have it, ascending
   * @param codes the column's codes in declared order, or null when its values are not declared
   */
  public static List<Group> ofNumbered(
      String column, List<String> keys, int[][] members, List<String> codes) {
    List<Integer> numbers = new ArrayList<>();
    for (int key = 0; key < keys.size(); key++) {
      if (isGroup(keys.get(key), codes)) {
        numbers.add(key);
      }
    }
    Comparator<String> order = order(codes);
    numbers.sort((a, b) -> order.compare(keys.get(a), keys.get(b)));
    List<Group> groups = new ArrayList<>(numbers.size());
    for (int key : numbers) {
      groups.add(new Group(column, keys.get(key), members[key]));
    }
    return groups;
  }

  /** In a declared column a value outside the declaration (stored before it) is no group. */
  private static boolean isGroup(String key, List<String> codes) {
    return codes == null || codes.contains(key);
  }

  private static Comparator<String> order(List<String> codes) {
    return KeyOrder.of(codes == null ? List.of() : codes);
  }
}
