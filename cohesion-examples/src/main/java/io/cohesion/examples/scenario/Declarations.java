package io.cohesion.examples.scenario;

import io.cohesion.core.Text;
import io.cohesion.core.wishmap.SegmentColumn;
import io.cohesion.core.wishmap.Value;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * The declared segment columns of the pilots' wish maps: a researcher and the workshop page see
 * groups of declared columns only (docs/privacy.md#keys-are-declared). Values are declared in code
 * order, the order the reports have always listed them in.
 */
final class Declarations {
  private static final Map<String, Text> LABELS =
      Map.ofEntries(
          Map.entry("household", new Text("Huishouden", "Household")),
          Map.entry("area", new Text("Dorpsdeel of wijkdeel", "Part of the neighbourhood")),
          Map.entry("young_parents", new Text("Jonge ouders", "Young parents")),
          Map.entry("families", new Text("Gezinnen", "Families")),
          Map.entry("couples", new Text("Stellen", "Couples")),
          Map.entry("seniors", new Text("Ouderen", "Seniors")),
          Map.entry("singles", new Text("Alleenstaanden", "Singles")),
          Map.entry("centrum", new Text("Centrum", "Centre")),
          Map.entry("noord", new Text("Noord", "North")),
          Map.entry("midden", new Text("Midden", "Middle")),
          Map.entry("zuid", new Text("Zuid", "South")),
          Map.entry("buitengebied", new Text("Buitengebied", "Countryside")));

  private Declarations() {}

  /** {@code column} declared with {@code codes}, in code order, labelled where a label is known. */
  static SegmentColumn of(String column, Collection<String> codes) {
    List<Value> values =
        codes.stream()
            .sorted()
            .map(code -> new Value(code, LABELS.getOrDefault(code, Text.of(code))))
            .toList();
    return new SegmentColumn(column, LABELS.getOrDefault(column, Text.of(column)), values);
  }
}
