package io.cohesion.core.initiative;

import static java.util.Objects.requireNonNull;
import static org.apiguardian.api.API.Status.STABLE;

import io.cohesion.core.Identifiers;
import io.cohesion.core.Text;
import java.util.List;
import org.apiguardian.api.API;

/**
 * A hard criterion of an initiative (uitgangspunt): not negotiated, and every market option is
 * assessed against it.
 *
 * @param code a short code, for example {@code affordable}
 * @param description what the principle demands, in Dutch and English
 */
@API(status = STABLE, since = "0.1.0")
public record Principle(String code, Text description) {
  public Principle {
    Identifiers.check("principle code", code);
    requireNonNull(description, "description of principle " + code);
  }

  /**
   * The five principles the Amsterdam cooperative KetelhuisWG works by, offered as a starting
   * point: affordable, 100% sustainable, social, local and self-managed. An initiative may replace
   * them; they are defaults, not truths.
   */
  public static List<Principle> defaults() {
    return List.of(
        new Principle(
            "affordable",
            new Text(
                "Betaalbaar: niemand gaat er in woonlasten op achteruit.",
                "Affordable: no household ends up paying more to live here.")),
        new Principle(
            "sustainable",
            new Text(
                "100% duurzaam: de warmte en stroom komen volledig uit duurzame bronnen.",
                "100% sustainable: heat and power come entirely from renewable sources.")),
        new Principle(
            "social",
            new Text(
                "Sociaal: iedereen kan meedoen, huurder, eigenaar of ondernemer.",
                "Social: everyone can take part, tenant, owner or business.")),
        new Principle(
            "local",
            new Text(
                "Lokaal: opgewekt, beheerd en terugverdiend in de eigen buurt.",
                "Local: generated, managed and paid back in the neighbourhood itself.")),
        new Principle(
            "self-managed",
            new Text(
                "In eigen beheer: de bewoners beslissen, via hun coöperatie.",
                "Self-managed: residents decide, through their cooperative.")));
  }
}
