package io.cohesion.core.engagement.internal;

import io.cohesion.core.neighbourhood.NeighbourhoodId;
import io.cohesion.core.privacy.Pseudonym;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The monthly cuts already made for bound readers, per neighbourhood and {@code k} the cut was made
 * with, at most {@link #CAPACITY} of them (least recently read goes first).
 *
 * <p>Each month keeps the cells it was cut over as households, so that a month is reused only while
 * the data still give exactly those cells: a month that is over does not change through the use
 * case (a move counts from the month it is recorded in), but a record erased or changed in the
 * store behind it would change it, and then that month and every later one are cut again.
 */
final class MonthCache {
  static final int CAPACITY = 256;

  record Key(NeighbourhoodId neighbourhood, int k) {}

  /**
   * One month's cut.
   *
   * @param end the last day of the month
   * @param cells each cell's households, in release order
   * @param hidden which cells the cut suppressed
   */
  record Month(LocalDate end, List<List<Pseudonym>> cells, boolean[] hidden) {
    boolean sameCells(LocalDate otherEnd, List<List<Pseudonym>> otherCells) {
      return end.equals(otherEnd) && cells.equals(otherCells);
    }
  }

  private final Map<Key, List<Month>> months =
      new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Key, List<Month>> eldest) {
          return size() > CAPACITY;
        }
      };

  synchronized Optional<List<Month>> get(Key key) {
    return Optional.ofNullable(months.get(key));
  }

  synchronized void put(Key key, List<Month> cut) {
    months.put(key, List.copyOf(cut));
  }
}
