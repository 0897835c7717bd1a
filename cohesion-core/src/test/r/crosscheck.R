# Cross-check of every published figure (docs/scoring.md) on seeded data sets built to hit edge
# cases. The figures are computed here from the definitions of docs/scoring.md and R's own functions, without
# looking at the Java code.
#
# Run from the repository root:   Rscript cohesion-core/src/test/r/crosscheck.R
# Needs R with psych (2.2.9), multilevel (2.7) and jsonlite.
# Writes into cohesion-core/src/test/resources/crosscheck/:
#   <case>.scale.json / <case>.wishmap.json   the instrument, in the file format of docs/cli.md
#   <case>.csv, <case>-before.csv, ...        the responses, in the CSV layout of docs/cli.md
#   expected.json                             per case: the command, its options and the JSON
#                                             document the command must print (docs/cli.md)
# The Java tests read these files; they never need R.
#
# Sources of truth, figure by figure:
#  - reliability: psych::alpha on the respondents who answered every item (listwise), after
#    reversal (min + max - x), check.keys = FALSE. psych::alpha itself defaults to pairwise
#    covariances (`use = "pairwise"`) and takes item means and sds with na.rm = TRUE; on
#    listwise-complete data all of those coincide with the listwise figures of docs/scoring.md#51-scales, which the
#    script checks by recomputing raw alpha, r-bar and the item means from the complete rows.
#    Outputs used: total$raw_alpha, total$std.alpha, total$average_r, item.stats$mean,
#    item.stats$sd, item.stats$r.drop and alpha.drop$raw_alpha.
#  - group reliability: multilevel::ICC1 and multilevel::ICC2 of aov(score ~ group) on the scored
#    respondents that have a group; J = groups with at least one person score, mean size N/J.
#  - scale score: mean, sd and mean +- qt(0.975, n - 1) * sd / sqrt(n).
#  - waves: t.test(after, before) (Welch) and t.test(..., paired = TRUE); Hedges' g and d_z by
#    their formulas in docs/scoring.md#54-waves.
#  - red thread: the formulas of docs/scoring.md#53-red-thread written out below in plain R; Kendall's W additionally
#    checked against stats::friedman.test (W = Q / (m (k - 1))).
#  - small-group rule: docs/scoring.md#52-disclosure-control written out below.
#
# Conventions where docs/scoring.md and psych differ or the docs are silent (docs/scoring.md, "Conventions"):
#  - an item that every complete respondent answered alike has no correlation: like psych::alpha
#    (delete = TRUE) it is left out of alpha, standardized alpha, average r and the other items'
#    figures; its own mean and sd (0) are reported, its item-rest r and alpha-if-deleted are null.
#  - a two-item scale has no alpha-if-deleted (one item has no alpha): null. psych reports
#    C[1,2]/C[2,2] and C[1,2]/C[1,1] there, which are not alphas.
#  - a group key whose respondents have no person score has n = 0 < kMin: it is suppressed; it
#    holds nobody, so on its own it does not start the complementary step of docs/scoring.md#52-disclosure-control.
#  - top choices are read in column order top1..topN; the data below leave only trailing top
#    columns empty, so position p is the column number.
#  - pTopK depends on the bootstrap's random stream (java.util.SplittableRandom), which R does not
#    reproduce: the red-thread cases run with B = 0, where pTopK is null by definition. The Java
#    tests check the bootstrap's determinism and invariants separately.

suppressPackageStartupMessages({
  library(psych)
  library(multilevel)
  library(jsonlite)
})
stopifnot(as.character(packageVersion("psych")) == "2.2.9")
stopifnot(as.character(packageVersion("multilevel")) == "2.7")

out <- file.path("cohesion-core", "src", "test", "resources", "crosscheck")
dir.create(out, recursive = TRUE, showWarnings = FALSE)
unlink(list.files(out, full.names = TRUE))

# ------------------------------------------------------------------------------------ helpers

fmt_cell <- function(x) {
  ifelse(is.na(x), "", format(x, scientific = FALSE, trim = TRUE, drop0trailing = TRUE,
                              digits = 15))
}

write_csv <- function(frame, file) {
  cells <- as.data.frame(lapply(frame, function(col) {
    if (is.numeric(col)) fmt_cell(col) else ifelse(is.na(col), "", as.character(col))
  }), stringsAsFactors = FALSE, check.names = FALSE)
  lines <- c(paste(names(frame), collapse = ","),
             apply(cells, 1, function(r) paste(r, collapse = ",")))
  writeLines(lines, file.path(out, file), useBytes = TRUE)
}

write_doc <- function(doc, file) {
  write_json(doc, file.path(out, file), auto_unbox = TRUE, pretty = TRUE, digits = NA)
}

