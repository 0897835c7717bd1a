# How many respondents a neighbourhood needs: the figures of docs/method.md, "How many respondents".
#
# Run from cohesion-examples:  Rscript src/test/r/respondents.R
# Writes src/test/resources/io/cohesion/examples/docs/respondents.csv (name,value), which
# MethodPageTest compares with the page; the Java tests do not need R. Base R only.
#
# 1. halfwidth.<sd>.<n>: the half-width of the 95% confidence interval of a mean,
#    qt(0.975, n - 1) * sd / sqrt(n) (docs/scoring.md, "Scale score"), for a spread of answers
#    sd (in scale points) and n respondents.
# 2. n.mean.<sd>.<h>: the smallest n whose half-width is at most h.
# 3. n.urgency.<sd>.<h>: the same for urgency, which lies in [0, 1]; sd 0.5 is the largest spread a
#    figure in [0, 1] can have, so n.urgency.0.5.<h> holds whatever the answers.
# 4. k.icc2.<icc1>: the respondents per neighbourhood for ICC(2) >= 0.70 given ICC(1), by the
#    Spearman-Brown relation icc2 = k icc1 / (1 + (k - 1) icc1) that ICC(1) and ICC(2) of a
#    one-way analysis of variance obey with equal groups (Bliese 2000).
# 5. se.icc1.J<J>: the standard deviation of ICC(1) over 2000 simulated studies of J neighbourhoods
#    with 30 respondents each and a true ICC(1) of 0.10 (normal scores, seeded), computed with the
#    formula of docs/scoring.md, "Group reliability".
# 6. n.independent.<d> and n.paired.<d>: respondents per wave for 80% power at the 5% level
#    (two-sided) to find a standardised difference d between two waves: stats::power.t.test,
#    type "two.sample" (Hedges' g) and "paired" (d_z), rounded up.

options(digits = 15)
out <- list()
put <- function(name, value) out[[name]] <<- value

for (sd in c(0.6, 0.8, 1.0)) {
  for (n in c(5, 10, 20, 30, 50, 100)) {
    put(sprintf("halfwidth.%.1f.%d", sd, n), round(qt(0.975, n - 1) * sd / sqrt(n), 2))
  }
}

smallest_n <- function(sd, h) {
  n <- 2
  while (qt(0.975, n - 1) * sd / sqrt(n) > h) n <- n + 1
  n
}
for (sd in c(0.8, 1.0)) {
  for (h in c(0.25, 0.5)) put(sprintf("n.mean.%.1f.%.2f", sd, h), smallest_n(sd, h))
}
for (sd in c(0.25, 0.5)) {
  for (h in c(0.05, 0.1)) put(sprintf("n.urgency.%.2f.%.2f", sd, h), smallest_n(sd, h))
}

for (icc1 in c(0.05, 0.10, 0.20)) {
  put(sprintf("k.icc2.%.2f", icc1), ceiling(0.70 * (1 - icc1) / (0.30 * icc1)))
}

icc1_of <- function(score, group) {
  fit <- anova(lm(score ~ as.factor(group)))
  msb <- fit[["Mean Sq"]][1]
  msw <- fit[["Mean Sq"]][2]
  k <- length(score) / length(unique(group))
  (msb - msw) / (msb + (k - 1) * msw)
}
set.seed(20261205)
for (J in c(10, 20, 40)) {
  k <- 30
  rho <- 0.10
  icc <- replicate(2000, {
    group <- rep(seq_len(J), each = k)
    score <- rnorm(J, sd = sqrt(rho))[group] + rnorm(J * k, sd = sqrt(1 - rho))
    icc1_of(score, group)
  })
  put(sprintf("se.icc1.J%d", J), round(sd(icc), 3))
}

for (d in c(0.3, 0.5)) {
  put(sprintf("n.independent.%.1f", d),
      ceiling(power.t.test(delta = d, sd = 1, power = 0.8, type = "two.sample")$n))
  put(sprintf("n.paired.%.1f", d),
      ceiling(power.t.test(delta = d, sd = 1, power = 0.8, type = "paired")$n))
}

values <- vapply(out, function(v) format(v, scientific = FALSE), "")
write.csv(data.frame(name = names(out), value = values), row.names = FALSE, quote = FALSE,
          file = "src/test/resources/io/cohesion/examples/docs/respondents.csv")
print(data.frame(name = names(out), value = values), row.names = FALSE)
