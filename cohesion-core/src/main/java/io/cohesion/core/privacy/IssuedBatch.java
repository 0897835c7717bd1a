package io.cohesion.core.privacy;

import static java.util.Objects.requireNonNull;
import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.cohesion.core.neighbourhood.BuildingId;
import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * A batch of invitation codes just issued: the only place its codes exist in the clear, to be
 * printed (as letters) and then dropped. The store keeps their keyed hashes only.
 *
 * @param batch the batch's id
 * @param label the building or street label, if any
 * @param building the registered building the batch is for, if any
 * @param codes the codes, in the order drawn
 */
@API(status = EXPERIMENTAL, since = "0.2.0")
public record IssuedBatch(
    InvitationBatchId batch,
    Optional<String> label,
    Optional<BuildingId> building,
    List<InvitationCode> codes) {
  public IssuedBatch {
    requireNonNull(batch, "batch");
    requireNonNull(label, "label");
    requireNonNull(building, "building");
    codes = List.copyOf(codes);
  }

  /** Redacted: the codes must not reach a log. */
  @Override
  public String toString() {
    return "IssuedBatch[batch=" + batch + ", codes=" + codes.size() + "]";
  }
}