# byte order of keys, as Java's String.compareTo orders ASCII keys
key_sort <- function(x) sort(unique(x), method = "radix")

ci95 <- function(v) {
  n <- length(v)
  if (n < 2) return(NULL)
  h <- qt(0.975, n - 1) * sd(v) / sqrt(n)
  c(mean(v) - h, mean(v) + h)
}

or_null <- function(x) if (length(x) == 0 || is.na(x) || !is.finite(x)) NULL else x

# docs/scoring.md#52-disclosure-control: suppress every group with n < kMin; then, while the suppressed groups together hold
# fewer than kMin respondents, suppress the smallest published group (the first in key order on a
# tie). Convention: a group of size 0 is suppressed but does not start the complementary step.
small_group_rule <- function(sizes, k_min) {
  hidden <- sizes < k_min
  starts <- any(sizes > 0 & sizes < k_min)
  while (starts && sum(sizes[hidden]) < k_min && any(!hidden)) {
    open <- which(!hidden)
    hidden[open[which.min(sizes[open])]] <- TRUE
  }
  hidden
}

# ----------------------------------------------------------------------------------- scales

scale_doc <- function(id, min, max, min_answered, items, reverse) {
  list(id = id, name = list(nl = paste("schaal", id), en = paste("scale", id)),
       response = list(min = min, max = max), minAnswered = min_answered,
       items = lapply(seq_along(items), function(j)
         list(id = items[j], text = list(nl = items[j], en = items[j]), reverse = reverse[j])))
}

keyed <- function(frame, sc) {
  items <- sapply(sc$items, `[[`, "id")
  x <- as.matrix(frame[, items, drop = FALSE])
  for (j in seq_along(items)) {
    if (sc$items[[j]]$reverse) x[, j] <- sc$response$min + sc$response$max - x[, j]
  }
  x
}

person_scores <- function(x, min_answered) {
  answered <- rowSums(!is.na(x))
  s <- rowSums(x, na.rm = TRUE) / answered
  s[answered < min_answered | answered == 0] <- NA
  s
}

reliability <- function(x) {
  complete <- x[complete.cases(x), , drop = FALSE]
  if (nrow(complete) < 2) return(NULL)
  items <- colnames(complete)
  # psych::alpha (delete = TRUE) leaves out an item without variance, with a warning
  kept <- items[apply(complete, 2, sd) > 0]
  k <- length(kept)
  a <- suppressWarnings(psych::alpha(as.data.frame(complete), check.keys = FALSE,
                                     warnings = FALSE))
  stopifnot(identical(rownames(a$item.stats), kept))
  # psych's defaults are pairwise; on complete rows they equal the listwise definitions
  C <- cov(complete[, kept])
  stopifnot(abs(a$total$raw_alpha - k / (k - 1) * (1 - sum(diag(C)) / sum(C))) < 1e-12)
  R <- cor(complete[, kept])
  stopifnot(abs(a$total$average_r - mean(R[upper.tri(R)])) < 1e-12)
  stopifnot(max(abs(a$item.stats$mean - colMeans(complete[, kept]))) < 1e-12)
  list(
    alpha = a$total$raw_alpha,
    standardizedAlpha = a$total$std.alpha,
    averageR = a$total$average_r,
    items = lapply(items, function(id) {
      if (!id %in% kept) {
        return(list(id = id, mean = mean(complete[, id]), sd = 0, itemRestCorrelation = NULL,
                    alphaIfDeleted = NULL))
      }
      j <- match(id, kept)
      rest <- rowSums(complete[, setdiff(kept, id), drop = FALSE])
      r_drop <- a$item.stats$r.drop[j]
      stopifnot(abs(r_drop - cor(complete[, id], rest)) < 1e-12)
      list(id = id, mean = a$item.stats$mean[j], sd = a$item.stats$sd[j],
           itemRestCorrelation = r_drop,
           # convention: no alpha of a single remaining item (psych prints a covariance ratio)
           alphaIfDeleted = if (k > 2) a$alpha.drop$raw_alpha[j] else NULL)
    })
  )
}

group_reliability <- function(scores, groups) {
  keep <- !is.na(scores) & !is.na(groups)
  g <- factor(groups[keep])
  J <- nlevels(g)
  N <- sum(keep)
  if (J < 2 || N <= J) return(NULL)
  model <- aov(scores[keep] ~ g)
  list(icc1 = multilevel::ICC1(model), icc2 = multilevel::ICC2(model), groups = J,
       meanGroupSize = N / J)
}

