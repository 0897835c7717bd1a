package io.cohesion.persistence.schema;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DialectTypesTest {
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "VARCHAR(100) | character varying(100)",
        "CHAR(64)     | character(64)",
        "TEXT         | text",
        "INTEGER      | integer",
        "BIGINT       | bigint",
        "BOOLEAN      | boolean",
        "BLOB         | bytea",
      })
  void theTypesTheMigrationsUseMapToTheSameType(String sqlite, String postgresql) {
    assertThat(DialectTypes.sqlite(sqlite)).isEqualTo(DialectTypes.postgresql(postgresql));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "VARCHAR(100) | character varying(200)",
        "VARCHAR(10)  | text",
        "CHAR(64)     | character varying(64)",
        "INTEGER      | bigint",
        "BIGINT       | integer",
        "TEXT         | bigint[]",
      })
  void differentTypesStayApart(String sqlite, String postgresql) {
    assertThat(DialectTypes.sqlite(sqlite)).isNotEqualTo(DialectTypes.postgresql(postgresql));
  }

  @Test
  void anUnmappedTypeEqualsNothing() {
    assertThat(DialectTypes.sqlite("REAL")).isEqualTo("unmapped sqlite type REAL");
    assertThat(DialectTypes.sqlite("REAL")).isNotEqualTo(DialectTypes.postgresql("real"));
  }
}
