package io.cohesion.examples.scenario;

import io.cohesion.core.Text;
import io.cohesion.core.wishmap.Value;
import java.util.List;

/** The value catalogue the pilots' wish maps draw from (SPEC §9), in Dutch and English. */
final class PilotValues {
  private static final List<Value> ALL =
      List.of(
          new Value("contact", new Text("Contact tussen buren", "Contact between neighbours")),
          new Value("care", new Text("Zorg voor elkaar", "Caring for each other")),
          new Value("safety", new Text("Veiligheid", "Safety")),
          new Value("greenery", new Text("Groen en biodiversiteit", "Greenery and biodiversity")),
          new Value("health", new Text("Gezondheid en bewegen", "Health and exercise")),
          new Value("fun", new Text("Plezier en uitdaging", "Fun and stimulation")),
          new Value("youth", new Text("Kinderen en jeugd", "Children and youth")),
          new Value(
              "affordability",
              new Text("Betaalbaar wonen en energie", "Affordable living and energy")),
          new Value("sustainability", new Text("Duurzaamheid", "Sustainability")),
          new Value("facilities", new Text("Voorzieningen in de buurt", "Local facilities")),
          new Value("say", new Text("Inspraak en zelfbeheer", "Having a say and self-management")),
          new Value("peace", new Text("Rust en ruimte", "Peace and space")),
          new Value(
              "identity", new Text("Eigen identiteit en erfgoed", "Local identity and heritage")),
          new Value("business", new Text("Lokale ondernemers", "Local businesses")));

  private PilotValues() {}

  static List<Value> all() {
    return ALL;
  }
}
