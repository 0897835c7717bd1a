package io.cohesion.core.privacy;

/**
 * Who a release of figures is for, and the smallest group it may describe (see
 * docs/privacy.md#who-is-bound).
 *
 * <p>A {@link Bound} audience may not read raw responses (a researcher, an ambassador, an anonymous
 * page): it only sees figures of closed waves, under the leverage rule with its {@code k}, which a
 * {@link DisclosurePolicy} never lets fall below the configured floor. A {@link RawData} audience
 * holds the raw responses anyway (a coordinator, the command line on the user's own file): it sees
 * live figures with any {@code k} of 1 or more.
 */
public sealed interface Audience {

  /** The smallest number of respondents a released combination of figures may single out. */
  int k();

  /**
   * The {@code k} a release state is cut with: the floor for a bound audience (a larger {@code k}
   * only hides more cells of that state), {@link #k()} for an audience that holds the raw data.
   */
  int cutK();

  /** Whether the audience is bound by the release states and the floor. */
  boolean bound();

  /** An audience that holds the raw data with {@code k} 1 or more. */
  static Audience rawData(int k) {
    return new RawData(k);
  }

  /**
   * An audience that holds the raw responses anyway and chooses its own {@code k}.
   *
   * @param k at least 1
   */
  record RawData(int k) implements Audience {
    public RawData {
      if (k < 1) {
        throw new IllegalArgumentException("k must be at least 1, got " + k);
      }
    }

    @Override
    public boolean bound() {
      return false;
    }

    @Override
    public int cutK() {
      return k;
    }
  }

  /**
   * An audience that may not read raw responses. Obtain one from {@link DisclosurePolicy#bound()}
   * so that its {@code k} is never below the floor.
   *
   * @param floor the policy's floor, at least 1: states are cut with it
   * @param k at least the floor: cells of fewer than {@code k} are hidden as well
   */
  record Bound(int floor, int k) implements Audience {
    public Bound {
      if (floor < 1) {
        throw new IllegalArgumentException("the floor must be at least 1, got " + floor);
      }
      if (k < floor) {
        throw new IllegalArgumentException("k must be at least the floor " + floor + ", got " + k);
      }
    }

    @Override
    public boolean bound() {
      return true;
    }

    @Override
    public int cutK() {
      return floor;
    }
  }
}
