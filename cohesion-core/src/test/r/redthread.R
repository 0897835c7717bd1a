# Reference figures for Kendall's W with tie correction (docs/scoring.md#53-red-thread).
#
# Run from cohesion-core:  Rscript src/test/r/redthread.R
# Writes src/test/resources/io/cohesion/core/redthread/kendall-w-reference.txt, which the Java
# tests read (they do not need R).
#
# W is computed twice, independently:
#  1. by the formula of docs/scoring.md W = 12 S / (m^2 (k^3 - k) - m sum T), ranks within a respondent with
#     ties averaged (rank(ties.method = "average")), T = sum(t^3 - t) per respondent;
#  2. from base R's stats::friedman.test, whose statistic is tie-corrected and equals
#     m (k - 1) W (Kendall 1948; Hollander & Wolfe 1973, p. 140ff).
# The script stops if the two disagree beyond 1e-12.
#
# Data sets (respondents in rows, values in columns):
#  - rounding: Hollander & Wolfe (1973), p. 140ff, 22 players x 3 ways of rounding first base, as
#    printed in R's ?friedman.test, whose documented result is Friedman chi-squared = 11.143
#    (df = 2); checked below.
#  - anxiety: the 20 subjects x 3 raters data set of irr::kendall / DescTools::KendallW
#    (Gamer et al.), transposed so each rater is a respondent ranking 20 subjects.
#  - likert: 40 respondents rating 6 values on 1-5 (seeded), many ties; some answers missing, so
#    only complete respondents count.
#  - allTied: every respondent rates all values alike: the denominator is 0, W undefined (NA).

kendall_w <- function(x) {
  x <- x[stats::complete.cases(x), , drop = FALSE]
  m <- nrow(x)
  k <- ncol(x)
  if (m < 2) return(NA_real_)
  ranks <- t(apply(x, 1, rank, ties.method = "average"))
  ties <- sum(apply(x, 1, function(r) { t <- table(r); sum(t^3 - t) }))
  s <- sum((colSums(ranks) - m * (k + 1) / 2)^2)
  denominator <- m^2 * (k^3 - k) - m * ties
  if (denominator <= 0) return(NA_real_)
  12 * s / denominator
}

kendall_w_friedman <- function(x) {
  x <- x[stats::complete.cases(x), , drop = FALSE]
  q <- unname(stats::friedman.test(x)$statistic)
  q / (nrow(x) * (ncol(x) - 1))
}

rounding <- matrix(c(5.40, 5.50, 5.55, 5.85, 5.70, 5.75, 5.20, 5.60, 5.50, 5.55, 5.50, 5.40,
                     5.90, 5.85, 5.70, 5.45, 5.55, 5.60, 5.40, 5.40, 5.35, 5.45, 5.50, 5.35,
                     5.25, 5.15, 5.00, 5.85, 5.80, 5.70, 5.25, 5.20, 5.10, 5.65, 5.55, 5.45,
                     5.60, 5.35, 5.45, 5.05, 5.00, 4.95, 5.50, 5.50, 5.40, 5.45, 5.55, 5.50,
                     5.55, 5.55, 5.35, 5.45, 5.50, 5.55, 5.50, 5.45, 5.25, 5.65, 5.60, 5.40,
                     5.70, 5.65, 5.55, 6.30, 6.30, 6.25),
                   nrow = 22, byrow = TRUE)
q_rounding <- unname(stats::friedman.test(rounding)$statistic)
stopifnot(abs(round(q_rounding, 3) - 11.143) < 1e-9)

anxiety <- t(cbind(rater1 = c(3,3,3,4,5,5,2,3,5,2,2,6,1,5,2,2,1,2,4,3),
                   rater2 = c(3,6,4,6,2,4,2,4,3,3,2,3,3,3,2,2,1,3,3,4),
                   rater3 = c(2,1,4,4,3,2,1,6,1,1,1,2,3,3,1,1,3,3,2,2)))

set.seed(20240917)
likert <- matrix(sample(1:5, 40 * 6, replace = TRUE, prob = c(.1, .15, .25, .3, .2)), nrow = 40)
likert[sample(length(likert), 12)] <- NA

all_tied <- matrix(c(3, 3, 3, 5, 5, 5, 1, 1, 1), nrow = 3, byrow = TRUE)

sets <- list(rounding = rounding, anxiety = anxiety, likert = likert, allTied = all_tied)
out <- c("# Kendall's W with tie correction; written by src/test/r/redthread.R",
         paste0("# R ", R.version$major, ".", R.version$minor),
         "# set NAME / row of ratings (NA = missing), one per respondent / w VALUE (NA = undefined)")
for (name in names(sets)) {
  x <- sets[[name]]
  w <- kendall_w(x)
  if (!is.na(w)) {
    stopifnot(abs(w - kendall_w_friedman(x)) < 1e-12)
  }
  out <- c(out, paste("set", name))
  for (i in seq_len(nrow(x))) {
    out <- c(out, paste(c("row", ifelse(is.na(x[i, ]), "NA", format(x[i, ], nsmall = 2))),
                        collapse = " "))
  }
  out <- c(out, paste("w", ifelse(is.na(w), "NA", sprintf("%.17g", w))))
}
writeLines(out, "src/test/resources/io/cohesion/core/redthread/kendall-w-reference.txt")
cat(sprintf("rounding: Friedman chi-squared %.3f, W %.10f\n", q_rounding, kendall_w(rounding)))
for (name in names(sets)) cat(name, kendall_w(sets[[name]]), "\n")
