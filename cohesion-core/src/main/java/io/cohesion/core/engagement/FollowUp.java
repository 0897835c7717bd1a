package io.cohesion.core.engagement;

import static java.util.Objects.requireNonNull;
import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.cohesion.core.Identifiers;
import java.time.LocalDate;
import org.apiguardian.api.API;

/**
 * Where the follow-up of a signal stands, and who set it when.
 *
 * @param status open, in progress or done
 * @param by who set it: the id of the ambassador, or {@code coordinator}
 * @param on the day it was set
 */
@API(status = EXPERIMENTAL, since = "0.2.0")
public record FollowUp(FollowUpStatus status, String by, LocalDate on) {
  /** What {@link #by} says when a coordinator set the status. */
  public static final String COORDINATOR = "coordinator";

  public FollowUp {
    requireNonNull(status, "status");
    Identifiers.check("follow-up by", by);
    requireNonNull(on, "on");
  }
}
