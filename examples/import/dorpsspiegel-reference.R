# Reference figures for the red thread of the example Dorpsspiegel (docs/scoring.md#without-importance).
#
# Run from the repository root:  Rscript examples/import/dorpsspiegel-reference.R
# Writes examples/import/dorpsspiegel-reference.json, which a test compares with what
# `cohesion red-thread --mapping examples/import/dorpsspiegel-mapping.json` computes.
#
# The export is read with base R and recoded as dorpsspiegel-mapping.json says: a report grade g on
# 1-10 becomes the satisfaction 1 + (g - 1) * (5 - 1) / (10 - 1) on the wish map's 1-5 scale, and
# "weet niet" is a missing answer. The wish map asks no importance, so per value
#   n        = respondents who answered its satisfaction
#   urgency  = mean of (5 - S) / (5 - 1) over them
# and Kendall's W with tie correction ranks the satisfaction of respondents who graded every value,
# computed by the formula and checked against stats::friedman.test.

export <- read.csv2("examples/import/dorpsspiegel.csv", check.names = FALSE,
                    colClasses = "character", encoding = "UTF-8")
columns <- c(shop = "Rapportcijfer Winkel en voorzieningen",
             green = "Rapportcijfer Groen in en om het dorp",
             safety = "Rapportcijfer Veiligheid",
             contact = "Rapportcijfer Contact met dorpsgenoten",
             youth = "Rapportcijfer Voorzieningen voor kinderen en jongeren",
             transport = "Rapportcijfer Openbaar vervoer")

grade <- function(text) {
  text <- trimws(text)
  value <- suppressWarnings(as.numeric(ifelse(tolower(text) == "weet niet" | text == "", NA, text)))
  stopifnot(sum(is.na(value)) == sum(tolower(text) == "weet niet" | text == ""))
  value
}
satisfaction <- sapply(columns, function(column) 1 + (grade(export[[column]]) - 1) * 4 / 9)

kendall_w <- function(x) {
  x <- x[stats::complete.cases(x), , drop = FALSE]
  m <- nrow(x)
  k <- ncol(x)
  ranks <- t(apply(x, 1, rank, ties.method = "average"))
  ties <- sum(apply(x, 1, function(r) { t <- table(r); sum(t^3 - t) }))
  s <- sum((colSums(ranks) - m * (k + 1) / 2)^2)
  w <- 12 * s / (m^2 * (k^3 - k) - m * ties)
  friedman <- unname(stats::friedman.test(x)$statistic) / (m * (k - 1))
  stopifnot(abs(w - friedman) < 1e-12)
  w
}

number <- function(x) sprintf("%.17g", x)
values <- sapply(names(columns), function(code) {
  s <- satisfaction[, code]
  answered <- s[!is.na(s)]
  sprintf('    {"code": "%s", "n": %d, "satisfactionMean": %s, "urgency": %s}',
          code, length(answered), number(mean(answered)), number(mean((5 - answered) / 4)))
})
lines <- c("{",
           sprintf('  "n": %d,', nrow(export)),
           sprintf('  "kendallW": %s,', number(kendall_w(satisfaction))),
           '  "values": [',
           paste(values, collapse = ",\n"),
           "  ]",
           "}")
writeLines(lines, "examples/import/dorpsspiegel-reference.json")
