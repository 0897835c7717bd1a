# Reference figures for the scale, wave and Student t tests of cohesion-core.
#
# Run from the repository root:   Rscript cohesion-core/src/test/r/reference.R
# Needs R with psych (2.2.9), multilevel (2.7), lavaan (for Demo.twolevel) and jsonlite.
# Writes the data sets as CSV and every expected figure as JSON (15 significant digits) into
# cohesion-core/src/test/resources/reference/. The Java tests read these files and never need R.
#
# Conventions that the Java code follows too (docs/scoring.md):
#  - reversed items are reversed in the data (min + max - x) before anything else; psych's `keys`
#    argument is not used;
#  - person score = mean of the answered items when at least minAnswered items are answered;
#  - reliability is listwise: psych::alpha is called on the respondents who answered every item,
#    so its item means and sds are over those respondents as well;
#  - group reliability: aov of person scores on the group (scored respondents with a group),
#    multilevel::ICC1 and multilevel::ICC2;
#  - groups are ordered by key in byte (C locale) order, as Java's String order does for ASCII;
#  - the small-group rule of docs/privacy.md is implemented below independently of the Java code.

suppressPackageStartupMessages({
  library(psych)
  library(multilevel)
  library(lavaan)
  library(jsonlite)
})
stopifnot(as.character(packageVersion("psych")) == "2.2.9")
stopifnot(as.character(packageVersion("multilevel")) == "2.7")

out <- file.path("cohesion-core", "src", "test", "resources", "reference")
dir.create(out, recursive = TRUE, showWarnings = FALSE)

num <- function(x) ifelse(is.na(x), NA_real_, x)

write_data <- function(frame, file) {
  write.csv(frame, file.path(out, file), row.names = FALSE, na = "", quote = FALSE)
}

keyed_answers <- function(raw, items, reverse, min, max) {
  x <- as.matrix(raw[, items])
  for (j in seq_along(items)) {
    if (reverse[j]) x[, j] <- min + max - x[, j]
  }
  x
}

person_scores <- function(x, min_answered) {
  answered <- rowSums(!is.na(x))
  ifelse(answered >= min_answered, rowMeans(x, na.rm = TRUE), NA_real_)
}

ci95 <- function(values) {
  n <- length(values)
  if (n < 2) return(c(NA_real_, NA_real_))
  m <- mean(values)
  h <- qt(0.975, n - 1) * sd(values) / sqrt(n)
  c(m - h, m + h)
}

# docs/scoring.md#52-disclosure-control, written from docs/scoring.md: suppress n < kMin, then while the suppressed groups
# hold fewer than kMin respondents, suppress the smallest published group (first in key order).
small_group_rule <- function(sizes, k_min) {
  suppressed <- sizes > 0 & sizes < k_min
  while (any(suppressed) && sum(sizes[suppressed]) < k_min) {
    candidates <- which(!suppressed & sizes > 0)
    if (length(candidates) == 0) break
    smallest <- candidates[which.min(sizes[candidates])]
    suppressed[smallest] <- TRUE
  }
  suppressed
}

score_scale <- function(name, frame, scale, group_column, k_min = 5) {
  items <- sapply(scale$items, function(i) i$id)
  reverse <- sapply(scale$items, function(i) i$reverse)
  x <- keyed_answers(frame, items, reverse, scale$min, scale$max)
  scores <- person_scores(x, scale$minAnswered)
  complete <- x[complete.cases(x), , drop = FALSE]

  a <- psych::alpha(as.data.frame(complete), check.keys = FALSE, warnings = FALSE)
  reliability <- list(
    alpha = a$total$raw_alpha,
    standardizedAlpha = a$total$std.alpha,
    averageR = a$total$average_r,
    items = lapply(seq_along(items), function(j) list(
      id = items[j],
      mean = a$item.stats$mean[j],
      sd = a$item.stats$sd[j],
      itemRestCorrelation = a$item.stats$r.drop[j],
      alphaIfDeleted = a$alpha.drop$raw_alpha[j]
    ))
  )
  # the listwise item figures must be those of the complete cases
  stopifnot(isTRUE(all.equal(unname(a$item.stats$mean), unname(colMeans(complete)))))

  scored <- scores[!is.na(scores)]
  expected <- list(
    n = nrow(frame),
    nComplete = nrow(complete),
    reliability = reliability,
    score = list(n = length(scored), mean = mean(scored), sd = sd(scored), ci95 = ci95(scored))
  )

  if (!is.null(group_column)) {
    g <- as.character(frame[[group_column]])
    keep <- !is.na(scores) & !is.na(g)
    model <- aov(scores[keep] ~ as.factor(g[keep]))
    groups_n <- length(unique(g[keep]))
    expected$groupReliability <- list(
      icc1 = multilevel::ICC1(model),
      icc2 = multilevel::ICC2(model),
      groups = groups_n,
      meanGroupSize = sum(keep) / groups_n
    )
    keys <- sort(unique(g[!is.na(g)]), method = "radix")
    sizes <- sapply(keys, function(k) sum(!is.na(scores) & !is.na(g) & g == k))
    # a key whose members have no person score is reported as suppressed too (it hides no figure,
    # so the rule itself skips it)
    hidden <- small_group_rule(sizes, k_min) | sizes == 0
    expected$groups <- lapply(seq_along(keys), function(i) {
      if (hidden[i]) return(list(group = keys[i], suppressed = TRUE))
      v <- scores[!is.na(scores) & !is.na(g) & g == keys[i]]
      list(group = keys[i], suppressed = FALSE, n = length(v),
           mean = mean(v),
           sd = if (length(v) > 1) sd(v) else NA_real_,
           ci95 = ci95(v))
    })
    expected$kMin <- k_min
  }
  list(name = name, scale = scale, groupColumn = group_column, expected = expected)
}

