package io.cohesion.core.neighbourhood;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cohesion.core.FieldError;
import io.cohesion.core.ValidationException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CbsCodeTest {

  @ParameterizedTest
  @CsvSource({"BU00800101, BUURT", "WK008001, WIJK", "GM0080, GEMEENTE"})
  void acceptsTheThreeLevelsAsCbsWritesThem(String code, CbsCode.Level level) {
    assertThat(new CbsCode(code).level()).isEqualTo(level);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "BU0080010",
        "BU008001011",
        "WK00800",
        "WK0080011",
        "GM008",
        "GM00800",
        "bu00800101",
        "BU0080010A",
        "XX00800101",
        " GM0080",
        "GM0080 "
      })
  void rejectsAnythingElseNamingTheBadValue(String code) {
    assertThatThrownBy(() -> new CbsCode(code))
        .isInstanceOfSatisfying(
            ValidationException.class,
            e -> assertThat(e.errors()).extracting(FieldError::field).containsExactly("cbsCode"))
        .hasMessageContaining("'" + code + "'");
  }

  @ParameterizedTest
  @CsvSource({"BU00800101, GM0080", "WK036301, GM0363", "GM0014, GM0014"})
  void knowsItsMunicipality(String code, String municipality) {
    assertThat(new CbsCode(code).municipality()).isEqualTo(new CbsCode(municipality));
  }
}
