package io.cohesion.core.privacy;

import static java.util.Objects.requireNonNull;
import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.cohesion.core.FieldError;
import io.cohesion.core.ValidationException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import java.util.function.Function;
import java.util.function.ToLongFunction;
import org.apiguardian.api.API;

/**
 * Hands the rows of a bulk import to a store's {@link ResponseStore#importAll} once each has been
 * checked against its definition, so that the store's one transaction stores all of them or, when a
 * row does not fit, none.
 *
 * <p>A collection is checked whole before the store sees any of it. Any other iterable streams: a
 * file of millions of rows is never held in memory, and each row is checked as the store takes it
 * (on whatever thread the store takes it). At the first row that does not fit, the rest are read
 * and checked too, so that every row that does not fit is named, and then the store's transaction
 * is abandoned.
 *
 * <p>The use cases that import responses ({@link
 * io.cohesion.core.wishmap.ManageWishMaps#importResponses}, {@link
 * io.cohesion.core.trust.ManageMeasurements#importAll}) check their rows this way.
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public final class CheckedImport {
  private CheckedImport() {}

  /**
   * Imports {@code rows} through {@code store} after {@code check} has passed each of them.
   *
   * @param field the name the errors give the rows, as in {@code rows[3].importance.contact}
   * @param check the errors of one row, none when it fits
   * @param store the store's import of the rows it is given, in one transaction
   * @return what {@code store} returns: how many rows were stored
   * @throws ValidationException naming every row that does not fit, by its position from 0
   */
  public static <R> long importAll(
      Iterable<? extends R> rows,
      String field,
      Function<? super R, List<FieldError>> check,
      ToLongFunction<Iterable<? extends R>> store) {
    requireNonNull(rows, "rows");
    requireNonNull(field, "field");
    requireNonNull(check, "check");
    requireNonNull(store, "store");
    if (rows instanceof Collection<? extends R> collection) {
      List<R> all = List.copyOf(collection);
      List<FieldError> errors = new ArrayList<>();
      for (int row = 0; row < all.size(); row++) {
        addErrors(errors, field, row, check.apply(all.get(row)));
      }
      if (!errors.isEmpty()) {
        throw new ValidationException(errors);
      }
      return store.applyAsLong(all);
    }
    Checked<R> checked = new Checked<>(rows, field, check);
    try {
      return store.applyAsLong(checked);
    } catch (RuntimeException e) {
      // However the store passes on what the rows threw, the refusal is what the caller hears.
      ValidationException refused = checked.refused;
      if (refused != null && refused != e) {
        refused.addSuppressed(e);
        throw refused;
      }
      throw e;
    }
  }

  private static void addErrors(List<FieldError> to, String field, long row, List<FieldError> of) {
    for (FieldError error : of) {
      to.add(new FieldError(field + "[" + row + "]." + error.field(), error.reason()));
    }
  }

  /** The rows as the store takes them, each checked on the way. */
  private static final class Checked<R> implements Iterable<R> {
    private final Iterable<? extends R> rows;
    private final String field;
    private final Function<? super R, List<FieldError>> check;
    private boolean taken;
    private volatile ValidationException refused;

    Checked(Iterable<? extends R> rows, String field, Function<? super R, List<FieldError>> check) {
      this.rows = rows;
      this.field = field;
      this.check = check;
    }

    @Override
    public Iterator<R> iterator() {
      if (taken) {
        throw new IllegalStateException("the rows of an import are taken once");
      }
      taken = true;
      Iterator<? extends R> source = rows.iterator();
      return new Iterator<>() {
        private long position;

        @Override
        public boolean hasNext() {
          return source.hasNext();
        }

        @Override
        public R next() {
          R row = source.next();
          List<FieldError> errors = check.apply(row);
          if (!errors.isEmpty()) {
            throw refuse(source, errors);
          }
          position++;
          return row;
        }

        /** Checks the rows left after one that does not fit, to name every one that does not. */
        private ValidationException refuse(Iterator<? extends R> source, List<FieldError> first) {
          List<FieldError> all = new ArrayList<>();
          addErrors(all, field, position++, first);
          while (source.hasNext()) {
            addErrors(all, field, position++, check.apply(source.next()));
          }
          refused = new ValidationException(all);
          return refused;
        }
      };
    }
  }
}