group_table <- function(scores, groups, k_min) {
  keys <- key_sort(groups[!is.na(groups)])
  sizes <- sapply(keys, function(k) sum(!is.na(scores) & !is.na(groups) & groups == k))
  hidden <- small_group_rule(sizes, k_min)
  lapply(seq_along(keys), function(i) {
    if (hidden[i]) return(list(group = keys[i], suppressed = TRUE))
    v <- scores[!is.na(scores) & !is.na(groups) & groups == keys[i]]
    list(group = keys[i], n = length(v), mean = or_null(mean(v)),
         sd = if (length(v) > 1) sd(v) else NULL, ci95 = ci95(v), suppressed = FALSE)
  })
}

score_case <- function(name, sc, frame, group_by = NULL, k_min = 5) {
  write_doc(sc, paste0(name, ".scale.json"))
  write_csv(frame, paste0(name, ".csv"))
  x <- keyed(frame, sc)
  s <- person_scores(x, sc$minAnswered)
  scored <- s[!is.na(s)]
  expected <- list(
    n = nrow(frame),
    nComplete = sum(complete.cases(x)),
    reliability = reliability(x),
    score = list(n = length(scored), mean = or_null(mean(scored)),
                 sd = if (length(scored) > 1) sd(scored) else NULL, ci95 = ci95(scored)),
    groupReliability = NULL,
    groups = NULL)
  if (!is.null(group_by)) {
    g <- as.character(frame[[group_by]])
    g[!is.na(g) & g == ""] <- NA
    expected["groupReliability"] <- list(group_reliability(s, g))
    expected["groups"] <- list(group_table(s, g, k_min))
  }
  list(name = name, command = "score", scale = paste0(name, ".scale.json"),
       data = paste0(name, ".csv"), groupBy = group_by, kMin = k_min,
       expected = expected)
}

# answers from a latent trait: item j = centre + loading * (trait + group effect) + noise,
# rounded to `step`, clipped to the range, reversed items written reversed
simulate_answers <- function(n, sc, trait, loadings, noise, step = 1) {
  min <- sc$response$min
  max <- sc$response$max
  k <- length(sc$items)
  centre <- (min + max) / 2
  m <- sapply(seq_len(k), function(j) {
    v <- centre + loadings[j] * trait + rnorm(n, sd = noise[j])
    v <- pmin(max, pmax(min, round(v / step) * step))
    if (sc$items[[j]]$reverse) v <- min + max - v
    v
  })
  colnames(m) <- sapply(sc$items, `[[`, "id")
  m
}

cases <- list()
add <- function(case) cases[[length(cases) + 1]] <<- case

# 1. 1-5, five items (two reversed), minAnswered 3; 18% missing; groups of 1, 2, 3 (no member
#    scored), 4, 6 (all answers alike: sd 0), 12, 25, 40 and the rest; some without a group.
set.seed(5101)
sc <- scale_doc("trust15", 1, 5, 3, c("T1", "T2", "T3", "T4r", "T5r"),
                c(FALSE, FALSE, FALSE, TRUE, TRUE))
sizes <- c(A = 1, B = 2, C = 3, D = 4, E = 6, F = 12, G = 25, H = 40, I = 47)
group <- rep(names(sizes), sizes)
n <- length(group) + 10
group <- sample(c(group, rep(NA, 10)))
effect <- c(A = 0.5, B = -0.5, C = 0, D = 1, E = 0, F = -1, G = 0.4, H = 0, I = -0.3)
trait <- rnorm(n) + ifelse(is.na(group), 0, effect[group])
m <- simulate_answers(n, sc, trait, c(0.9, 0.8, 0.7, 0.6, 0.5), c(0.7, 0.8, 0.9, 1, 1.1))
m[matrix(runif(length(m)) < 0.18, nrow(m))] <- NA
for (r in which(group %in% "C")) m[r, -sample(5, 2)] <- NA  # two answers: below minAnswered
for (r in which(group %in% "E")) m[r, ] <- c(4, 4, 4, 2, 2)  # person score 4 throughout
m[which(!group %in% c("C", "E"))[1:6], ] <- NA                # six respondents answered nothing
m[which(!group %in% c("C", "E"))[7:9], 1:4] <- NA             # three answered one item
frame <- data.frame(respondent = sprintf("t15-%03d", seq_len(n)), m, buurt = group,
                    note = "x", check.names = FALSE)
add(score_case("trust15", sc, frame, "buurt", 5))

