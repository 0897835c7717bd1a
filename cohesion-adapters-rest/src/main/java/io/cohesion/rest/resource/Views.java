package io.cohesion.rest.resource;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonInclude.Include;
import com.fasterxml.jackson.annotation.JsonValue;
import io.cohesion.core.ResponseRange;
import io.cohesion.core.Text;
import io.cohesion.core.trust.Item;
import io.cohesion.core.trust.Scale;
import io.cohesion.core.wishmap.SegmentColumn;
import io.cohesion.core.wishmap.Value;
import io.cohesion.core.wishmap.WishMap;
import java.util.List;
import java.util.Optional;

/**
 * Definitions as the API answers them: in the shape of the files of docs/cli.md, so that what a
 * caller reads can be sent back as it is.
 *
 * <p>Every response body of the API is a record named after the schema of the OpenAPI document it
 * writes, with {@code Body} added ({@code ScaleBody} writes {@code Scale}); a part that has no
 * schema of its own is named after its field ({@code ItemBody} is one of {@code items}). Its
 * components are the schema's properties in the document's order; an {@link Optional} one is left
 * out when empty, a nullable one is written as {@code null}.
 */
final class Views {
  private Views() {}

  /** {@code Text} (and {@code LocalText}): a text in Dutch and English. */
  record TextBody(String nl, String en) {}

  /** {@code Range}: the bounds of a response scale. */
  record RangeBody(double min, double max) {}

  /** {@code Scale}: a scale as its file has it. */
  record ScaleBody(
      String id, TextBody name, RangeBody response, int minAnswered, List<ItemBody> items) {}

  /** One of {@link ScaleBody#items()}. */
  record ItemBody(String id, TextBody text, boolean reverse) {}

  /** {@code WishMap}: a wish map as its file has it. */
  record WishMapBody(
      String id,
      List<ValueBody> values,
      @JsonInclude(Include.NON_ABSENT) Optional<RangeBody> importanceScale,
      @JsonInclude(Include.NON_ABSENT) Optional<RangeBody> satisfactionScale,
      int topChoices,
      List<SegmentBody> segments) {}

  /** One of {@link WishMapBody#values()}: a value's code and label. */
  record ValueBody(String code, TextBody label) {}

  /** One of {@link WishMapBody#segments()}: a column's name, or the column with its values. */
  sealed interface SegmentBody permits ColumnNameBody, DeclaredColumnBody {}

  /** A segment column without declared values, written as its name. */
  record ColumnNameBody(@JsonValue String column) implements SegmentBody {}

  /** {@code DeclaredColumn}: a segment column declared with its values. */
  record DeclaredColumnBody(String column, TextBody label, List<ValueBody> values)
      implements SegmentBody {}

  /**
   * {@code Submitted}: what a submission stored, {@code id} for one response or {@code imported}
   * for a file, under its {@code wishMapId} or {@code measurementId}.
   */
  @JsonInclude(Include.NON_ABSENT)
  record SubmittedBody(
      Optional<Long> id,
      Optional<Long> imported,
      Optional<String> wishMapId,
      Optional<String> measurementId) {

    /** One response stored as {@code id} for the wish map {@code wishMap}. */
    static SubmittedBody toWishMap(long id, String wishMap) {
      return new SubmittedBody(
          Optional.of(id), Optional.empty(), Optional.of(wishMap), Optional.empty());
    }

    /** {@code imported} responses stored for the wish map {@code wishMap}. */
    static SubmittedBody importedToWishMap(long imported, String wishMap) {
      return new SubmittedBody(
          Optional.empty(), Optional.of(imported), Optional.of(wishMap), Optional.empty());
    }

    /** One response stored as {@code id} for the measurement {@code measurement}. */
    static SubmittedBody toMeasurement(long id, String measurement) {
      return new SubmittedBody(
          Optional.of(id), Optional.empty(), Optional.empty(), Optional.of(measurement));
    }

    /** {@code imported} responses stored for the measurement {@code measurement}. */
    static SubmittedBody importedToMeasurement(long imported, String measurement) {
      return new SubmittedBody(
          Optional.empty(), Optional.of(imported), Optional.empty(), Optional.of(measurement));
    }
  }

  static TextBody text(Text text) {
    return new TextBody(text.nl(), text.en());
  }

  static RangeBody range(ResponseRange range) {
    return new RangeBody(range.min(), range.max());
  }

  static ScaleBody scale(Scale scale) {
    return new ScaleBody(
        scale.id().value(),
        text(scale.name()),
        range(scale.response()),
        scale.minAnswered(),
        scale.items().stream().map(Views::item).toList());
  }

  private static ItemBody item(Item item) {
    return new ItemBody(item.id(), text(item.text()), item.reverse());
  }

  static WishMapBody wishMap(WishMap map) {
    List<SegmentBody> segments =
        map.segments().stream()
            .map(
                column ->
                    map.declaration(column)
                        .<SegmentBody>map(Views::column)
                        .orElseGet(() -> new ColumnNameBody(column)))
            .toList();
    return new WishMapBody(
        map.id().value(),
        values(map.values()),
        map.importanceScale().map(Views::range),
        map.satisfactionScale().map(Views::range),
        map.topChoices(),
        segments);
  }

  /** Columns declared with their values, as {@code [{column, label, values}]}. */
  static List<DeclaredColumnBody> columns(List<SegmentColumn> declared) {
    return declared.stream().map(Views::column).toList();
  }

  private static DeclaredColumnBody column(SegmentColumn declared) {
    return new DeclaredColumnBody(
        declared.column(), text(declared.label()), values(declared.values()));
  }

  /** Values as {@code [{code, label}]}. */
  private static List<ValueBody> values(List<Value> values) {
    return values.stream().map(value -> new ValueBody(value.code(), text(value.label()))).toList();
  }
}
