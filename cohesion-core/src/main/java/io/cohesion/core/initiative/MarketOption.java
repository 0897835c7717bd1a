package io.cohesion.core.initiative;

import static java.util.Objects.requireNonNull;
import static org.apiguardian.api.API.Status.STABLE;

import io.cohesion.core.Identifiers;
import io.cohesion.core.ValidationException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apiguardian.api.API;

/**
 * A company and its offer from a market consultation (marktconsultatie), with its assessment
 * against the initiative's principles.
 *
 * @param id a short id, for example {@code warmte-co}
 * @param company the company's name
 * @param offer what the company offers, in a sentence or two
 * @param assessments at most one assessment per principle
 */
@API(status = STABLE, since = "0.1.0")
public record MarketOption(
    String id, String company, String offer, List<PrincipleAssessment> assessments) {

  /** The longest offer text accepted. */
  public static final int MAX_OFFER_LENGTH = 2000;

  public MarketOption {
    Identifiers.check("market option id", id);
    company = ValidationException.requireText("company", company, 200);
    offer = ValidationException.requireText("offer", offer, MAX_OFFER_LENGTH);
    assessments = List.copyOf(assessments);
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < assessments.size(); i++) {
      String principle = assessments.get(i).principle();
      ValidationException.require(
          seen.add(principle),
          "assessments[" + i + "].principle",
          "option " + id + " assesses principle '" + principle + "' twice");
    }
  }

  /** The assessment against this principle, if there is one. */
  public Optional<PrincipleAssessment> assessment(String principle) {
    return assessments.stream().filter(a -> a.principle().equals(principle)).findFirst();
  }

  /**
   * Whether the option meets every one of {@code principles}. Assessments of principles not in the
   * list are ignored.
   */
  public Eligibility eligibility(List<Principle> principles) {
    requireNonNull(principles, "principles");
    List<String> failed = new ArrayList<>();
    List<String> unknown = new ArrayList<>();
    for (Principle principle : principles) {
      Verdict verdict =
          assessment(principle.code()).map(PrincipleAssessment::verdict).orElse(Verdict.UNKNOWN);
      if (verdict == Verdict.FAILS) {
        failed.add(principle.code());
      } else if (verdict == Verdict.UNKNOWN) {
        unknown.add(principle.code());
      }
    }
    return new Eligibility(failed, unknown);
  }
}
