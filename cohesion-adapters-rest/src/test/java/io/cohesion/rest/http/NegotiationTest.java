package io.cohesion.rest.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class NegotiationTest {
  private static final String JSON = "application/json";
  private static final String CSV = "text/csv";
  private static final List<String> TABLE = List.of(JSON, CSV);
  private static final List<String> JSON_ONLY = List.of(JSON);

  @Test
  void noPreferenceGetsTheRoutesFirstType() {
    assertThat(Negotiation.choose(null, TABLE)).contains(JSON);
    assertThat(Negotiation.choose("", TABLE)).contains(JSON);
    assertThat(Negotiation.choose("*/*", TABLE)).contains(JSON);
    assertThat(Negotiation.choose("*/*", JSON_ONLY)).contains(JSON);
    assertThat(Negotiation.choose("application/*", TABLE)).contains(JSON);
  }

  @Test
  void aRangeOfTextTypesGetsCsvWhereTheRouteServesIt() {
    assertThat(Negotiation.choose("text/*", TABLE)).contains(CSV);
    assertThat(Negotiation.choose("text/*", JSON_ONLY)).isEmpty();
  }

  @Test
  void theHighestQualityWins() {
    assertThat(Negotiation.choose("text/csv;q=0.5, application/json", TABLE)).contains(JSON);
    assertThat(Negotiation.choose("text/csv, application/json;q=0.9", TABLE)).contains(CSV);
    assertThat(Negotiation.choose("text/csv; charset=utf-8; q=0.8, application/json;q=0.5", TABLE))
        .contains(CSV);
    assertThat(Negotiation.choose("TEXT/CSV", TABLE)).contains(CSV);
  }

  @Test
  void theMostSpecificRangeSetsATypesQuality() {
    // */* would allow JSON, but the range naming JSON itself refuses it
    assertThat(Negotiation.choose("application/json;q=0, */*", TABLE)).contains(CSV);
    assertThat(Negotiation.choose("application/json;q=0, */*", JSON_ONLY)).isEmpty();
    assertThat(Negotiation.choose("text/*;q=0.2, text/csv;q=0.9, */*;q=0.5", TABLE)).contains(CSV);
  }

  @Test
  void onEqualQualityTheTypeNamedItselfWinsThenTheRoutesOrder() {
    assertThat(Negotiation.choose("text/csv, */*", TABLE)).contains(CSV);
    assertThat(Negotiation.choose("*/*, text/csv", TABLE)).contains(CSV);
    assertThat(Negotiation.choose("text/csv, application/json", TABLE)).contains(JSON);
  }

  @Test
  void aTypeTheRouteDoesNotServeIsNotAcceptable() {
    assertThat(Negotiation.choose("text/csv", JSON_ONLY)).isEmpty();
    assertThat(Negotiation.choose("application/xml", TABLE)).isEmpty();
    assertThat(Negotiation.choose("application/problem+json", JSON_ONLY)).isEmpty();
    assertThat(Negotiation.choose("application/json;q=0", JSON_ONLY)).isEmpty();
  }

  @Test
  void rangesThatCannotBeReadMatchNothing() {
    assertThat(Negotiation.choose("csv", TABLE)).isEmpty();
    assertThat(Negotiation.choose("text/csv;q=high", TABLE)).isEmpty();
    assertThat(Negotiation.choose("text/csv;q=2", TABLE)).isEmpty();
    assertThat(Negotiation.choose("*/csv", TABLE)).isEmpty();
    // one unreadable range leaves the others standing
    assertThat(Negotiation.choose("csv, text/csv;q=0.5", TABLE)).contains(CSV);
    assertThat(Negotiation.choose(" , ,application/json", TABLE)).contains(JSON);
  }

  @Test
  void theNotAcceptableProblemNamesWhatTheRouteServes() {
    Problem problem = ProblemException.notAcceptable("application/xml", TABLE).problem();

    assertThat(problem.status()).isEqualTo(406);
    assertThat(problem.type()).isEqualTo(Problem.TYPE_PREFIX + "not-acceptable");
    assertThat(problem.title()).isEqualTo("Not acceptable");
    assertThat(problem.detail())
        .contains("application/json or text/csv")
        .contains("'application/xml'");
    assertThat(
            ProblemException.notAcceptable("text/x;a=" + "b".repeat(500), TABLE).problem().detail())
        .hasSizeLessThan(200);
  }
}