# 2. 0-10 with halves (7.5), three items (one reversed), minAnswered 2; unequal variances per
#    group; groups of 2, 2, 3, 5, 8, 20 and 40, kMin 3.
set.seed(5102)
sc <- scale_doc("ess010", 0, 10, 2, c("ppltrst", "pplfair", "pplhlp_r"), c(FALSE, FALSE, TRUE))
sizes <- c(w01 = 2, w02 = 2, w03 = 3, w04 = 5, w05 = 8, w06 = 20, w07 = 40)
group <- sample(rep(names(sizes), sizes))
n <- length(group)
spread <- c(w01 = 0.5, w02 = 3, w03 = 1, w04 = 2, w05 = 0.7, w06 = 1.5, w07 = 2.5)
shift <- c(w01 = 2, w02 = -1, w03 = 0, w04 = 1.5, w05 = -2, w06 = 0.5, w07 = 0)
trait <- shift[group] + rnorm(n) * spread[group]
m <- simulate_answers(n, sc, trait, c(1.2, 1.0, 0.8), c(1.5, 1.5, 2), step = 0.5)
m[matrix(runif(length(m)) < 0.12, nrow(m))] <- NA
frame <- data.frame(wijk = group, respondent = sprintf("ess-%02d", seq_len(n)), m,
                    check.names = FALSE)
add(score_case("ess010", sc, frame, "wijk", 3))

# 3. 1-7, two items (k = 2), minAnswered 1, 30% missing; groups 1, 1, 2, 6, 7 and the rest:
#    the three small ones hold 4 < 5, so the group of 6 is suppressed as well.
set.seed(5103)
sc <- scale_doc("pair17", 1, 7, 1, c("P1", "P2r"), c(FALSE, TRUE))
sizes <- c(s1 = 1, s2 = 1, s3 = 2, s4 = 6, s5 = 7, s6 = 43)
group <- sample(rep(names(sizes), sizes))
n <- length(group)
m <- simulate_answers(n, sc, rnorm(n, sd = 1.3), c(1.1, 0.9), c(1, 1.2))
m[matrix(runif(length(m)) < 0.3, nrow(m))] <- NA
frame <- data.frame(respondent = sprintf("p17-%02d", seq_len(n)), m, street = group,
                    check.names = FALSE)
add(score_case("pair17", sc, frame, "street", 5))

# 4. 1-5 in halves (2.5), four items (one reversed), minAnswered = k = 4: only complete
#    respondents have a score; no grouping.
set.seed(5104)
sc <- scale_doc("frac15", 1, 5, 4, c("F1", "F2", "F3r", "F4"), c(FALSE, FALSE, TRUE, FALSE))
n <- 45
m <- simulate_answers(n, sc, rnorm(n), c(0.8, 0.6, 0.9, 0.4), c(0.6, 0.9, 0.7, 1), step = 0.5)
m[matrix(runif(length(m)) < 0.08, nrow(m))] <- NA
frame <- data.frame(respondent = sprintf("f-%02d", seq_len(n)), m, check.names = FALSE)
add(score_case("frac15", sc, frame, NULL, 5))

# 4b. 1-5, five items; every complete respondent answered K3 with 4 (others did not), so
#     psych leaves K3 out of alpha; K5 likewise, leaving three items.
set.seed(5111)
sc <- scale_doc("flat15", 1, 5, 2, sprintf("K%d", 1:5), c(FALSE, TRUE, FALSE, FALSE, FALSE))
n <- 30
m <- simulate_answers(n, sc, rnorm(n), c(0.9, 0.8, 0.5, 0.7, 0.5), rep(0.8, 5))
m[matrix(runif(length(m)) < 0.1, nrow(m))] <- NA
m[1:4, 1] <- NA
m[, 3] <- ifelse(complete.cases(m[, -3]), 4, c(1, 2, 5)[seq_len(n) %% 3 + 1])
m[1:3, 3] <- NA
m[complete.cases(m), 5] <- 2
frame <- data.frame(respondent = sprintf("k-%02d", seq_len(n)), m, check.names = FALSE)
add(score_case("flat15", sc, frame, NULL, 5))

# 5. -3..3, six items (three reversed), minAnswered 2; 60 buildings of 1 to 12 respondents.
set.seed(5105)
sc <- scale_doc("neg33", -3, 3, 2, sprintf("N%d", 1:6), c(TRUE, FALSE, TRUE, FALSE, TRUE, FALSE))
sizes <- sample(1:12, 60, replace = TRUE)
keys <- sprintf("b%02d", seq_along(sizes))
group <- sample(rep(keys, sizes))
n <- length(group)
effect <- setNames(rnorm(length(keys), sd = 0.6), keys)
m <- simulate_answers(n, sc, rnorm(n) + effect[group], c(1, 0.9, 0.8, 0.7, 0.6, 0.5),
                      rep(0.9, 6))
m[matrix(runif(length(m)) < 0.1, nrow(m))] <- NA
frame <- data.frame(respondent = sprintf("n-%03d", seq_len(n)), building = group, m,
                    check.names = FALSE)
add(score_case("neg33", sc, frame, "building", 5))

# ------------------------------------------------------------------------------------ waves

