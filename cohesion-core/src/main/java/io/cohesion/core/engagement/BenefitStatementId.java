package io.cohesion.core.engagement;

import static org.apiguardian.api.API.Status.STABLE;

import io.cohesion.core.Identifiers;
import org.apiguardian.api.API;

/** The id of a {@link BenefitStatement}. */
@API(status = STABLE, since = "0.1.0")
public record BenefitStatementId(String value) {
  public BenefitStatementId {
    Identifiers.check("benefit statement id", value);
  }

  @Override
  public String toString() {
    return value;
  }
}
