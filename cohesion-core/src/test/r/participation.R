# Reference figures for the model of trust and taking part (docs/scoring.md#trust-and-taking-part).
#
# Run from the repository root:   Rscript cohesion-core/src/test/r/participation.R
# Written and run with R 4.2.2 Patched (2022-11-10 r83330) and jsonlite; the model is stats::glm
# with family = binomial and its default control (epsilon 1e-8, maxit 25). Writes simulated
# measurements and wish map answers as CSV and every expected figure as JSON (15 significant digits)
# into cohesion-core/src/test/resources/reference/, and the figures of the example files of
# docs/cli.md into cohesion-examples/src/test/resources/io/cohesion/examples/cli/model-reference.json.
# The Java tests read these files and never need R.
#
# Conventions that the Java code follows too (docs/scoring.md):
#  - a reversed item is reversed in the data (min + max - x) before anything else; the person score
#    is the mean of the answered items when at least minAnswered are answered;
#  - persons are linked by the respondent column; those without a person score, without a
#    willingness answer or (with a factor) without a value in the factor's column are left out;
#  - y = 1 when willingness >= cut;
#  - a factor's reference level is its first declared value, or without declarations the first of
#    its values among the linked persons in byte (C locale) order; one indicator per other level,
#    named column=value;
#  - R's glm warnings are kept: a fit that did not converge, or whose fitted probabilities are
#    numerically 0 or 1 (separation), is expected to be refused; so is a quasi-separation that glm
#    converges on without a warning (a factor level whose persons are all willing or all not, or
#    trust alone splitting the willing from the others, ties allowed).

suppressPackageStartupMessages(library(jsonlite))

out <- file.path("cohesion-core", "src", "test", "resources", "reference")
dir.create(out, recursive = TRUE, showWarnings = FALSE)
z975 <- 1.959963984540054
stopifnot(abs(z975 - qnorm(0.975)) < 1e-15)

write_data <- function(frame, file) {
  write.csv(frame, file.path(out, file), row.names = FALSE, na = "", quote = FALSE)
}

item <- function(id, reverse = FALSE) list(id = id, reverse = reverse)
trust_scale <- list(id = "trust", min = 1, max = 5, minAnswered = 2,
                    items = list(item("T1"), item("T2"), item("T3", TRUE), item("T4")))

person_scores <- function(frame, scale) {
  ids <- sapply(scale$items, function(i) i$id)
  x <- as.matrix(frame[, ids])
  for (j in seq_along(ids)) {
    if (scale$items[[j]]$reverse) x[, j] <- scale$min + scale$max - x[, j]
  }
  answered <- rowSums(!is.na(x))
  ifelse(answered >= scale$minAnswered, rowMeans(x, na.rm = TRUE), NA_real_)
}

# Measurement answers to the four trust items for the persons `who` with latent trust `t`, about 6%
# missing, and a few persons who answer one item only (no person score).
simulate_measurement <- function(who, t) {
  n <- length(who)
  m <- sapply(1:4, function(j) {
    sign <- if (j == 3) -1 else 1
    pmin(5, pmax(1, round(3 + sign * 0.9 * t + rnorm(n, sd = 0.7))))
  })
  m[matrix(runif(n * 4) < 0.06, n, 4)] <- NA
  m[1:4, 2:4] <- NA
  colnames(m) <- paste0("T", 1:4)
  data.frame(respondent = who, m)
}

# Willingness 1-5 from latent trust and a tenure effect; about 5% do not answer.
simulate_willingness <- function(t, effect, spread = 1) {
  latent <- 0.9 * t + effect + rlogis(length(t), scale = spread)
  w <- as.integer(cut(latent, c(-Inf, -1.6, -0.5, 0.4, 1.4, Inf)))
  w[runif(length(t)) < 0.05] <- NA
  w
}

cases <- list()

