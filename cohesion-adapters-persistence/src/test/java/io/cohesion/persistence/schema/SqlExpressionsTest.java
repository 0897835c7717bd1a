package io.cohesion.persistence.schema;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** As SQLite keeps an expression written and as PostgreSQL prints it back: the same normal form. */
class SqlExpressionsTest {
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '`',
      value = {
        "version >= 2 | (version >= 2)",
        "a BETWEEN 0 AND b | ((a >= 0) AND (a <= b))",
        "k IN ('sha256', 'hmac-sha256') | ((k)::text = ANY ((ARRAY['sha256'::character varying,"
            + " 'hmac-sha256'::character varying])::text[]))",
        "(p IS NULL) = (q IS NULL) | ((p IS NULL) = (q IS NULL))",
        "p IS NULL OR q IS NULL | ((p IS NULL) OR (q IS NULL))",
        "idempotency_key IS NOT NULL | (idempotency_key IS NOT NULL)",
        "'sha256' | 'sha256'::character varying",
        "'[]' | '[]'::text",
        "\"Size\" >= 0 | (size >= 0)",
      })
  void sameExpressionSameForm(String sqlite, String postgresql) {
    assertThat(SqlExpressions.normalise(sqlite)).isEqualTo(SqlExpressions.normalise(postgresql));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '`',
      value = {
        "version >= 2 | (version >= 3)",
        "version >= 2 | (version > 2)",
        "a BETWEEN 0 AND b | ((a >= 1) AND (a <= b))",
        "k IN ('sha256') | ((k)::text = ANY ((ARRAY['sha256'::character varying,"
            + " 'hmac-sha256'::character varying])::text[]))",
        "'Sha256' | 'sha256'::character varying",
        "p IS NULL OR q IS NULL | ((p IS NULL) AND (q IS NULL))",
      })
  void differentExpressionsDiffer(String sqlite, String postgresql) {
    assertThat(SqlExpressions.normalise(sqlite)).isNotEqualTo(SqlExpressions.normalise(postgresql));
  }
}
