package io.cohesion.examples.scenario;

import io.cohesion.core.ResponseRange;
import io.cohesion.core.Text;
import io.cohesion.core.trust.Item;
import io.cohesion.core.trust.Scale;
import io.cohesion.core.trust.ScaleId;
import java.util.List;

/**
 * The trust instrument the pilots measure with: social cohesion and trust (Sampson et al. 1997).
 */
final class PilotInstruments {
  private PilotInstruments() {}

  static Scale socialCohesionAndTrust() {
    return Scale.of(
        new ScaleId("social-cohesion-trust"),
        new Text("Sociale cohesie en vertrouwen", "Social cohesion and trust"),
        new ResponseRange(1, 5),
        List.of(
            new Item(
                "SCT1",
                new Text(
                    "Mensen hier zijn bereid hun buren te helpen",
                    "People around here are willing to help their neighbours"),
                false),
            new Item(
                "SCT2",
                new Text("Dit is een hechte buurt", "This is a close-knit neighbourhood"),
                false),
            new Item(
                "SCT3",
                new Text(
                    "Mensen in deze buurt zijn te vertrouwen",
                    "People in this neighbourhood can be trusted"),
                false),
            new Item(
                "SCT4",
                new Text(
                    "Mensen in deze buurt kunnen niet goed met elkaar overweg",
                    "People in this neighbourhood generally don't get along with each other"),
                true),
            new Item(
                "SCT5",
                new Text(
                    "Mensen in deze buurt delen niet dezelfde waarden",
                    "People in this neighbourhood do not share the same values"),
                true)));
  }
}