fit_case <- function(name, measurement, wishes, cut, factor = NULL, declared = NULL) {
  m <- read.csv(file.path(out, measurement), colClasses = c(respondent = "character"))
  w <- read.csv(file.path(out, wishes), colClasses = "character")
  scores <- data.frame(respondent = m$respondent, trust = person_scores(m, trust_scale))
  w$willingness <- suppressWarnings(as.integer(w$willingness))
  linked <- merge(scores, w, by = "respondent", sort = FALSE)
  linked <- linked[order(linked$respondent, method = "radix"), ]
  keep <- !is.na(linked$trust) & !is.na(linked$willingness)
  if (!is.null(factor)) keep <- keep & linked[[factor]] != ""
  linked <- linked[keep, ]
  linked$y <- as.integer(linked$willingness >= cut)
  formula <- y ~ trust
  levels <- NULL
  if (!is.null(factor)) {
    levels <- if (is.null(declared)) sort(unique(linked[[factor]]), method = "radix") else declared
    linked$f <- factor(linked[[factor]], levels = levels)
    formula <- y ~ trust + f
  }
  warnings <- character(0)
  fit <- withCallingHandlers(
    glm(formula, family = binomial, data = linked),
    warning = function(w) {
      warnings <<- c(warnings, conditionMessage(w))
      invokeRestart("muffleWarning")
    })
  case <- list(name = name, measurement = measurement, wishMap = wishes, cut = cut,
               factor = factor, declared = declared, levels = levels,
               converged = fit$converged, iterations = fit$iter, warnings = warnings)
  # Quasi-separation that glm does not flag (it converges to a huge estimate and se): a level of
  # the factor whose linked persons are all willing or all not, or trust alone ordering the
  # unwilling below (or above) the willing, ties allowed.
  quasi <- FALSE
  if (!is.null(factor)) {
    by_level <- tapply(linked$y, linked$f, function(y) all(y == y[1]))
    quasi <- any(by_level, na.rm = TRUE)
  }
  t0 <- linked$trust[linked$y == 0]
  t1 <- linked$trust[linked$y == 1]
  quasi <- quasi || max(t0) <= min(t1) || max(t1) <= min(t0)
  case$quasiSeparated <- quasi
  if (length(warnings) > 0 || !fit$converged || quasi) {
    case$refused <- if (!fit$converged) "convergence" else "separation"
  } else {
    s <- summary(fit)$coefficients
    names <- c("(Intercept)", "trust", if (!is.null(factor)) paste0(factor, "=", levels[-1]))
    stopifnot(nrow(s) == length(names))
    stopifnot(abs(fit$aic - (fit$deviance + 2 * nrow(s))) < 1e-9)
    case$expected <- list(
      n = nrow(linked), events = sum(linked$y), cut = cut,
      terms = lapply(seq_len(nrow(s)), function(i) list(
        term = names[i], estimate = s[i, 1], se = s[i, 2], z = s[i, 3], p = s[i, 4],
        oddsRatio = exp(s[i, 1]),
        ci95 = exp(c(s[i, 1] - z975 * s[i, 2], s[i, 1] + z975 * s[i, 2])))),
      deviance = fit$deviance, nullDeviance = fit$null.deviance, aic = fit$aic,
      dfResidual = fit$df.residual)
  }
  cases[[length(cases) + 1]] <<- case
}

# ------------------------------------------------- a neighbourhood: 300 residents, 230 in both
set.seed(20250612)
ids <- sprintf("h%03d", 1:300)
trait <- rnorm(300)
tenure <- sample(c("social", "owner", "private"), 300, replace = TRUE, prob = c(0.45, 0.35, 0.2))
household <- sample(c("single", "family"), 300, replace = TRUE)
write_data(simulate_measurement(ids[1:260], trait[1:260]), "participation-measurement.csv")
in_map <- 31:300
effect <- c(social = -0.5, owner = 0.4, private = 0)[tenure[in_map]]
write_data(data.frame(respondent = ids[in_map], household = household[in_map],
                      tenure = tenure[in_map],
                      willingness = simulate_willingness(trait[in_map], effect)),
           "participation-wishes.csv")
fit_case("trust, cut 4", "participation-measurement.csv", "participation-wishes.csv", 4)
fit_case("trust, cut 3", "participation-measurement.csv", "participation-wishes.csv", 3)
fit_case("trust, cut 5", "participation-measurement.csv", "participation-wishes.csv", 5)
fit_case("household declared, cut 4", "participation-measurement.csv",
         "participation-wishes.csv", 4, "household", c("single", "family"))
fit_case("tenure declared, cut 4", "participation-measurement.csv",
         "participation-wishes.csv", 4, "tenure", c("social", "owner", "private"))
fit_case("tenure undeclared, cut 3", "participation-measurement.csv",
         "participation-wishes.csv", 3, "tenure")

# --------------------------------------- a smaller street: 90 residents, a weaker relation
set.seed(7)
ids2 <- sprintf("s%02d", 1:90)
t2 <- rnorm(90)
write_data(simulate_measurement(ids2[1:80], t2[1:80]), "participation-street-measurement.csv")
write_data(data.frame(respondent = ids2[6:90],
                      willingness = simulate_willingness(0.5 * t2[6:90], 0.2, spread = 1.3)),
           "participation-street-wishes.csv")
