package io.cohesion.core.engagement;

import io.cohesion.core.Identifiers;

/** The id of a {@link BenefitStatement}. */
public record BenefitStatementId(String value) {
  public BenefitStatementId {
    Identifiers.check("benefit statement id", value);
  }

  @Override
  public String toString() {
    return value;
  }
}
