# Reference figures for scales of a single item (docs/scoring.md#single-item-scales).
#
# Run from the repository root:   Rscript cohesion-core/src/test/r/single-item.R
# Written and run with R 4.2.2 Patched (2022-11-10 r83330), psych 2.2.9, multilevel 2.7 and
# jsonlite. Writes two simulated waves of a one-question trust measure as CSV and every expected
# figure as JSON (15 significant digits) into cohesion-core/src/test/resources/reference/. The Java
# tests read these files and never need R.
#
# Conventions (as in reference.R):
#  - a reversed item is reversed in the data (min + max - x) before anything else;
#  - the person score of a single item is its (reversed) answer; minAnswered is 1;
#  - reliability is absent: alpha needs at least two items (psych::alpha refuses a single item,
#    checked below);
#  - group reliability: aov of person scores on the group, multilevel::ICC1 and multilevel::ICC2.

suppressPackageStartupMessages({
  library(psych)
  library(multilevel)
  library(jsonlite)
})
stopifnot(as.character(packageVersion("psych")) == "2.2.9")
stopifnot(as.character(packageVersion("multilevel")) == "2.7")

out <- file.path("cohesion-core", "src", "test", "resources", "reference")
dir.create(out, recursive = TRUE, showWarnings = FALSE)

write_data <- function(frame, file) {
  write.csv(frame, file.path(out, file), row.names = FALSE, na = "", quote = FALSE)
}

ci95 <- function(values) {
  n <- length(values)
  m <- mean(values)
  h <- qt(0.975, n - 1) * sd(values) / sqrt(n)
  c(m - h, m + h)
}

# A one-question trust measure on 0-10 ("most people can be trusted"), asked in 14 neighbourhoods
# before and after a year of activities; about 5% do not answer. 420 residents in all, 300 before
# and 330 after, 210 of them in both. The item is asked reversed ("you can't be too careful"), so
# the scale reverses it.
set.seed(20250311)
ids <- sprintf("r%03d", 1:420)
hood <- sprintf("wijk%02d", sample(1:14, 420, replace = TRUE))
hood_effect <- rnorm(14, sd = 0.9)
trait <- rnorm(420)
simulate <- function(who, shift) {
  i <- match(who, ids)
  h <- as.integer(substr(hood[i], 5, 6))
  trust <- round(5 + 1.6 * trait[i] + hood_effect[h] + shift + rnorm(length(who), sd = 1.1))
  careful <- 10 - pmin(10, pmax(0, trust))  # the reversed question
  careful[runif(length(who)) < 0.05] <- NA
  data.frame(respondent = who, neighbourhood = hood[i], careful = careful)
}
before <- simulate(ids[1:300], 0)
after <- simulate(ids[91:420], 0.4)
write_data(before, "single-item-before.csv")
write_data(after, "single-item-after.csv")

# psych::alpha needs two items: it refuses one
stopifnot(inherits(try(psych::alpha(before[, "careful", drop = FALSE]), silent = TRUE),
                   "try-error"))

scores_of <- function(frame) 0 + 10 - frame$careful
sb <- scores_of(before)
sa <- scores_of(after)

score_wave <- function(frame, scores) {
  keep <- !is.na(scores)
  g <- frame$neighbourhood
  model <- aov(scores[keep] ~ as.factor(g[keep]))
  groups <- length(unique(g[keep]))
  x <- scores[keep]
  list(
    n = nrow(frame),
    nComplete = sum(keep),
    score = list(n = length(x), mean = mean(x), sd = sd(x), ci95 = ci95(x)),
    groupReliability = list(icc1 = multilevel::ICC1(model), icc2 = multilevel::ICC2(model),
                            groups = groups, meanGroupSize = sum(keep) / groups)
  )
}

xb <- sb[!is.na(sb)]
xa <- sa[!is.na(sa)]
welch <- t.test(xa, xb, var.equal = FALSE)
na <- length(xa); nb <- length(xb)
pooled <- sqrt(((na - 1) * var(xa) + (nb - 1) * var(xb)) / (na + nb - 2))
hedges <- (1 - 3 / (4 * (na + nb) - 9)) * (mean(xa) - mean(xb)) / pooled
both <- intersect(before$respondent[!is.na(sb)], after$respondent[!is.na(sa)])
pa <- sa[match(both, after$respondent)]
pb <- sb[match(both, before$respondent)]
paired <- t.test(pa, pb, paired = TRUE)

write_json(list(
  generatedWith = list(R = R.version.string, psych = as.character(packageVersion("psych")),
                       multilevel = as.character(packageVersion("multilevel"))),
  scale = list(id = "trust-single", min = 0, max = 10, minAnswered = 1,
               items = list(list(id = "careful", reverse = TRUE))),
  groupColumn = "neighbourhood",
  before = list(file = "single-item-before.csv", expected = score_wave(before, sb)),
  after = list(file = "single-item-after.csv", expected = score_wave(after, sa)),
  comparison = list(
    independent = list(nBefore = nb, nAfter = na, meanBefore = mean(xb), meanAfter = mean(xa),
                       difference = mean(xa) - mean(xb), ci95 = as.numeric(welch$conf.int),
                       welchDf = unname(welch$parameter), hedgesG = hedges),
    paired = list(nPairs = length(both), meanDifference = unname(paired$estimate),
                  ci95 = as.numeric(paired$conf.int), dz = mean(pa - pb) / sd(pa - pb)))),
  file.path(out, "single-item.json"), digits = NA, auto_unbox = TRUE, pretty = TRUE, na = "null")
cat("wrote", file.path(out, "single-item.json"), "\n")
