# The R side of the end-to-end comparison in docs/performance.md: the same work as
# `cohesion score --group-by neighbourhood` on national-responses.csv (written by
# io.cohesion.benchmarks.NationalCsv), done the usual way in R.
#
#   Rscript cohesion-benchmarks/src/main/r/national-score.R DIR
#
# Prints the elapsed seconds of each step and of the whole, and alpha and ICC(1) to check that both
# sides computed the same figures.
suppressPackageStartupMessages(library(psych))
args <- commandArgs(trailingOnly = TRUE)
dir <- if (length(args) > 0) args[1] else "."
started <- proc.time()[["elapsed"]]
step <- function(name, t0) {
  cat(sprintf("%-28s %6.2f s\n", name, proc.time()[["elapsed"]] - t0))
  proc.time()[["elapsed"]]
}
t <- started
d <- read.csv(file.path(dir, "national-responses.csv"), stringsAsFactors = FALSE)
t <- step("read.csv", t)
items <- grep("^Q", names(d), value = TRUE)
x <- as.matrix(d[, items])
reversed <- items[seq_along(items) %% 5 == 0]
x[, reversed] <- 6 - x[, reversed]
# person score: mean of answered items when at least half of them were answered
answered <- rowSums(!is.na(x))
score <- ifelse(answered >= ceiling(length(items) / 2), rowMeans(x, na.rm = TRUE), NA)
t <- step("person scores", t)
a <- psych::alpha(x[complete.cases(x), ], check.keys = FALSE, warnings = FALSE)
t <- step("psych::alpha (listwise)", t)
# vectorised one-way ANOVA for ICC(1) and ICC(2) (Bliese 2000), k̄ = N/J
ok <- !is.na(score)
g <- d$neighbourhood[ok]
s <- score[ok]
n_g <- tapply(s, g, length)
m_g <- tapply(s, g, mean)
N <- length(s); J <- length(n_g); grand <- mean(s)
ssb <- sum(n_g * (m_g - grand)^2)
ssw <- sum((s - m_g[g])^2)
msb <- ssb / (J - 1); msw <- ssw / (N - J); kbar <- N / J
icc1 <- (msb - msw) / (msb + (kbar - 1) * msw)
icc2 <- (msb - msw) / msb
# per-group mean, sd and n (suppression itself is a few comparisons)
sd_g <- tapply(s, g, sd)
t <- step("ICC and group table", t)
cat(sprintf("%-28s %6.2f s\n", "total", proc.time()[["elapsed"]] - started))
cat(sprintf("alpha %.10f icc1 %.10f icc2 %.10f\n", a$total$raw_alpha, icc1, icc2))