item <- function(id, reverse = FALSE) list(id = id, reverse = reverse)

# ---------------------------------------------------------------- psych::bfi, five subscales
bfi_frame <- data.frame(respondent = paste0("bfi-", rownames(psych::bfi)), psych::bfi,
                        check.names = FALSE)
write_data(bfi_frame, "bfi.csv")
bfi_scale <- function(id, items) list(id = id, min = 1, max = 6, minAnswered = 3, items = items)
scales <- list(
  score_scale("bfi-agreeableness", bfi_frame, bfi_scale("agreeableness",
    list(item("A1", TRUE), item("A2"), item("A3"), item("A4"), item("A5"))), "education"),
  score_scale("bfi-conscientiousness", bfi_frame, bfi_scale("conscientiousness",
    list(item("C1"), item("C2"), item("C3"), item("C4", TRUE), item("C5", TRUE))), "age"),
  score_scale("bfi-extraversion", bfi_frame, bfi_scale("extraversion",
    list(item("E1", TRUE), item("E2", TRUE), item("E3"), item("E4"), item("E5"))), "gender"),
  score_scale("bfi-neuroticism", bfi_frame, bfi_scale("neuroticism",
    list(item("N1"), item("N2"), item("N3"), item("N4"), item("N5"))), NULL),
  score_scale("bfi-openness", bfi_frame, bfi_scale("openness",
    list(item("O1"), item("O2", TRUE), item("O3"), item("O4"), item("O5", TRUE))), "age",
    k_min = 10)
)

# ------------------------------------- multilevel::bh1996, 99 army companies (GRP)
# COHES, LEAD and WBEING are individual answers (1-5, 1-5 and 0-5); used together as a
# three-item "unit climate" scale on the range 0-5, none reversed. Not a validated instrument:
# the point is 7,382 respondents in 99 groups with real between-group variance.
data(bh1996, package = "multilevel")
bh_frame <- data.frame(respondent = paste0("bh-", seq_len(nrow(bh1996))),
                       GRP = bh1996$GRP, COHES = bh1996$COHES, LEAD = bh1996$LEAD,
                       WBEING = bh1996$WBEING)
write_data(bh_frame, "bh1996.csv")
scales[[length(scales) + 1]] <- score_scale("bh1996-climate", bh_frame,
  list(id = "unit-climate", min = 0, max = 5, minAnswered = 2,
       items = list(item("COHES"), item("LEAD"), item("WBEING"))), "GRP")

# ------------------------------- lavaan::Demo.twolevel, 2,500 respondents in 200 clusters
# y1-y3 are continuous (about -8 to 6); the range -10..10 holds them all; none is reversed.
tl_frame <- data.frame(respondent = paste0("tl-", seq_len(nrow(Demo.twolevel))),
                       cluster = Demo.twolevel$cluster, Demo.twolevel[, c("y1", "y2", "y3")])
write_data(tl_frame, "demo-twolevel.csv")
scales[[length(scales) + 1]] <- score_scale("demo-twolevel", tl_frame,
  list(id = "twolevel-y", min = -10, max = 10, minAnswered = 2,
       items = list(item("y1"), item("y2"), item("y3"))), "cluster")

