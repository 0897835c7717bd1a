package io.cohesion.core.redthread.internal;

import io.cohesion.core.scoring.spi.TargetGroup;
import io.cohesion.core.scoring.spi.UrgencyStrategy;
import io.cohesion.core.wishmap.WishMapResponse;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/** A {@link TargetGroup} over some of the respondents of a wish map. */
public final class Group implements TargetGroup {
  private final boolean overall;
  private final Respondents members;
  private final List<Set<String>> networks;
  private final double[] urgency;

  /**
   * @param all every respondent
   * @param responses the responses behind {@code all}, in the same order
   * @param indices the group's respondents, or {@code null} for everyone
   * @param strategy aggregates urgency
   */
  public Group(
      Respondents all, List<WishMapResponse> responses, int[] indices, UrgencyStrategy strategy) {
    this.overall = indices == null;
    this.members = overall ? all : all.subset(indices);
    this.networks =
        overall
            ? responses.stream().map(WishMapResponse::networks).toList()
            : Arrays.stream(indices).mapToObj(i -> responses.get(i).networks()).toList();
    this.urgency = new double[all.k];
    int[] ones = new int[members.n];
    Arrays.fill(ones, 1);
    for (int v = 0; v < all.k; v++) {
      urgency[v] = strategy.aggregate(members.urgency[v], ones);
    }
  }

  @Override
  public boolean overall() {
    return overall;
  }

  @Override
  public double urgency(String valueCode) {
    for (int v = 0; v < members.k; v++) {
      if (members.codes[v].equals(valueCode)) {
        return urgency[v];
      }
    }
    throw new IllegalArgumentException(
        "unknown value code '" + valueCode + "'; values are " + Arrays.toString(members.codes));
  }

  @Override
  public double reach(Set<String> partnerNetworks) {
    if (networks.isEmpty()) {
      return Double.NaN;
    }
    int reached = 0;
    for (Set<String> own : networks) {
      for (String partner : partnerNetworks) {
        if (own.contains(partner)) {
          reached++;
          break;
        }
      }
    }
    return (double) reached / networks.size();
  }
}
