package io.cohesion.persistence.schema;

import io.cohesion.persistence.schema.Schema.Column;
import io.cohesion.persistence.schema.Schema.ForeignKey;
import io.cohesion.persistence.schema.Schema.Index;
import io.cohesion.persistence.schema.Schema.Table;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Compares the schema SQLite ends up with after migrating to the one PostgreSQL ends up with:
 * tables, columns (mapped type, nullability, default, generation, options), primary keys, indexes
 * (uniqueness, columns in order, predicate), foreign keys (referenced columns, {@code ON DELETE})
 * and check constraints. Column order is not compared.
 */
public final class SchemaComparison {
  private final List<Difference> differences = new ArrayList<>();

  private SchemaComparison() {}

  /** Every difference between {@code sqlite} and {@code postgresql}, sorted. */
  public static List<Difference> compare(Schema sqlite, Schema postgresql) {
    SchemaComparison comparison = new SchemaComparison();
    for (String name : union(sqlite.tables().keySet(), postgresql.tables().keySet())) {
      Table s = sqlite.tables().get(name);
      Table p = postgresql.tables().get(name);
      if (s == null || p == null) {
        comparison.exists(name, "table", s, p);
      } else {
        comparison.table(s, p);
      }
    }
    comparison.differences.sort(null);
    return List.copyOf(comparison.differences);
  }

  /** The differences that no allowance allows. */
  public static List<Difference> unexplained(
      List<Difference> differences, List<Allowance> allowances) {
    return differences.stream()
        .filter(d -> allowances.stream().noneMatch(a -> a.allows(d)))
        .toList();
  }

  /** The allowances that allow none of the differences: stale, and to be removed. */
  public static List<Allowance> unused(List<Difference> differences, List<Allowance> allowances) {
    return allowances.stream().filter(a -> differences.stream().noneMatch(a::allows)).toList();
  }

  private void table(Table s, Table p) {
    String table = s.name();
    Map<String, Column> sColumns = byName(s.columns(), Column::name);
    Map<String, Column> pColumns = byName(p.columns(), Column::name);
    for (String name : union(sColumns.keySet(), pColumns.keySet())) {
      Column sc = sColumns.get(name);
      Column pc = pColumns.get(name);
      String subject = "column " + name;
      if (sc == null || pc == null) {
        exists(table, subject, sc, pc);
        continue;
      }
      if (!sc.type().equals(pc.type())) {
        add(
            table,
            subject,
            "type",
            sc.type() + " (" + sc.declared() + ")",
            pc.type() + " (" + pc.declared() + ")");
      }
      differ(
          table, subject, "nullable", String.valueOf(sc.nullable()), String.valueOf(pc.nullable()));
      differ(table, subject, "default", text(sc.defaultValue()), text(pc.defaultValue()));
      differ(table, subject, "generated", text(sc.generated()), text(pc.generated()));
      options(table, subject, sc.options(), pc.options());
    }
    differ(table, "primary key", "columns", list(s.primaryKey()), list(p.primaryKey()));

    Map<String, Index> sIndexes = byName(s.indexes(), Index::name);
    Map<String, Index> pIndexes = byName(p.indexes(), Index::name);
    for (String name : union(sIndexes.keySet(), pIndexes.keySet())) {
      Index si = sIndexes.get(name);
      Index pi = pIndexes.get(name);
      String subject = "index " + name;
      if (si == null || pi == null) {
        exists(table, subject, si, pi);
        continue;
      }
      differ(table, subject, "unique", String.valueOf(si.unique()), String.valueOf(pi.unique()));
      differ(table, subject, "columns", list(si.columns()), list(pi.columns()));
      differ(table, subject, "where", text(si.where()), text(pi.where()));
    }

    Map<String, ForeignKey> sKeys = byName(s.foreignKeys(), k -> list(k.columns()));
    Map<String, ForeignKey> pKeys = byName(p.foreignKeys(), k -> list(k.columns()));
    for (String columns : union(sKeys.keySet(), pKeys.keySet())) {
      ForeignKey sk = sKeys.get(columns);
      ForeignKey pk = pKeys.get(columns);
      String subject = "foreign key " + columns;
      if (sk == null || pk == null) {
        exists(table, subject, sk, pk);
        continue;
      }
      differ(table, subject, "references", references(sk), references(pk));
      differ(table, subject, "on delete", sk.onDelete(), pk.onDelete());
    }

    Map<String, Long> sChecks = counts(s.checks());
    Map<String, Long> pChecks = counts(p.checks());
    for (String check : union(sChecks.keySet(), pChecks.keySet())) {
      long sCount = sChecks.getOrDefault(check, 0L);
      long pCount = pChecks.getOrDefault(check, 0L);
      if (sCount != pCount) {
        add(table, "check " + check, "exists", checkCount(sCount), checkCount(pCount));
      }
    }

    options(table, "table", s.options(), p.options());
  }

  private void options(
      String table, String subject, Map<String, String> sqlite, Map<String, String> postgresql) {
    for (String option : union(sqlite.keySet(), postgresql.keySet())) {
      differ(
          table,
          subject,
          option,
          sqlite.getOrDefault(option, Difference.NONE),
          postgresql.getOrDefault(option, Difference.NONE));
    }
  }

  private void exists(String table, String subject, Object sqlite, Object postgresql) {
    add(
        table,
        subject,
        "exists",
        sqlite == null ? Difference.ABSENT : Difference.PRESENT,
        postgresql == null ? Difference.ABSENT : Difference.PRESENT);
  }

  private void differ(
      String table, String subject, String aspect, String sqlite, String postgresql) {
    if (!Objects.equals(sqlite, postgresql)) {
      add(table, subject, aspect, sqlite, postgresql);
    }
  }

  private void add(String table, String subject, String aspect, String sqlite, String postgresql) {
    differences.add(new Difference(table, subject, aspect, sqlite, postgresql));
  }

  private static String references(ForeignKey key) {
    return key.table() + " " + list(key.referenced());
  }

  private static String checkCount(long count) {
    return count == 0 ? Difference.ABSENT : count == 1 ? Difference.PRESENT : count + " times";
  }

  private static String text(Optional<String> value) {
    return value.orElse(Difference.NONE);
  }

  private static String list(List<String> columns) {
    return "(" + String.join(", ", columns) + ")";
  }

  private static Set<String> union(Collection<String> a, Collection<String> b) {
    Set<String> all = new TreeSet<>(a);
    all.addAll(b);
    return all;
  }

  private static Map<String, Long> counts(List<String> values) {
    return values.stream()
        .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
  }

  private static <T> Map<String, T> byName(List<T> items, Function<T, String> name) {
    Map<String, T> byName = new HashMap<>();
    for (T item : items) {
      if (byName.put(name.apply(item), item) != null) {
        throw new IllegalArgumentException("two of the same name: " + name.apply(item));
      }
    }
    return byName;
  }
}