# ------------------------------------------------------------- a pair of waves (simulated)
# 240 respondents before, 260 after, 200 of them in both; five items on 1-5, S3 and S5
# reversed, about 6% missing answers, and a few respondents with too few answers for a score.
set.seed(20240917)
wave_scale <- list(id = "wave-cohesion", min = 1, max = 5, minAnswered = 3,
                   items = list(item("S1"), item("S2"), item("S3", TRUE), item("S4"),
                                item("S5", TRUE)))
ids <- sprintf("p%03d", 1:300)
trait <- rnorm(300)
simulate_wave <- function(who, shift) {
  n <- length(who)
  t <- trait[match(who, ids)] + shift
  m <- sapply(1:5, function(j) {
    sign <- if (j %in% c(3, 5)) -1 else 1
    pmin(5, pmax(1, round(3 + sign * 0.9 * t + rnorm(n, sd = 0.8))))
  })
  m[matrix(runif(n * 5) < 0.06, n, 5)] <- NA
  m[1:3, 1:3] <- NA  # three respondents without a person score
  colnames(m) <- paste0("S", 1:5)
  data.frame(respondent = who, m)
}
before <- simulate_wave(ids[1:240], 0)
after <- simulate_wave(ids[41:300], 0.25)
write_data(before, "wave-before.csv")
write_data(after, "wave-after.csv")
w_items <- sapply(wave_scale$items, function(i) i$id)
w_rev <- sapply(wave_scale$items, function(i) i$reverse)
sb <- person_scores(keyed_answers(before, w_items, w_rev, 1, 5), 3)
sa <- person_scores(keyed_answers(after, w_items, w_rev, 1, 5), 3)
xb <- sb[!is.na(sb)]
xa <- sa[!is.na(sa)]
welch <- t.test(xa, xb, var.equal = FALSE)
na <- length(xa); nb <- length(xb)
pooled <- sqrt(((na - 1) * var(xa) + (nb - 1) * var(xb)) / (na + nb - 2))
# Hedges' g by its formula (no R function is used): J * (mean_a - mean_b) / s_pooled.
hedges <- (1 - 3 / (4 * (na + nb) - 9)) * (mean(xa) - mean(xb)) / pooled
both <- intersect(before$respondent[!is.na(sb)], after$respondent[!is.na(sa)])
pa <- sa[match(both, after$respondent)]
pb <- sb[match(both, before$respondent)]
paired <- t.test(pa, pb, paired = TRUE)
waves <- list(
  scale = wave_scale, before = "wave-before.csv", after = "wave-after.csv",
  expected = list(
    independent = list(nBefore = nb, nAfter = na, meanBefore = mean(xb), meanAfter = mean(xa),
                       difference = mean(xa) - mean(xb), ci95 = as.numeric(welch$conf.int),
                       welchDf = unname(welch$parameter), hedgesG = hedges),
    paired = list(nPairs = length(both), meanDifference = unname(paired$estimate),
                  ci95 = as.numeric(paired$conf.int), dz = mean(pa - pb) / sd(pa - pb))
  )
)

# ------------------------------------------------------------------- Student t, qt and pt
dfs <- c(1, 2, 3, 5, 10, 30, 100, 1e6, 0.5, 1.5, 2.7, 7.31, 45.6789, 123.456, 25000.5)
ps <- c(0.975, 0.95, 0.9, 0.6, 0.995, 0.9995, 0.999999, 0.025, 0.001, 1e-8)
grid <- expand.grid(p = ps, df = dfs)
quantiles <- lapply(seq_len(nrow(grid)), function(i)
  list(p = grid$p[i], df = grid$df[i], q = qt(grid$p[i], grid$df[i])))
ts <- c(-40, -3.5, -1.96, -0.3, 0, 0.7, 2.0, 4.25, 12.706)
grid2 <- expand.grid(t = ts, df = dfs)
cdfs <- lapply(seq_len(nrow(grid2)), function(i)
  list(t = grid2$t[i], df = grid2$df[i], p = pt(grid2$t[i], grid2$df[i])))

write_json(list(
  generatedWith = list(R = R.version.string, psych = as.character(packageVersion("psych")),
                       multilevel = as.character(packageVersion("multilevel"))),
  scales = scales, waves = waves, studentT = list(quantiles = quantiles, cdf = cdfs)),
  file.path(out, "expected.json"), digits = NA, auto_unbox = TRUE, pretty = TRUE, na = "null")
cat("wrote", out, "\n")
