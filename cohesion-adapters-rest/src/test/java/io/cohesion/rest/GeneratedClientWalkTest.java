package io.cohesion.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.cohesion.persistence.memory.InMemoryStores;
import io.cohesion.rest.generated.ApiClient;
import io.cohesion.rest.generated.ApiException;
import io.cohesion.rest.generated.ApiResponse;
import io.cohesion.rest.generated.api.InvitationsApi;
import io.cohesion.rest.generated.api.MeasurementsApi;
import io.cohesion.rest.generated.api.NeighbourhoodsApi;
import io.cohesion.rest.generated.api.ScalesApi;
import io.cohesion.rest.generated.api.WishMapsApi;
import io.cohesion.rest.generated.model.Building;
import io.cohesion.rest.generated.model.ComparisonFigures;
import io.cohesion.rest.generated.model.DeclaredColumn;
import io.cohesion.rest.generated.model.DeclaredColumnValuesInner;
import io.cohesion.rest.generated.model.IndependentComparison;
import io.cohesion.rest.generated.model.InvitationBatch;
import io.cohesion.rest.generated.model.IssuedCodes;
import io.cohesion.rest.generated.model.Measurement;
import io.cohesion.rest.generated.model.MeasurementResponse;
import io.cohesion.rest.generated.model.Neighbourhood;
import io.cohesion.rest.generated.model.NetworkFigures;
import io.cohesion.rest.generated.model.NotReleasedProblem;
import io.cohesion.rest.generated.model.PairedComparison;
import io.cohesion.rest.generated.model.PublishedNetwork;
import io.cohesion.rest.generated.model.PublishedSegment;
import io.cohesion.rest.generated.model.PublishedValue;
import io.cohesion.rest.generated.model.Range;
import io.cohesion.rest.generated.model.RedThreadFigures;
import io.cohesion.rest.generated.model.Scale;
import io.cohesion.rest.generated.model.ScaleFigures;
import io.cohesion.rest.generated.model.ScaleItemsInner;
import io.cohesion.rest.generated.model.SegmentFigures;
import io.cohesion.rest.generated.model.Submitted;
import io.cohesion.rest.generated.model.ValueFigures;
import io.cohesion.rest.generated.model.WaveStatus;
import io.cohesion.rest.generated.model.WaveStatusChange;
import io.cohesion.rest.generated.model.WishMap;
import io.cohesion.rest.generated.model.WishMapMobilisation;
import io.cohesion.rest.generated.model.WishMapResponse;
import io.cohesion.rest.generated.model.WishMapSegmentsInner;
import io.cohesion.rest.generated.model.WishMapValuesInner;
import io.cohesion.rest.http.Routes;
import java.math.BigDecimal;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The main steps of {@link CoordinatorWalk} — neighbourhood, wish map, invitations, submissions,
 * the red thread and its networks, a scale, two waves of a measurement with their responses, the
 * scores and the comparison — made only through the Java client that the build generates from the
 * OpenAPI document (docs/api.md, "A generated client"). Every answer arrives as a generated model
 * with typed fields, and the figures are the ones the plain-HTTP walk checks, computed here from
 * the same synthetic answers.
 *
 * <p>The client reads JSON with a mapper that refuses unknown fields: that is how it tells the two
 * shapes of a figure apart (published or suppressed, the figures or the withheld form), so the
 * document must name every field the server sends.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class GeneratedClientWalkTest {
  private static final Instant NOW = Instant.parse("2024-10-01T10:00:00Z");
  private static final List<String> VALUES = List.of("contact", "youth", "green", "safety");
  private static final int WISH_MAP_RESPONDENTS = 20;
  private static final int RESIDENTS = 8;
  private static final int WAVE_1_CODES = 10;
  private static final int WAVE_2_CODES = 7;

  private InMemoryStores stores;
  private TestServer server;
  private ApiClient coordinator;
  private ApiClient researcher;
  private ApiClient ambassador;
  private ApiClient resident;

  private final List<String> codes = new ArrayList<>();
  private final List<WishMapResponse> wishMapAnswers = new ArrayList<>();
  private final Map<String, double[]> before = new LinkedHashMap<>();
  private final Map<String, double[]> after = new LinkedHashMap<>();

  @BeforeAll
  void start() {
    stores = new InMemoryStores();
    ApiConfig config = ApiConfig.defaults(TestServer.KEYS).withResidentSubmissionsPerMinute(10_000);
    server =
        TestServer.start(
            FullApi.builder(stores, config, Clock.fixed(NOW, ZoneOffset.UTC))
                .health(StoreHealth.alwaysUp("walk")));
    coordinator = client(TestServer.COORDINATOR);
    researcher = client(TestServer.RESEARCHER);
    ambassador = client(TestServer.AMBASSADOR);
    resident = client(null);
  }

  @AfterAll
  void stop() {
    if (server != null) {
      server.close();
    }
    if (stores != null) {
      stores.close();
    }
  }

  /** A generated client on the running server, sending {@code key} as its bearer token. */
  private ApiClient client(String key) {
    ObjectMapper strict =
        ApiClient.createDefaultObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    ApiClient client =
        new ApiClient(HttpClient.newBuilder(), strict, server.uri(Routes.BASE).toString());
    if (key != null) {
      client.setRequestInterceptor(request -> request.header("Authorization", "Bearer " + key));
    }
    return client;
  }

  @Test
  @Order(1)
  void theNeighbourhoodAndItsBuildings() throws ApiException {
    NeighbourhoodsApi neighbourhoods = new NeighbourhoodsApi(coordinator);
    Neighbourhood registered =
        neighbourhoods.registerNeighbourhood(
            new Neighbourhood()
                .id("nij-beets")
                .name("Nij Beets")
                .municipality("Opsterland")
                .cbsCode("BU00860101"));
    for (String building : List.of("b1", "b2", "b3")) {
      neighbourhoods.registerBuilding(
          new Building()
              .id(building)
              .neighbourhood("nij-beets")
              .name("Block " + building)
              .households(12)
              .stakeholder(Building.StakeholderEnum.OWNER_ASSOCIATION));
    }

    NeighbourhoodsApi read = new NeighbourhoodsApi(researcher);
    assertThat(registered.getMunicipality()).isEqualTo("Opsterland");
    assertThat(read.listBuildings("nij-beets", null, null).getTotalItems()).isEqualTo(3);
    assertThat(read.listBuildings("nij-beets", null, null).getItems())
        .extracting(Building::getHouseholds)
        .containsOnly(12);
    assertThat(read.getNeighbourhood("nij-beets", null).getName()).isEqualTo("Nij Beets");
  }

  @Test
  @Order(2)
  void theWishMapAndInvitations() throws ApiException {
    WishMap map =
        new WishMap()
            .id("nb")
            .importanceScale(new Range().min(BigDecimal.ONE).max(BigDecimal.valueOf(5)))
            .satisfactionScale(new Range().min(BigDecimal.ONE).max(BigDecimal.valueOf(5)))
            .topChoices(2)
            .addSegmentsItem(
                new WishMapSegmentsInner(
                    new DeclaredColumn()
                        .column("household")
                        .addValuesItem(new DeclaredColumnValuesInner().code("young_parents"))
                        .addValuesItem(new DeclaredColumnValuesInner().code("other"))))
            .mobilisation(new WishMapMobilisation().addNetworksItem("play-week"));
    VALUES.forEach(code -> map.addValuesItem(new WishMapValuesInner().code(code)));
    WishMap created = new WishMapsApi(coordinator).createWishMap(map);
    IssuedCodes issued =
        new InvitationsApi(coordinator)
            .issueInvitations(new InvitationBatch().count(WAVE_1_CODES).label("walk"));
    codes.addAll(issued.getCodes());

    assertThat(created.getValues()).extracting(WishMapValuesInner::getCode).isEqualTo(VALUES);
    assertThat(created.getSegments().get(0).getDeclaredColumn().getColumn()).isEqualTo("household");
    assertThat(issued.getCount()).isEqualTo(WAVE_1_CODES);
    assertThat(codes).hasSize(WAVE_1_CODES).doesNotHaveDuplicates();
    assertThat(new InvitationsApi(coordinator).listInvitations(null, null).toString())
        .doesNotContain(codes.get(0));
  }

  @Test
  @Order(3)
  void residentsAndPaperFormsAnswerTheWishMap() throws ApiException {
    for (int i = 0; i < WISH_MAP_RESPONDENTS; i++) {
      WishMapResponse answer = wishMapAnswer(i);
      wishMapAnswers.add(answer);
      Submitted submitted;
      if (i < RESIDENTS) {
        answer.setInvitationCode(codes.get(i));
        submitted = new WishMapsApi(resident).submitWishMapResponse("nb", answer, null);
        answer.setInvitationCode(null);
      } else {
        answer.setRespondent("paper-" + i);
        submitted =
            new WishMapsApi(i % 2 == 0 ? coordinator : ambassador)
                .submitWishMapResponse("nb", answer, "wm-form-" + i);
      }
      assertThat(submitted.getWishMapId()).as("respondent %d", i).isEqualTo("nb");
    }

    var page = new WishMapsApi(coordinator).listWishMapResponses("nb", 1, 100);
    assertThat(page.getTotalItems()).isEqualTo(WISH_MAP_RESPONDENTS);
    assertThat(page.getItems())
        .extracting(WishMapResponse::getRespondent)
        .contains("paper-9", "paper-19");
  }

  @Test
  @Order(4)
  void theRedThreadMatchesWhatWasSubmitted() throws ApiException {
    WishMapsApi asResearcher = new WishMapsApi(researcher);
    ApiException waiting =
        catchThrowableOfType(
            ApiException.class,
            () -> asResearcher.getRedThread("nb", List.of("household"), 5, 0, null, null));
    assertThat(waiting.getCode()).isEqualTo(409);
    assertThat(problem(waiting).getType()).isEqualTo("urn:cohesion:problem:not-released");

    WishMapsApi asCoordinator = new WishMapsApi(coordinator);
    WaveStatus closed =
        asCoordinator.setWishMapStatus(
            etag(asCoordinator.getWishMapStatusWithHttpInfo("nb")),
            "nb",
            new WaveStatusChange().status(WaveStatusChange.StatusEnum.CLOSED));
    assertThat(closed.getStatus()).isEqualTo(WaveStatus.StatusEnum.CLOSED);
    assertThat(closed.getClosing().getCut()).isTrue();

    RedThreadFigures thread =
        asResearcher
            .getRedThread("nb", List.of("household"), 5, 200, 7L, null)
            .getRedThreadFigures();
    assertThat(thread.getN()).isEqualTo(WISH_MAP_RESPONDENTS);
    assertThat(thread.getValues()).hasSize(VALUES.size());
    PublishedValue first = null;
    for (ValueFigures figures : thread.getValues()) {
      PublishedValue value = figures.getPublishedValue();
      String code = value.getCode();
      assertThat(value.getN()).as(code).isEqualTo(answeredImportance(code));
      assertThat(value.getImportanceMean().doubleValue())
          .as(code)
          .isCloseTo(importanceMean(code), within(1e-9));
      assertThat(value.getUrgency().doubleValue())
          .as(code)
          .isCloseTo(urgency(code, null), within(1e-9));
      assertThat(value.getBorda()).as(code).isEqualTo(borda(code));
      if (value.getRank() == 1) {
        first = value;
      }
    }
    // The synthetic data makes youth the most urgent value: important to all, satisfying few.
    assertThat(first).isNotNull();
    assertThat(first.getCode()).isEqualTo(mostUrgent()).isEqualTo("youth");
    assertThat(first.getpTopK().doubleValue()).isGreaterThan(0.9);
    // Both household segments hold ten respondents: neither is suppressed under kMin 5.
    assertThat(thread.getSegments()).hasSize(2);
    for (SegmentFigures segment : thread.getSegments()) {
      PublishedSegment published = segment.getPublishedSegment();
      assertThat(published.getSuppressed()).isEqualTo(PublishedSegment.SuppressedEnum.FALSE);
      assertThat(published.getN()).isEqualTo(WISH_MAP_RESPONDENTS / 2);
    }

    List<NetworkFigures> networks = asResearcher.getNetworks("nb", null, null).getNetworkList();
    PublishedNetwork playWeek = null;
    for (NetworkFigures network : networks) {
      if (network.getActualInstance() instanceof PublishedNetwork published
          && published.getName().equals("play-week")) {
        playWeek = published;
      }
    }
    assertThat(playWeek).as("play-week in %s", networks).isNotNull();
    assertThat(playWeek.getN())
        .isEqualTo(
            (int)
                wishMapAnswers.stream().filter(a -> a.getNetworks().contains("play-week")).count());
    assertThat(playWeek.getShare().doubleValue())
        .isCloseTo(playWeek.getN() / (double) WISH_MAP_RESPONDENTS, within(1e-9));
  }

  @Test
  @Order(5)
  void twoTrustWavesAreScoredAndCompared() throws ApiException {
    Scale trust =
        new ScalesApi(coordinator)
            .createScale(
                new Scale()
                    .id("trust")
                    .response(new Range().min(BigDecimal.ONE).max(BigDecimal.valueOf(5)))
                    .addItemsItem(new ScaleItemsInner().id("SC1"))
                    .addItemsItem(new ScaleItemsInner().id("SC2"))
                    .addItemsItem(new ScaleItemsInner().id("SC3").reverse(true)));
    assertThat(trust.getItems()).extracting(ScaleItemsInner::getId).contains("SC1", "SC3");
    MeasurementsApi measurements = new MeasurementsApi(coordinator);
    for (String wave : List.of("before", "after")) {
      Measurement opened =
          measurements.createMeasurement(
              new Measurement()
                  .id(wave)
                  .scale("trust")
                  .neighbourhood("nij-beets")
                  .wave(wave)
                  .opened(LocalDate.of(2024, wave.equals("before") ? 5 : 9, 1)));
      assertThat(opened.getScale()).isEqualTo("trust");
    }

    // Wave 1: every code and three paper forms; wave 2: the first codes again, one paper
    // household again (under its pseudonym) and one new one.
    for (int i = 0; i < WAVE_1_CODES; i++) {
      answerTrust("before", codes.get(i), null, new int[] {2 + i % 2, 2, 4}, before);
    }
    for (String paper : List.of("paper-t1", "paper-t2", "paper-t3")) {
      answerTrust("before", null, paper, new int[] {3, 3, 3}, before);
    }
    for (int i = 0; i < WAVE_2_CODES; i++) {
      answerTrust(
          "after", codes.get(i), null, new int[] {3 + i % 2, 3 + (i % 3 == 0 ? 1 : 0), 2}, after);
    }
    answerTrust("after", null, "paper-t1", new int[] {4, 4, 2}, after);
    answerTrust("after", null, "paper-t9", new int[] {5, 4, 1}, after);
    for (String wave : List.of("before", "after")) {
      WaveStatus closed =
          measurements.setMeasurementStatus(
              etag(measurements.getMeasurementStatusWithHttpInfo(wave)),
              wave,
              new WaveStatusChange().status(WaveStatusChange.StatusEnum.CLOSED));
      assertThat(closed.getStates().get(closed.getStates().size() - 1).getN())
          .isEqualTo((wave.equals("before") ? before : after).size());
    }

    MeasurementsApi read = new MeasurementsApi(researcher);
    ScaleFigures scores = read.getScores("after", null, null).getScaleFigures();
    ComparisonFigures comparison = read.getComparison("after", "before").getComparisonFigures();

    assertThat(scores.getN()).isEqualTo(after.size());
    assertThat(scores.getScore().getMean().doubleValue()).isCloseTo(meanScore(after), within(1e-9));
    IndependentComparison independent = comparison.getIndependent();
    assertThat(independent.getnBefore()).isEqualTo(before.size());
    assertThat(independent.getnAfter()).isEqualTo(after.size());
    assertThat(independent.getMeanBefore().doubleValue())
        .isCloseTo(meanScore(before), within(1e-9));
    assertThat(independent.getMeanAfter().doubleValue()).isCloseTo(meanScore(after), within(1e-9));
    assertThat(independent.getDifference().doubleValue())
        .isCloseTo(meanScore(after) - meanScore(before), within(1e-9));
    List<String> bothWaves = new ArrayList<>(before.keySet());
    bothWaves.retainAll(after.keySet());
    PairedComparison paired = comparison.getPaired();
    assertThat(bothWaves).hasSize(WAVE_2_CODES + 1);
    assertThat(paired.getnPairs()).isEqualTo(bothWaves.size());
    assertThat(paired.getMeanDifference().doubleValue())
        .isCloseTo(
            bothWaves.stream()
                .mapToDouble(k -> score(after.get(k)) - score(before.get(k)))
                .average()
                .orElseThrow(),
            within(1e-9));
  }

  // ---------------------------------------------------------------------------------------------
  // Synthetic data, as CoordinatorWalk submits it, and the figures it should give

  /**
   * Respondent {@code i}'s wish map answer: youth matters to everyone and satisfies few; contact
   * and safety matter less and satisfy more; green is answered by three in four only.
   */
  private static WishMapResponse wishMapAnswer(int i) {
    boolean youngParents = i % 2 == 0;
    WishMapResponse answer =
        new WishMapResponse()
            .putImportanceItem("youth", BigDecimal.valueOf(4 + i % 2))
            .putSatisfactionItem("youth", BigDecimal.valueOf(1 + i % 3 / 2))
            .putImportanceItem("contact", BigDecimal.valueOf(3 + i % 3))
            .putSatisfactionItem("contact", BigDecimal.valueOf(3))
            .putImportanceItem("safety", BigDecimal.valueOf(3))
            .putSatisfactionItem("safety", BigDecimal.valueOf(2 + i % 2))
            .topChoices(i % 5 == 4 ? List.of("contact", "youth") : List.of("youth", "safety"))
            .putSegmentsItem("household", youngParents ? "young_parents" : "other")
            .networks(new ArrayList<>())
            .willingness(1 + i % 5)
            .wishes(List.of(i % 2 == 0 ? "a bench by the playground" : "more street lights"));
    if (i % 4 != 3) {
      answer.putImportanceItem("green", BigDecimal.valueOf(2 + i % 2));
      answer.putSatisfactionItem("green", BigDecimal.valueOf(4));
    }
    if (youngParents) {
      answer.addNetworksItem("play-week");
    }
    if (i % 3 == 0) {
      answer.addNetworksItem("football-club");
    }
    return answer;
  }

  private int answeredImportance(String code) {
    return (int) wishMapAnswers.stream().filter(a -> a.getImportance().containsKey(code)).count();
  }

  private double importanceMean(String code) {
    return wishMapAnswers.stream()
        .filter(a -> a.getImportance().containsKey(code))
        .mapToDouble(a -> a.getImportance().get(code).doubleValue())
        .average()
        .orElseThrow();
  }

  /** Borda points of {@code code}: two for a first choice, one for a second (topChoices 2). */
  private int borda(String code) {
    int points = 0;
    for (WishMapResponse answer : wishMapAnswers) {
      int position = answer.getTopChoices().indexOf(code);
      if (position >= 0) {
        points += 2 - position;
      }
    }
    return points;
  }

  /** docs/scoring.md#53-red-thread urgency of {@code code}, over everyone or one segment. */
  private double urgency(String code, String household) {
    double sum = 0;
    int n = 0;
    for (WishMapResponse answer : wishMapAnswers) {
      if (household != null && !household.equals(answer.getSegments().get("household"))) {
        continue;
      }
      BigDecimal i = answer.getImportance().get(code);
      BigDecimal s = answer.getSatisfaction().get(code);
      if (i != null && s != null) {
        sum += (i.doubleValue() - 1) / 4 * ((5 - s.doubleValue()) / 4);
        n++;
      }
    }
    return sum / n;
  }

  private String mostUrgent() {
    String most = null;
    for (String code : VALUES) {
      if (most == null || urgency(code, null) > urgency(most, null)) {
        most = code;
      }
    }
    return most;
  }

  /** A person score (docs/scoring.md#51-scales): the mean of SC1, SC2 and SC3 reversed on 1-5. */
  private static double score(double[] answers) {
    return (answers[0] + answers[1] + (1 + 5 - answers[2])) / 3;
  }

  private static double meanScore(Map<String, double[]> wave) {
    return wave.values().stream()
        .mapToDouble(GeneratedClientWalkTest::score)
        .average()
        .orElseThrow();
  }

  /** One trust answer, by a resident's code (no key) or a paper form's pseudonym (coordinator). */
  private void answerTrust(
      String measurement, String code, String respondent, int[] answers, Map<String, double[]> wave)
      throws ApiException {
    MeasurementResponse response =
        new MeasurementResponse()
            .invitationCode(code)
            .respondent(respondent)
            .putAnswersItem("SC1", BigDecimal.valueOf(answers[0]))
            .putAnswersItem("SC2", BigDecimal.valueOf(answers[1]))
            .putAnswersItem("SC3", BigDecimal.valueOf(answers[2]));
    Submitted submitted =
        new MeasurementsApi(code == null ? coordinator : resident)
            .submitMeasurementResponse(measurement, response, null);
    assertThat(submitted.getMeasurementId()).isEqualTo(measurement);
    wave.put(code != null ? code : respondent, new double[] {answers[0], answers[1], answers[2]});
  }

  // ---------------------------------------------------------------------------------------------
  // The client

  private static String etag(ApiResponse<?> response) {
    return response.getHeaders().entrySet().stream()
        .filter(header -> header.getKey().equalsIgnoreCase("ETag"))
        .map(header -> header.getValue().get(0))
        .findFirst()
        .orElseThrow();
  }

  private NotReleasedProblem problem(ApiException refused) {
    try {
      return coordinator
          .getObjectMapper()
          .readValue(refused.getResponseBody(), NotReleasedProblem.class);
    } catch (java.io.IOException e) {
      throw new AssertionError("not a problem: " + refused.getResponseBody(), e);
    }
  }
}