compare_case <- function(name, sc, before, after) {
  write_doc(sc, paste0(name, ".scale.json"))
  write_csv(before, paste0(name, "-before.csv"))
  write_csv(after, paste0(name, "-after.csv"))
  sb <- person_scores(keyed(before, sc), sc$minAnswered)
  sa <- person_scores(keyed(after, sc), sc$minAnswered)
  xb <- sb[!is.na(sb)]
  xa <- sa[!is.na(sa)]
  nb <- length(xb)
  na <- length(xa)
  independent <- list(nBefore = nb, nAfter = na, meanBefore = or_null(mean(xb)),
                      meanAfter = or_null(mean(xa)), difference = or_null(mean(xa) - mean(xb)),
                      ci95 = NULL, welchDf = NULL, hedgesG = NULL)
  if (na >= 2 && nb >= 2) {
    w <- t.test(xa, xb, var.equal = FALSE)
    pooled <- sqrt(((na - 1) * var(xa) + (nb - 1) * var(xb)) / (na + nb - 2))
    independent$ci95 <- as.numeric(w$conf.int)
    independent$welchDf <- unname(w$parameter)
    independent$hedgesG <- (1 - 3 / (4 * (na + nb) - 9)) * (mean(xa) - mean(xb)) / pooled
  }
  ids <- intersect(before$respondent[!is.na(sb)], after$respondent[!is.na(sa)])
  paired <- NULL
  if (length(ids) >= 2) {
    pa <- sa[match(ids, after$respondent)]
    pb <- sb[match(ids, before$respondent)]
    p <- t.test(pa, pb, paired = TRUE)
    d <- pa - pb
    paired <- list(nPairs = length(ids), meanDifference = unname(p$estimate),
                   ci95 = as.numeric(p$conf.int), dz = mean(d) / sd(d))
  }
  list(name = name, command = "compare", scale = paste0(name, ".scale.json"),
       before = paste0(name, "-before.csv"), after = paste0(name, "-after.csv"),
       expected = list(independent = independent, paired = paired))
}

# 6. 1-5, four items (one reversed), minAnswered 2; 90 before, 70 after (shuffled), 40 in both,
#    some of them without a score in one wave; the after wave is more spread out.
set.seed(5106)
sc <- scale_doc("waves15", 1, 5, 2, c("W1", "W2", "W3r", "W4"), c(FALSE, FALSE, TRUE, FALSE))
people <- sprintf("h%03d", 1:120)
trait <- setNames(rnorm(120), people)
who_b <- people[1:90]
who_a <- sample(people[51:120])
mb <- simulate_answers(90, sc, trait[who_b], c(0.8, 0.7, 0.6, 0.5), rep(0.7, 4))
ma <- simulate_answers(70, sc, 0.3 + 1.6 * trait[who_a], c(0.8, 0.7, 0.6, 0.5), rep(1.2, 4))
mb[matrix(runif(length(mb)) < 0.1, nrow(mb))] <- NA
ma[matrix(runif(length(ma)) < 0.1, nrow(ma))] <- NA
mb[who_b %in% c("h055", "h060"), 2:4] <- NA  # in both waves, no score before
ma[who_a %in% c("h070"), 1:3] <- NA          # in both waves, no score after
add(compare_case("waves15",
                 sc, data.frame(respondent = who_b, mb), data.frame(respondent = who_a, ma)))

# 7. 0-10 with halves, three items; 6 before, 4 after, 2 pairs.
set.seed(5107)
sc <- scale_doc("wavesmall", 0, 10, 2, c("Q1", "Q2", "Q3r"), c(FALSE, FALSE, TRUE))
mb <- simulate_answers(6, sc, rnorm(6), c(1.5, 1.2, 1), c(1, 1, 1), step = 0.5)
ma <- simulate_answers(4, sc, rnorm(4, mean = 1), c(1.5, 1.2, 1), c(1, 1, 1), step = 0.5)
add(compare_case("wavesmall", sc,
                 data.frame(respondent = c("a", "b", "c", "d", "e", "f"), mb),
                 data.frame(respondent = c("x", "c", "y", "a"), ma)))

# 8. one pair only: no paired comparison; before without pseudonyms for two rows.
set.seed(5108)
sc <- scale_doc("wavesone", 1, 5, 3, c("O1", "O2", "O3"), c(FALSE, FALSE, FALSE))
mb <- simulate_answers(8, sc, rnorm(8), c(0.9, 0.9, 0.9), c(0.8, 0.8, 0.8))
ma <- simulate_answers(9, sc, rnorm(9), c(0.9, 0.9, 0.9), c(0.8, 0.8, 0.8))
add(compare_case("wavesone", sc,
                 data.frame(respondent = c(sprintf("q%d", 1:6), NA, NA), mb),
                 data.frame(respondent = c("q6", sprintf("z%d", 1:8)), ma)))