fit_case("street, cut 4", "participation-street-measurement.csv",
         "participation-street-wishes.csv", 4)

# ---------------------------------------- separation: willing exactly when trust is above 3
set.seed(11)
ids3 <- sprintf("x%02d", 1:80)
t3 <- rnorm(80)
m3 <- simulate_measurement(ids3, t3)
write_data(m3, "participation-separated-measurement.csv")
s3 <- person_scores(m3, trust_scale)
write_data(data.frame(respondent = ids3,
                      willingness = ifelse(is.na(s3), 3L, ifelse(s3 > 3, 5L, 2L))),
           "participation-separated-wishes.csv")
fit_case("separated, cut 4", "participation-separated-measurement.csv",
         "participation-separated-wishes.csv", 4)

# ------------------------------- quasi-separation: every linked owner in this block is willing
set.seed(13)
ids4 <- sprintf("q%03d", 1:120)
t4 <- rnorm(120)
ten4 <- rep(c("social", "owner", "private"), 40)
write_data(simulate_measurement(ids4, t4), "participation-quasi-measurement.csv")
w4 <- simulate_willingness(t4, 0)
w4[ten4 == "owner"] <- 5L
write_data(data.frame(respondent = ids4, tenure = ten4, willingness = w4),
           "participation-quasi-wishes.csv")
fit_case("quasi-separated level, cut 4", "participation-quasi-measurement.csv",
         "participation-quasi-wishes.csv", 4, "tenure", c("social", "owner", "private"))

# ------------------------------- the example files of docs/cli.md, for the model command's test
# examples/social-cohesion.json: five items on 1-5, SC4 and SC5 reversed, minAnswered 3 (half of
# five, rounded up); linked with examples/wish-map-willingness.csv, cut 4, no factor.
ex_scale <- list(id = "social-cohesion-trust", min = 1, max = 5, minAnswered = 3,
                 items = list(item("SC1"), item("SC2"), item("SC3"), item("SC4", TRUE),
                              item("SC5", TRUE)))
ex_m <- read.csv(file.path("examples", "cohesion-before.csv"), colClasses = c(respondent = "character"))
ex_w <- read.csv(file.path("examples", "wish-map-willingness.csv"), colClasses = c(respondent = "character"))
ex <- merge(data.frame(respondent = ex_m$respondent, trust = person_scores(ex_m, ex_scale)),
            ex_w[, c("respondent", "willingness")], by = "respondent")
ex <- ex[!is.na(ex$trust) & !is.na(ex$willingness), ]
ex_fit <- glm(I(willingness >= 4) ~ trust, family = binomial, data = ex)
ex_s <- summary(ex_fit)$coefficients
write_json(list(
  generatedWith = list(R = R.version.string),
  model = list(
    n = nrow(ex), events = sum(ex$willingness >= 4), cut = 4,
    terms = lapply(1:2, function(i) list(
      term = c("(Intercept)", "trust")[i], estimate = ex_s[i, 1], se = ex_s[i, 2], z = ex_s[i, 3],
      p = ex_s[i, 4], oddsRatio = exp(ex_s[i, 1]),
      ci95 = exp(c(ex_s[i, 1] - z975 * ex_s[i, 2], ex_s[i, 1] + z975 * ex_s[i, 2])))),
    deviance = ex_fit$deviance, nullDeviance = ex_fit$null.deviance, aic = ex_fit$aic,
    dfResidual = ex_fit$df.residual)),
  file.path("cohesion-examples", "src", "test", "resources", "io", "cohesion", "examples", "cli",
            "model-reference.json"),
  digits = NA, auto_unbox = TRUE, pretty = TRUE, na = "null")

# the upper tail of the standard normal distribution, for the p-values
zs <- c(0, 0.3, 1, 1.5, z975, 2.2, 2.5, 3, 4.4, 5, 8, 12, 20, 30)
normal <- lapply(zs, function(z) list(z = z, upper = pnorm(z, lower.tail = FALSE)))

write_json(list(
  generatedWith = list(R = R.version.string),
  scale = trust_scale,
  normalUpperTail = normal,
  cases = cases),
  file.path(out, "participation.json"), digits = NA, auto_unbox = TRUE, pretty = TRUE,
  na = "null", null = "null")
for (case in cases) {
  cat(sprintf("%-32s converged %s in %d, %s\n", case$name, case$converged, case$iterations,
              paste(c(case$refused, case$warnings), collapse = "; ")))
  if (!is.null(case$expected)) {
    cat(sprintf("  n %d events %d deviance %.6f\n", case$expected$n, case$expected$events,
                case$expected$deviance))
  }
}
