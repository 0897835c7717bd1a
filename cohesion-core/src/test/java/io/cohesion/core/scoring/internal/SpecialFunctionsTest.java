package io.cohesion.core.scoring.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SpecialFunctionsTest {

  @Test
  void logGammaOfWholeNumbersIsTheLogFactorial() {
    double logFactorial = 0;
    for (int n = 1; n <= 170; n++) {
      // ln Γ(n) = ln (n − 1)!
      assertThat(SpecialFunctions.logGamma(n))
          .as("ln Γ(%d)", n)
          .isCloseTo(logFactorial, within(1e-13 * Math.max(1, logFactorial)));
      logFactorial += Math.log(n);
    }
  }

  @Test
  void logGammaOfHalvesFollowsFromTheSquareRootOfPi() {
    // Γ(n + ½) = (2n − 1)!! / 2^n · √π
    double log = 0.5 * Math.log(Math.PI);
    for (int n = 0; n <= 60; n++) {
      assertThat(SpecialFunctions.logGamma(n + 0.5))
          .as("ln Γ(%d.5)", n)
          .isCloseTo(log, within(1e-13 * Math.max(1, Math.abs(log))));
      log += Math.log(n + 0.5);
    }
  }

  @ParameterizedTest
  @ValueSource(doubles = {1, 7, 12, 1e3, 1e6, 1e9})
  void betaWithAShapeOfOneIsTheReciprocalOfTheOther(double b) {
    // B(1, b) = 1/b: checks the large-argument path, where ln Γ(b) − ln Γ(1 + b) would cancel.
    assertThat(SpecialFunctions.logBeta(1, b)).isCloseTo(-Math.log(b), within(1e-13));
    assertThat(SpecialFunctions.logBeta(b, 1)).isCloseTo(-Math.log(b), within(1e-13));
  }

  @Test
  void betaOfAHalfAndALargeShapeMatchesItsClosedForm() {
    // B(a + 1, ½) / B(a, ½) = a / (a + ½), and B(½, ½) = π.
    for (double a : new double[] {3, 11.5, 250, 5e5}) {
      assertThat(SpecialFunctions.logBeta(a + 1, 0.5) - SpecialFunctions.logBeta(a, 0.5))
          .isCloseTo(Math.log(a / (a + 0.5)), within(1e-13));
    }
    assertThat(SpecialFunctions.logBeta(0.5, 0.5)).isCloseTo(Math.log(Math.PI), within(1e-14));
  }

  @Test
  void incompleteBetaMatchesClosedForms() {
    for (double x = 0.05; x < 1; x += 0.1) {
      double y = 1 - x;
      // I_x(1, 1) = x; I_x(a, 1) = x^a; I_x(1, b) = 1 − (1 − x)^b.
      assertThat(SpecialFunctions.regularizedBeta(x, y, 1, 1)).isCloseTo(x, within(1e-14));
      assertThat(SpecialFunctions.regularizedBeta(x, y, 3.5, 1))
          .isCloseTo(Math.pow(x, 3.5), within(1e-14));
      assertThat(SpecialFunctions.regularizedBeta(x, y, 1, 40))
          .isCloseTo(1 - Math.pow(y, 40), within(1e-14));
      assertThat(SpecialFunctions.regularizedBetaComplement(x, y, 1, 40))
          .isCloseTo(Math.pow(y, 40), within(1e-14 * Math.pow(y, 40)));
    }
    assertThat(SpecialFunctions.regularizedBeta(0, 1, 2, 3)).isZero();
    assertThat(SpecialFunctions.regularizedBeta(1, 0, 2, 3)).isEqualTo(1);
  }

  @Test
  void incompleteBetaIsSymmetric() {
    double x = 0.37;
    assertThat(SpecialFunctions.regularizedBeta(x, 1 - x, 4.2, 7.9))
        .isCloseTo(1 - SpecialFunctions.regularizedBeta(1 - x, x, 7.9, 4.2), within(1e-14));
  }

  @Test
  void rejectsArgumentsOutsideTheDomain() {
    assertThatThrownBy(() -> SpecialFunctions.logGamma(0)).hasMessageContaining("0.0");
    assertThatThrownBy(() -> SpecialFunctions.logBeta(-1, 2)).hasMessageContaining("-1.0");
    assertThatThrownBy(() -> SpecialFunctions.regularizedBeta(1.5, -0.5, 1, 1))
        .hasMessageContaining("1.5");
  }
}
