package io.cohesion.rest.resource;

import static org.apiguardian.api.API.Status.INTERNAL;

import io.cohesion.core.Page;
import io.cohesion.core.Versioned;
import io.cohesion.core.engagement.InformResidents;
import io.cohesion.core.engagement.Result;
import io.cohesion.core.neighbourhood.ManageNeighbourhoods;
import io.cohesion.core.neighbourhood.Neighbourhood;
import io.cohesion.core.neighbourhood.NeighbourhoodId;
import io.cohesion.rest.http.Access;
import io.cohesion.rest.http.ApiResource;
import io.cohesion.rest.http.Params;
import io.cohesion.rest.http.Routes;
import io.javalin.http.Context;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import org.apiguardian.api.API;

/**
 * {@code /neighbourhoods/{id}/public-results}: the results a neighbourhood was shown, for anyone,
 * without a key: what the residents' page shows, as JSON. It holds the coordinator's own words and
 * the day each result was shown, and no figure computed from residents' answers, so the disclosure
 * rule has nothing to release here. A result dated after today is not shown yet.
 */
@API(status = INTERNAL, since = "0.2.0")
public final class PublicResultsResource implements ApiResource {
  private final InformResidents inform;
  private final ManageNeighbourhoods neighbourhoods;
  private final Clock clock;

  /**
   * A resource over the use cases {@code inform} and {@code neighbourhoods}, telling today by
   * {@code clock}.
   */
  public PublicResultsResource(
      InformResidents inform, ManageNeighbourhoods neighbourhoods, Clock clock) {
    this.inform = inform;
    this.neighbourhoods = neighbourhoods;
    this.clock = clock;
  }

  /**
   * {@code PublicResults}: a neighbourhood and the results it was shown, newest first.
   *
   * @param neighbourhood the neighbourhood's id
   * @param name its name
   * @param municipality its municipality
   * @param results the results shown up to today, newest first
   */
  public record PublicResultsBody(
      String neighbourhood, String name, String municipality, List<PublicResultBody> results) {}

  /**
   * {@code PublicResult}: one result as residents were shown it.
   *
   * @param shown the day it was shown
   * @param text what was shown
   */
  public record PublicResultBody(LocalDate shown, String text) {}

  @Override
  public void register(Routes routes) {
    routes.get("/neighbourhoods/{id}/public-results", Access.everyone(), this::read);
  }

  private void read(Context ctx) {
    ctx.json(results(Params.id(ctx, "id", NeighbourhoodId::new)));
  }

  /**
   * The results of {@code id} shown up to today, newest first.
   *
   * @throws io.cohesion.core.NotFoundException if there is no such neighbourhood
   */
  public PublicResultsBody results(NeighbourhoodId id) {
    Neighbourhood place = neighbourhoods.get(id).value();
    LocalDate today = LocalDate.now(clock);
    List<PublicResultBody> shown =
        Page.collectAll(request -> inform.results(id, request)).stream()
            .map(Versioned::value)
            .filter(r -> !r.shown().isAfter(today))
            .sorted(
                Comparator.comparing(Result::shown).reversed().thenComparing(r -> r.id().value()))
            .map(r -> new PublicResultBody(r.shown(), r.text()))
            .toList();
    return new PublicResultsBody(id.value(), place.name(), place.municipality(), shown);
  }
}
