# Reference figures for the model of trust and taking part on the two example exports
# (docs/survey-import.md#from-a-survey-to-the-model, docs/scoring.md#trust-and-taking-part).
#
# Run from the repository root:  Rscript examples/import/trust-model-reference.R
# Writes examples/import/trust-model-reference.json, which a test compares with what
# `cohesion model --mapping examples/import/kobo-trust-mapping.json
#  --wish-map-mapping examples/import/limesurvey-mapping.json` computes.
#
# The exports are read with base R and recoded as the two mappings say:
# - kobo-trust-export.csv: the household number is the respondent; helemaal_oneens..helemaal_eens
#   are 1..5 and weet_niet is missing; SC4 and SC5 are reversed (6 - x, examples/social-cohesion.json);
#   the person score is the mean of the answered items when at least 3 of the 5 are answered;
# - limesurvey-export.csv: the response id is the respondent; willingness "Zeker niet".."Zeker wel"
#   is 1..5 and "Weet ik niet" is missing.
# Persons in both with a score and a willingness answer are willing when willingness >= 4, and
# glm(willing ~ trust, family = binomial) is the model; the Wald interval is estimate +- z * se.

trust_export <- read.csv2("examples/import/kobo-trust-export.csv", check.names = FALSE,
                          colClasses = "character", encoding = "UTF-8")
agree <- c(helemaal_oneens = 1, oneens = 2, neutraal = 3, eens = 4, helemaal_eens = 5)
items <- c(SC1 = "group_vertrouwen/helpen", SC2 = "group_vertrouwen/hecht",
           SC3 = "group_vertrouwen/vertrouwen", SC4 = "group_vertrouwen/overweg",
           SC5 = "group_vertrouwen/waarden")
recode <- function(text) {
  stopifnot(all(text %in% c(names(agree), "weet_niet")))
  unname(ifelse(text == "weet_niet", NA, agree[text]))
}
answers <- sapply(items, function(column) recode(trust_export[[column]]))
answers[, c("SC4", "SC5")] <- 6 - answers[, c("SC4", "SC5")]
answered <- rowSums(!is.na(answers))
trust <- data.frame(respondent = trust_export[["group_intro/huishouden_nr"]],
                    trust = ifelse(answered >= 3, rowMeans(answers, na.rm = TRUE), NA))

wish_export <- read.csv("examples/import/limesurvey-export.csv", check.names = FALSE,
                        colClasses = "character", encoding = "UTF-8")
levels <- c("Zeker niet", "Waarschijnlijk niet", "Misschien", "Waarschijnlijk wel", "Zeker wel")
stopifnot(all(wish_export$G06Q01 %in% c(levels, "Weet ik niet")))
willingness <- data.frame(respondent = wish_export$id, willingness = match(wish_export$G06Q01, levels))

linked <- merge(trust, willingness, by = "respondent")
linked <- linked[!is.na(linked$trust) & !is.na(linked$willingness), ]
linked$willing <- as.integer(linked$willingness >= 4)
fit <- glm(willing ~ trust, family = binomial, data = linked)
coefficients <- summary(fit)$coefficients
z <- qnorm(0.975)

number <- function(x) sprintf("%.17g", x)
term <- function(name, row) {
  estimate <- coefficients[row, 1]
  se <- coefficients[row, 2]
  sprintf(paste0('    {"term": "%s", "estimate": %s, "se": %s, "z": %s, "p": %s, ',
                 '"oddsRatio": %s, "ci95": [%s, %s]}'),
          name, number(estimate), number(se), number(coefficients[row, 3]),
          number(coefficients[row, 4]), number(exp(estimate)), number(exp(estimate - z * se)),
          number(exp(estimate + z * se)))
}
lines <- c("{",
           sprintf('  "n": %d,', nrow(linked)),
           sprintf('  "events": %d,', sum(linked$willing)),
           '  "cut": 4,',
           '  "terms": [',
           paste0(term("(Intercept)", 1), ","),
           term("trust", 2),
           "  ],",
           sprintf('  "deviance": %s,', number(deviance(fit))),
           sprintf('  "nullDeviance": %s,', number(fit$null.deviance)),
           sprintf('  "aic": %s,', number(AIC(fit))),
           sprintf('  "dfResidual": %d', fit$df.residual),
           "}")
writeLines(lines, "examples/import/trust-model-reference.json")