# ------------------------------------------------------------------------------- red thread

value_figures <- function(imp, sat, top, map) {
  codes <- sapply(map$values, `[[`, "code")
  ir <- map$importanceScale
  sr <- map$satisfactionScale
  T <- map$topChoices
  with_top <- !is.na(top[, 1])
  figures <- lapply(seq_along(codes), function(v) {
    i <- imp[, v]
    answered <- i[!is.na(i)]
    ui <- (i - ir$min) / (ir$max - ir$min)
    if (is.null(sr)) {
      u <- ui[!is.na(ui)]
      sat_mean <- NULL
    } else {
      s <- sat[, v]
      both <- !is.na(i) & !is.na(s)
      u <- ui[both] * (sr$max - s[both]) / (sr$max - sr$min)
      sat_mean <- or_null(mean(s[!is.na(s)]))
    }
    named <- rowSums(top == codes[v], na.rm = TRUE) > 0
    points <- sum(sapply(seq_len(T), function(p) sum(top[, p] == codes[v], na.rm = TRUE) *
                                                  (T - p + 1)))
    list(code = codes[v], n = length(answered), importanceMean = or_null(mean(answered)),
         importanceSd = if (length(answered) > 1) sd(answered) else NULL,
         satisfactionMean = sat_mean, urgency = or_null(mean(u)),
         topShare = if (any(with_top)) sum(named & with_top) / sum(with_top) else NULL,
         borda = points, rank = NA, pTopK = NULL)
  })
  # rank: urgency descending (undefined last), borda descending, code ascending. Urgencies are
  # compared after rounding to 12 digits so that equal means computed in another order tie, as
  # they do mathematically (distinct means here differ by far more than 1e-12).
  urg <- sapply(figures, function(f) if (is.null(f$urgency)) NA else round(f$urgency, 12))
  borda <- sapply(figures, `[[`, "borda")
  order <- order(is.na(urg), -ifelse(is.na(urg), 0, urg), -borda, codes, method = "radix")
  for (p in seq_along(order)) figures[[order[p]]]$rank <- p
  figures[order]
}

kendall_w <- function(imp) {
  x <- imp[complete.cases(imp), , drop = FALSE]
  m <- nrow(x)
  k <- ncol(x)
  if (m < 2) return(NULL)
  ranks <- t(apply(x, 1, rank, ties.method = "average"))
  ties <- sum(apply(x, 1, function(r) { t <- table(r); sum(t^3 - t) }))
  s <- sum((colSums(ranks) - m * (k + 1) / 2)^2)
  denominator <- m^2 * (k^3 - k) - m * ties
  if (denominator <= 0) return(NULL)
  w <- 12 * s / denominator
  q <- unname(suppressWarnings(stats::friedman.test(x))$statistic)
  stopifnot(abs(w - q / (m * (k - 1))) < 1e-12)
  w
}

