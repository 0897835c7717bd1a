package io.cohesion.core.contract;

import static io.cohesion.core.contract.DomainFixtures.BLOCK_A;
import static io.cohesion.core.contract.DomainFixtures.BLOCK_B;
import static io.cohesion.core.contract.DomainFixtures.benefitStatement;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cohesion.core.NotFoundException;
import io.cohesion.core.Page;
import io.cohesion.core.PageRequest;
import io.cohesion.core.Versioned;
import io.cohesion.core.engagement.BenefitCalculator;
import io.cohesion.core.engagement.BenefitFigures;
import io.cohesion.core.engagement.BenefitInput;
import io.cohesion.core.engagement.BenefitStatement;
import io.cohesion.core.engagement.BenefitStatementId;
import io.cohesion.core.engagement.BenefitStatementRepository;
import io.cohesion.core.engagement.BenefitSubject;
import io.cohesion.core.neighbourhood.BuildingId;
import io.cohesion.core.privacy.Pseudonym;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** What every {@link BenefitStatementRepository} does. */
public abstract class BenefitStatementRepositoryContract
    extends AggregateRepositoryContract<BenefitStatementId, BenefitStatement> {

  @Override
  protected BenefitStatementRepository repository() {
    return stores.benefitStatements();
  }

  @Override
  protected void storeReferences() {
    storeBuildings();
  }

  @Override
  protected Page<Versioned<BenefitStatement>> list(PageRequest request) {
    return repository().list(BLOCK_A, request);
  }

  @Override
  protected BenefitStatementId id(String value) {
    return new BenefitStatementId(value);
  }

  @Override
  protected BenefitStatement aggregate(String id) {
    return benefitStatement(id, BLOCK_A);
  }

  @Override
  protected BenefitStatement changed(BenefitStatement value, int variant) {
    if (variant % 2 == 1) {
      // For the whole building, costing more than before: no payback.
      return new BenefitStatement(
          value.id(),
          new BenefitSubject.WholeBuilding(value.subject().building()),
          BenefitInput.of("0", "100", "112.5"),
          new BenefitFigures(new BigDecimal("-12.5"), Optional.empty()),
          "calculator-" + variant,
          value.issued().plusDays(variant));
    }
    return new BenefitStatement(
        value.id(),
        new BenefitSubject.Household(value.subject().building(), new Pseudonym("h-" + variant)),
        BenefitInput.of("1E+3", "0.000", "0"),
        new BenefitFigures(
            new BigDecimal("0.000"),
            Optional.of(
                new BenefitFigures.Payback(new BigDecimal(variant), new BigDecimal("0.5")))),
        "calculator-" + variant,
        value.issued());
  }

  @Override
  protected Optional<BenefitStatement> outsideTheListing(String id) {
    return Optional.of(benefitStatement(id, BLOCK_B));
  }

  @Test
  void keepsAmountsWithTheScaleTheyWereGivenWith() {
    BenefitStatement stored = repository().create(benefitStatement("scaled", BLOCK_A)).value();

    BenefitStatement found = repository().find(stored.id()).orElseThrow().value();

    assertThat(found.input().investment()).isEqualTo(new BigDecimal("4500.00"));
    assertThat(found.input().investment().scale()).isEqualTo(2);
    assertThat(found.input().monthlyCostAfter().scale()).isZero();
    assertThat(found.figures().payback().orElseThrow().years().toPlainString()).isEqualTo("9.26");
  }

  @Test
  void keepsTheLargestAmountsTheLongestPaybackAndTheLastDate() {
    BenefitInput input = BenefitInput.of("1000000000000.00", "1000000000000.00", "999999999999.99");
    BenefitStatement largest =
        new BenefitStatement(
            new BenefitStatementId("largest"),
            new BenefitSubject.Household(BLOCK_A, new Pseudonym(Fixtures.longestText(200))),
            input,
            BenefitCalculator.simplePayback().calculate(input),
            "simple-payback",
            LocalDate.of(2200, 12, 31));

    repository().create(largest);

    BenefitStatement found = repository().find(largest.id()).orElseThrow().value();
    assertThat(found).isEqualTo(largest);
    assertThat(found.figures().payback().orElseThrow().months())
        .isEqualByComparingTo("100000000000000");
  }

  @Test
  void aStatementForAnUnknownBuildingIsNotFoundAndNotStored() {
    BenefitStatement lost = benefitStatement("lost", new BuildingId("atlantis-tower"));

    assertThatThrownBy(() -> repository().create(lost))
        .isInstanceOf(NotFoundException.class)
        .hasMessageContaining("atlantis-tower");
    assertThat(repository().find(lost.id())).isEmpty();
  }

  private static BenefitStatement givenTo(String id, BuildingId building, String household) {
    BenefitStatement statement = benefitStatement(id, building);
    BenefitSubject subject =
        household == null
            ? new BenefitSubject.WholeBuilding(building)
            : new BenefitSubject.Household(building, new Pseudonym(household));
    return new BenefitStatement(
        statement.id(),
        subject,
        statement.input(),
        statement.figures(),
        statement.calculator(),
        statement.issued());
  }

  @Test
  void aHouseholdsStatementsAreFoundAndErasedByItsPseudonym() {
    Versioned<BenefitStatement> second = repository().create(givenTo("bs-2", BLOCK_B, "h-erased"));
    Versioned<BenefitStatement> first = repository().create(givenTo("bs-1", BLOCK_A, "h-erased"));
    repository().update(givenTo("bs-1", BLOCK_A, "h-erased"), first.version());
    Versioned<BenefitStatement> other = repository().create(givenTo("bs-3", BLOCK_A, "h-other"));
    Versioned<BenefitStatement> whole = repository().create(givenTo("bs-4", BLOCK_A, null));

    assertThat(repository().findByHousehold(new Pseudonym("h-erased")))
        .extracting(v -> v.value().id().value())
        .containsExactly("bs-1", "bs-2");
    assertThat(repository().findByHousehold(new Pseudonym("h-erased")).get(1)).isEqualTo(second);

    assertThat(repository().eraseHousehold(new Pseudonym("h-erased"))).isEqualTo(2);

    assertThat(repository().findByHousehold(new Pseudonym("h-erased"))).isEmpty();
    assertThat(repository().find(new BenefitStatementId("bs-1"))).isEmpty();
    assertThat(repository().find(new BenefitStatementId("bs-2"))).isEmpty();
    assertThat(repository().find(new BenefitStatementId("bs-3"))).contains(other);
    assertThat(repository().find(new BenefitStatementId("bs-4"))).contains(whole);
    assertThat(repository().eraseHousehold(new Pseudonym("h-erased"))).isZero();
    assertThat(repository().findByHousehold(new Pseudonym("h-nobody"))).isEmpty();
  }
}
