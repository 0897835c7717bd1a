package io.cohesion.core.privacy;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

/**
 * Who a release of figures is for, and the smallest group it may describe (see
 * docs/privacy.md#who-is-bound).
 *
 * <p>A {@link Bound} audience may not read raw responses (a researcher, an ambassador, an anonymous
 * page): it only sees figures of closed waves, under the leverage rule with its {@code k}, which a
 * {@link DisclosurePolicy} never lets fall below the configured floor. A {@link RawData} audience
 * holds the raw responses anyway (a coordinator, the command line on the user's own file): it sees
 * live figures. Both cut a release with their {@code floor} — for a server the configured floor,
 * which a request cannot lower; for the command line on one's own file, whatever {@code --k-min}
 * says — and a larger {@code k} only hides the cells of fewer than {@code k} as well.
 */
@API(status = STABLE, since = "0.1.0")
public sealed interface Audience {

  /** The smallest number of respondents a released combination of figures may single out. */
  int k();

  /**
   * The {@code k} a release is cut with, the floor: a larger {@link #k()} only hides more cells of
   * that release.
   */
  int cutK();

  /** Whether the audience is bound by the release states and the floor. */
  boolean bound();

  /**
   * An audience that holds the raw data and chooses its own {@code k} of 1 or more: the command
   * line on the user's own file. A server's coordinator is given one by {@link
   * DisclosurePolicy#rawData}, never below the floor.
   */
  static Audience rawData(int k) {
    return new RawData(k, k);
  }

  private static void check(int floor, int k) {
    if (floor < 1) {
      throw new IllegalArgumentException("the floor must be at least 1, got " + floor);
    }
    if (k < floor) {
      throw new IllegalArgumentException("k must be at least the floor " + floor + ", got " + k);
    }
  }

  /**
   * An audience that holds the raw responses anyway and sees live figures.
   *
   * @param floor at least 1: releases are cut with it
   * @param k at least the floor: cells of fewer than {@code k} are hidden as well
   */
  record RawData(int floor, int k) implements Audience {
    public RawData {
      check(floor, k);
    }

    @Override
    public boolean bound() {
      return false;
    }

    @Override
    public int cutK() {
      return floor;
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
      check(floor, k);
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
