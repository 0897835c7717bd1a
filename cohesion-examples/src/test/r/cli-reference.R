# Reference figures for the command line tests, computed with psych and multilevel.
# Run from the repository root:
#   Rscript cohesion-examples/src/test/r/cli-reference.R
# It writes cohesion-examples/src/test/resources/io/cohesion/examples/cli/reference.json,
# which the tests read; the tests themselves do not need R.
suppressPackageStartupMessages({
  library(psych)
  library(multilevel)
  library(jsonlite)
})

dir <- "cohesion-examples/src/test/resources/io/cohesion/examples/cli"
items <- c("T1", "T2", "T3", "T4")

# ---- score: trust-scale.json on trust.csv, by street, k-min 5 ----------------------------
d <- read.csv(file.path(dir, "trust.csv"), stringsAsFactors = FALSE)
x <- d[, items]
x$T4 <- 1 + 5 - x$T4                      # T4 is reversed on the 1-5 range
answered <- rowSums(!is.na(x))
person <- ifelse(answered >= 2, rowMeans(x, na.rm = TRUE), NA)  # minAnswered 2
scored <- !is.na(person)
s <- person[scored]
n <- length(s)
ci <- mean(s) + c(-1, 1) * qt(0.975, n - 1) * sd(s) / sqrt(n)

complete <- x[complete.cases(x), ]
a <- psych::alpha(complete, check.keys = FALSE, warnings = FALSE)
rest <- sapply(items, function(i) cor(complete[[i]], rowSums(complete[, setdiff(items, i)])))

g <- factor(d$street[scored])
model <- aov(s ~ g)
group_means <- tapply(s, g, mean)
group_sds <- tapply(s, g, sd)
group_n <- tapply(s, g, length)
group_ci <- function(k) {
  group_means[[k]] + c(-1, 1) * qt(0.975, group_n[[k]] - 1) * group_sds[[k]] / sqrt(group_n[[k]])
}

score <- list(
  n = nrow(d),
  nComplete = nrow(complete),
  reliability = list(
    alpha = a$total$raw_alpha,
    standardizedAlpha = a$total$std.alpha,
    averageR = a$total$average_r,
    items = lapply(items, function(i) list(
      id = i,
      mean = mean(complete[[i]]),
      sd = sd(complete[[i]]),
      itemRestCorrelation = unname(rest[[i]]),
      alphaIfDeleted = a$alpha.drop[i, "raw_alpha"]))),
  score = list(n = n, mean = mean(s), sd = sd(s), ci95 = ci),
  groupReliability = list(
    icc1 = multilevel::ICC1(model),
    icc2 = multilevel::ICC2(model),
    groups = nlevels(g),
    meanGroupSize = n / nlevels(g)),
  groups = lapply(c("Achterweg", "Brink"), function(k) list(
    group = k, n = unname(group_n[[k]]), mean = unname(group_means[[k]]),
    sd = unname(group_sds[[k]]), ci95 = group_ci(k))))

# ---- compare: trust-scale.json, wave1.csv before, wave2.csv after ------------------------
person_scores <- function(file) {
  w <- read.csv(file.path(dir, file), stringsAsFactors = FALSE)
  y <- w[, items]
  y$T4 <- 1 + 5 - y$T4
  ok <- rowSums(!is.na(y)) >= 2
  data.frame(respondent = w$respondent[ok], score = rowMeans(y, na.rm = TRUE)[ok])
}
b <- person_scores("wave1.csv")
f <- person_scores("wave2.csv")
welch <- t.test(f$score, b$score, var.equal = FALSE)
na <- nrow(f); nb <- nrow(b)
pooled <- sqrt(((na - 1) * var(f$score) + (nb - 1) * var(b$score)) / (na + nb - 2))
j <- 1 - 3 / (4 * (na + nb) - 9)
pairs <- merge(b, f, by = "respondent", suffixes = c(".before", ".after"))
diff <- pairs$score.after - pairs$score.before
paired <- t.test(pairs$score.after, pairs$score.before, paired = TRUE)

compare <- list(
  independent = list(
    nBefore = nb, nAfter = na, meanBefore = mean(b$score), meanAfter = mean(f$score),
    difference = mean(f$score) - mean(b$score), ci95 = as.numeric(welch$conf.int),
    welchDf = unname(welch$parameter), hedgesG = j * (mean(f$score) - mean(b$score)) / pooled),
  paired = list(
    nPairs = nrow(pairs), meanDifference = mean(diff), ci95 = as.numeric(paired$conf.int),
    dz = mean(diff) / sd(diff)))

writeLines(
  toJSON(list(score = score, compare = compare), auto_unbox = TRUE, digits = NA, pretty = TRUE),
  file.path(dir, "reference.json"))