red_thread_case <- function(name, map, frame) {
  write_doc(map, paste0(name, ".wishmap.json"))
  write_csv(frame, paste0(name, ".csv"))
  codes <- sapply(map$values, `[[`, "code")
  imp <- as.matrix(frame[, paste0("imp.", codes)])
  sat <- if (is.null(map$satisfactionScale)) NULL else as.matrix(frame[, paste0("sat.", codes)])
  top <- as.matrix(frame[, paste0("top", seq_len(map$topChoices)), drop = FALSE])
  top[!is.na(top) & top == ""] <- NA
  stopifnot(all(rowSums(is.na(top)) == 0 | apply(top, 1, function(r) {
    # empty top columns only at the end
    filled <- !is.na(r)
    all(cumsum(!filled) == 0 | !filled)
  })))
  net_lists <- lapply(strsplit(ifelse(is.na(frame$networks), "", frame$networks), ";"),
                      function(x) unique(trimws(x[trimws(x) != ""])))
  segments <- list()
  partitions <- list()
  for (column in unlist(map$segments)) {
    g <- as.character(frame[[column]])
    g[!is.na(g) & g == ""] <- NA
    keys <- key_sort(g[!is.na(g)])
    sizes <- sapply(keys, function(k) sum(g == k, na.rm = TRUE))
    hidden <- small_group_rule(sizes, 5)
    partitions[[column]] <- list(g = g, keys = keys, hidden = hidden)
    for (i in seq_along(keys)) {
      if (hidden[i]) {
        segments[[length(segments) + 1]] <- list(column = column, value = keys[i],
                                                 suppressed = TRUE)
      } else {
        rows <- which(g == keys[i])
        segments[[length(segments) + 1]] <- list(
          column = column, value = keys[i], n = length(rows), suppressed = FALSE,
          values = value_figures(imp[rows, , drop = FALSE],
                                 if (is.null(sat)) NULL else sat[rows, , drop = FALSE],
                                 top[rows, , drop = FALSE], map))
      }
    }
  }
  names <- sort(unique(c(unlist(map$mobilisation$networks), unlist(net_lists))),
                method = "radix")
  networks <- lapply(names, function(nm) {
    takes_part <- sapply(net_lists, function(l) nm %in% l)
    counts <- list()
    for (column in names(partitions)) {
      p <- partitions[[column]]
      for (i in seq_along(p$keys)) {
        if (p$hidden[i]) {
          counts[[length(counts) + 1]] <- list(column = column, value = p$keys[i],
                                               suppressed = TRUE)
        } else {
          members <- which(p$g == p$keys[i])
          counts[[length(counts) + 1]] <- list(column = column, value = p$keys[i],
                                               n = sum(takes_part[members]),
                                               share = mean(takes_part[members]),
                                               suppressed = FALSE)
        }
      }
    }
    list(name = nm, n = sum(takes_part), share = mean(takes_part), segments = counts)
  })
  if (length(networks) > 0) {
    net_n <- sapply(networks, `[[`, "n")
    networks <- networks[order(-net_n, names, method = "radix")]
  }
  list(name = name, command = "red-thread", wishMap = paste0(name, ".wishmap.json"),
       data = paste0(name, ".csv"), kMin = 5, bootstrap = 0,
       segments = I(unlist(map$segments)),
       expected = list(n = nrow(frame), kendallW = kendall_w(imp),
                       # what urgency is made of (docs/scoring.md#53-red-thread), in a code and a
                       # sentence; every map here asks importance
                       urgencyBasis = if (is.null(map$satisfactionScale)) "importance"
                                      else "importanceAndSatisfaction",
                       urgencyNote = if (is.null(map$satisfactionScale))
                         "Urgency is importance alone: this wish map asks no satisfaction."
                       else paste("Urgency is importance times dissatisfaction: important and",
                                  "unsatisfied is urgent."),
                       values = value_figures(imp, sat, top, map),
                       segments = segments, networks = networks))
}

wish_map <- function(id, codes, imp, sat, top_choices, segments, networks = NULL) {
  map <- list(id = id,
              values = lapply(codes, function(c) list(code = c, label = list(nl = c, en = c))),
              importanceScale = list(min = imp[1], max = imp[2]))
  if (!is.null(sat)) map$satisfactionScale <- list(min = sat[1], max = sat[2])
  map$topChoices <- top_choices
  map$segments <- I(segments)
  if (!is.null(networks)) map$mobilisation <- list(networks = I(networks))
  map
}

# top choices drawn from the respondent's own importance (most important first), some leave
# trailing places empty
draw_top <- function(imp, codes, t, p_named) {
  top <- matrix(NA_character_, nrow(imp), t)
  for (r in seq_len(nrow(imp))) {
    how_many <- sample(0:t, 1, prob = p_named)
    if (how_many == 0) next
    weight <- ifelse(is.na(imp[r, ]), 0.2, imp[r, ] - min(imp, na.rm = TRUE) + 0.5)
    top[r, seq_len(how_many)] <- codes[sample(length(codes), how_many, prob = weight)]
  }
  colnames(top) <- paste0("top", seq_len(t))
  top
}

# 9. importance and satisfaction 1-5, seven values, three top choices, two segment columns.
#    green and health have the same (importance, satisfaction) pairs in another order, so their
#    urgency ties and Borda decides; safety and fun are constructed the same way.
set.seed(5109)
codes <- c("contact", "care", "safety", "green", "health", "fun", "youth")
map <- wish_map("rt-sat", codes, c(1, 5), c(1, 5), 3, c("household", "age"),
                c("play-week", "choir"))
n <- 120
base <- c(4.2, 3.6, 3.9, 3.4, 3.4, 3.0, 3.8)
imp <- sapply(base, function(b) pmin(5, pmax(1, round(b + rnorm(n, sd = 1)))))
sat <- sapply(rev(base), function(b) pmin(5, pmax(1, round(b + rnorm(n, sd = 1.1)))))
perm <- sample(n)
imp[, 5] <- imp[perm, 4]
sat[, 5] <- sat[perm, 4]
perm <- sample(n)
imp[, 6] <- imp[perm, 3]
sat[, 6] <- sat[perm, 3]
colnames(imp) <- codes
colnames(sat) <- codes
miss_i <- matrix(runif(length(imp)) < 0.1, n)
miss_s <- matrix(runif(length(sat)) < 0.12, n)
# keep the ties: the four tied values lose no answers
miss_i[, 4] <- FALSE
miss_i[, 5] <- FALSE
miss_s[, 4] <- FALSE
miss_s[, 5] <- FALSE
miss_i[, 3] <- FALSE
miss_i[, 6] <- FALSE
miss_s[, 3] <- FALSE
miss_s[, 6] <- FALSE
imp[miss_i] <- NA
sat[miss_s] <- NA
top <- draw_top(imp, codes, 3, c(0.1, 0.15, 0.2, 0.55))
household <- sample(c(rep("young_parents", 40), rep("elderly", 30), rep("singles", 25),
                      rep("students", 3), rep("other", 2), rep("", 20)))
