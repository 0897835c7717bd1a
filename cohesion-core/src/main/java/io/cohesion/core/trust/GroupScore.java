package io.cohesion.core.trust;

import static java.util.Objects.requireNonNull;
import static org.apiguardian.api.API.Status.STABLE;

import io.cohesion.core.scoring.Interval;
import org.apiguardian.api.API;

/**
 * The scale score of one group, published or suppressed under the small-group rule
 * (docs/privacy.md). A suppressed group carries its key and nothing else.
 */
@API(status = STABLE, since = "0.1.0")
public sealed interface GroupScore {

  /** The group's key, the value of the grouping column. */
  String group();

  /** Whether the small-group rule hides this group's figures. */
  boolean suppressed();

  /**
   * A group whose figures may be shown.
   *
   * @param group the key
   * @param n the number of person scores in the group
   * @param mean their mean, NaN when n = 0
   * @param sd their sd, NaN when n &lt; 2
   * @param ci95 the 95% confidence interval of the mean, undefined when n &lt; 2
   */
  record Published(String group, int n, double mean, double sd, Interval ci95)
      implements GroupScore {
    public Published {
      requireNonNull(group, "group");
      if (n < 0) {
        throw new IllegalArgumentException("n of group '" + group + "' must be >= 0, got " + n);
      }
      requireNonNull(ci95, "ci95 of group " + group);
    }

    @Override
    public boolean suppressed() {
      return false;
    }
  }

  /**
   * A group that is too small to show, or that is hidden so a small group cannot be recovered.
   *
   * @param group the key
   */
  record Suppressed(String group) implements GroupScore {
    public Suppressed {
      requireNonNull(group, "group");
    }

    @Override
    public boolean suppressed() {
      return true;
    }
  }
}