age <- sample(c(rep("<30", 4), rep("30-50", 50), rep("50+", 60), rep("", 6)))
clubs <- c("play-week", "football", "church", "village-band")
networks <- sapply(seq_len(n), function(i) {
  paste(clubs[runif(4) < c(0.35, 0.25, 0.15, 0.05)], collapse = ";")
})
frame <- data.frame(respondent = sprintf("r%03d", seq_len(n)),
                    setNames(as.data.frame(imp), paste0("imp.", codes)),
                    setNames(as.data.frame(sat), paste0("sat.", codes)),
                    top, household = household, age = age, networks = networks,
                    willingness = sample(c(1:5, NA), n, replace = TRUE),
                    wish = ifelse(runif(n) < 0.2, "more benches", ""),
                    check.names = FALSE, stringsAsFactors = FALSE)
add(red_thread_case("rt-sat", map, frame))

# 10. importance 0-10 with halves, no satisfaction, five values, two top choices, one segment.
#     b and c have the same importance answers in another order (urgency ties on a scale whose
#     steps are not binary fractions); d is missing for many.
set.seed(5110)
codes <- c("e", "d", "c", "b", "a")
map <- wish_map("rt-nosat", codes, c(0, 10), NULL, 2, c("street"))
n <- 60
imp <- sapply(c(6.3, 7.1, 5.5, 5.5, 7.7),
              function(b) pmin(10, pmax(0, round(2 * (b + rnorm(n, sd = 2))) / 2)))
imp[, 3] <- imp[sample(n), 4]
imp[runif(n) < 0.4, 2] <- NA
imp[runif(n) < 0.05, 1] <- NA
colnames(imp) <- codes
top <- draw_top(imp, codes, 2, c(0.15, 0.25, 0.6))
street <- sample(c(rep("Kerkstraat", 22), rep("Dorpsweg", 30), rep("Zuid", 6), rep("Oost", 2)))
frame <- data.frame(respondent = sprintf("s%02d", seq_len(n)),
                    setNames(as.data.frame(imp), paste0("imp.", codes)), top, street = street,
                    networks = ifelse(runif(n) < 0.3, "buurtvereniging; ijsclub", ""),
                    check.names = FALSE, stringsAsFactors = FALSE)
add(red_thread_case("rt-nosat", map, frame))

# 11. four respondents: one rated every value (W undefined), nobody rated "quiet" (no figures,
#     ranked last), nobody gave a top choice (topShare undefined), every segment suppressed.
codes <- c("quiet", "market", "bench")
map <- wish_map("rt-tiny", codes, c(1, 5), c(1, 5), 3, c("block"))
frame <- data.frame(respondent = c("u1", "u2", "u3", "u4"),
                    imp.quiet = c(NA, NA, NA, NA), imp.market = c(5, 4, NA, 2),
                    imp.bench = c(3, NA, 2, 2),
                    sat.quiet = c(NA, NA, 3, NA), sat.market = c(1, NA, 2, 5),
                    sat.bench = c(NA, 2, 2, 4),
                    top1 = NA, top2 = NA, top3 = NA, block = c("A", "A", "B", ""),
                    networks = c("", "", "", ""),
                    check.names = FALSE, stringsAsFactors = FALSE)
add(red_thread_case("rt-tiny", map, frame))

# ----------------------------------------------------------------------------------- output

# JSON has no NaN: an undefined figure is null
clean <- function(x) {
  if (is.list(x)) {
    cleaned <- lapply(x, clean)
    attributes(cleaned) <- attributes(x)
    return(cleaned)
  }
  if (is.numeric(x) && length(x) == 1 && !is.finite(x)) return(NULL)
  x
}
cases <- clean(cases)

write_json(list(
  generatedWith = list(R = R.version.string, psych = as.character(packageVersion("psych")),
                       multilevel = as.character(packageVersion("multilevel"))),
  cases = cases),
  file.path(out, "expected.json"), digits = NA, auto_unbox = TRUE, pretty = TRUE, null = "null",
  na = "null")
cat("wrote", length(cases), "cases to", out, "\n")
