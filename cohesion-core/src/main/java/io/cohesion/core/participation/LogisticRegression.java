package io.cohesion.core.participation;

import static java.util.Objects.requireNonNull;
import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.cohesion.core.ValidationException;
import io.cohesion.core.scoring.Interval;
import io.cohesion.core.scoring.Normal;
import java.util.ArrayList;
import java.util.List;
import org.apiguardian.api.API;

/**
 * Logistic regression of a 0/1 outcome by maximum likelihood, fitted as R's {@code glm(family =
 * binomial)} fits it (docs/scoring.md#trust-and-taking-part): iteratively reweighted least squares
 * started from {@code μ = (y + ½)/2}, with R's bounds on the logit link, converged when {@code |dev
 * − dev_old|/(|dev| + 0.1) < 1e-8}, at most 25 iterations. Standard errors come from the inverse of
 * the information matrix at the weights of the last iteration, as {@code summary.glm} takes them.
 *
 * <p>A fit that does not converge, or whose fitted probabilities are numerically 0 or 1 (R's own
 * warnings), is refused: with separation the estimates run off to infinity and their standard
 * errors mean nothing. Quasi-separation that R converges on without a warning is the caller's to
 * check ({@link TrustAndTakingPart} does).
 */
@API(status = EXPERIMENTAL, since = "0.2.0")
public final class LogisticRegression {

  /** R's {@code glm.control()$epsilon}. */
  public static final double EPSILON = 1e-8;

  /** R's {@code glm.control()$maxit}. */
  public static final int MAX_ITERATIONS = 25;

  /** The 97.5% quantile of the standard normal distribution. */
  public static final double Z975 = 1.959963984540054;

  private static final double DBL_EPSILON = Math.ulp(1.0);
  private static final double THRESHOLD = 30;

  private LogisticRegression() {}

  /**
   * The fitted model and its figures.
   *
   * @param terms one per column, in column order
   * @param deviance the residual deviance
   * @param nullDeviance the deviance of the intercept-only model
   * @param iterations the IRLS iterations used
   */
  @API(status = EXPERIMENTAL, since = "0.2.0")
  public record Fit(List<ModelTerm> terms, double deviance, double nullDeviance, int iterations) {
    public Fit {
      terms = List.copyOf(terms);
    }

    /** {@code deviance + 2·terms}: for a 0/1 outcome, {@code −2·log-likelihood + 2·terms}. */
    public double aic() {
      return deviance + 2 * terms.size();
    }
  }

  /**
   * Fits {@code y} on the columns of {@code x}.
   *
   * @param x the model matrix, one row per person, the first column 1 for the intercept
   * @param y the outcomes, each 0 or 1
   * @param names the name of each column's term
   * @throws ValidationException on field {@code model} when the fit does not converge, when the
   *     fitted probabilities are numerically 0 or 1 (separation), or when the columns are collinear
   */
  public static Fit fit(double[][] x, int[] y, List<String> names) {
    requireNonNull(x, "x");
    requireNonNull(y, "y");
    requireNonNull(names, "names");
    int n = y.length;
    int p = names.size();
    if (x.length != n || n == 0) {
      throw new IllegalArgumentException(
          "need one row of x per outcome, got " + x.length + ", " + n);
    }
    double events = 0;
    for (int i = 0; i < n; i++) {
      if (x[i].length != p) {
        throw new IllegalArgumentException("row " + i + " of x has " + x[i].length + " columns");
      }
      if (y[i] != 0 && y[i] != 1) {
        throw new IllegalArgumentException("outcome " + i + " is " + y[i] + ", not 0 or 1");
      }
      events += y[i];
    }
    double[] mu = new double[n];
    double[] eta = new double[n];
    for (int i = 0; i < n; i++) {
      mu[i] = (y[i] + 0.5) / 2;
      eta[i] = Math.log(mu[i] / (1 - mu[i]));
    }
    double devold = deviance(y, mu);
    double[] beta = new double[p];
    double[] information = null;
    boolean converged = false;
    int iteration = 0;
    double dev = devold;
    while (iteration < MAX_ITERATIONS) {
      iteration++;
      double[] xtwx = new double[p * p];
      double[] xtwz = new double[p];
      for (int i = 0; i < n; i++) {
        double muEta = muEta(eta[i]);
        double variance = mu[i] * (1 - mu[i]);
        double z = eta[i] + (y[i] - mu[i]) / muEta;
        double w = muEta * muEta / variance;
        double[] row = x[i];
        for (int a = 0; a < p; a++) {
          double wa = w * row[a];
          xtwz[a] += wa * z;
          for (int b = 0; b <= a; b++) {
            xtwx[a * p + b] += wa * row[b];
          }
        }
      }
      for (int a = 0; a < p; a++) {
        for (int b = 0; b < a; b++) {
          xtwx[b * p + a] = xtwx[a * p + b];
        }
      }
      double[] factor = cholesky(xtwx, p, names);
      beta = solve(factor, p, xtwz);
      information = xtwx;
      for (int i = 0; i < n; i++) {
        double e = 0;
        for (int a = 0; a < p; a++) {
          e += x[i][a] * beta[a];
        }
        eta[i] = e;
        mu[i] = linkInverse(e);
      }
      dev = deviance(y, mu);
      if (!Double.isFinite(dev)) {
        throw refused("the deviance became infinite: the model cannot be fitted to these data");
      }
      if (Math.abs(dev - devold) / (Math.abs(dev) + 0.1) < EPSILON) {
        converged = true;
        break;
      }
      devold = dev;
    }
    if (!converged) {
      throw refused(
          "the fit did not converge in "
              + MAX_ITERATIONS
              + " iterations, as happens with separation (a term that splits the willing from the"
              + " others); no figures are given");
    }
    double eps = 10 * DBL_EPSILON;
    for (double m : mu) {
      if (m > 1 - eps || m < eps) {
        throw refused(
            "fitted probabilities numerically 0 or 1 occurred: the data are separated (a term"
                + " splits the willing from the others), so the estimates are not finite");
      }
    }
    double[] covariance = inverse(cholesky(information, p, names), p);
    List<ModelTerm> terms = new ArrayList<>(p);
    for (int a = 0; a < p; a++) {
      double estimate = beta[a];
      double se = Math.sqrt(covariance[a * p + a]);
      double z = estimate / se;
      terms.add(
          new ModelTerm(
              names.get(a),
              estimate,
              se,
              z,
              Normal.twoSided(z),
              Math.exp(estimate),
              new Interval(Math.exp(estimate - Z975 * se), Math.exp(estimate + Z975 * se))));
    }
    double mean = events / n;
    double nullDeviance = 0;
    for (int i = 0; i < n; i++) {
      nullDeviance += unitDeviance(y[i], mean);
    }
    return new Fit(terms, dev, nullDeviance, iteration);
  }

  /** R's logit inverse link, bounded as {@code binomial()$linkinv}. */
  private static double linkInverse(double eta) {
    double t = eta < -THRESHOLD ? DBL_EPSILON : eta > THRESHOLD ? 1 / DBL_EPSILON : Math.exp(eta);
    return t / (1 + t);
  }

  /** dμ/dη, bounded below as {@code binomial()$mu.eta}. */
  private static double muEta(double eta) {
    if (eta > THRESHOLD || eta < -THRESHOLD) {
      return DBL_EPSILON;
    }
    double opexp = 1 + Math.exp(eta);
    return Math.exp(eta) / (opexp * opexp);
  }

  private static double deviance(int[] y, double[] mu) {
    double sum = 0;
    for (int i = 0; i < y.length; i++) {
      sum += unitDeviance(y[i], mu[i]);
    }
    return sum;
  }

  /** {@code binomial()$dev.resids} of one 0/1 outcome. */
  private static double unitDeviance(int y, double mu) {
    return y == 1 ? -2 * Math.log(mu) : -2 * Math.log(1 - mu);
  }

  /** The lower Cholesky factor of a symmetric matrix, refusing one that is not positive. */
  private static double[] cholesky(double[] a, int p, List<String> names) {
    double[] l = new double[p * p];
    for (int j = 0; j < p; j++) {
      double diagonal = a[j * p + j];
      for (int k = 0; k < j; k++) {
        diagonal -= l[j * p + k] * l[j * p + k];
      }
      if (!(diagonal > 1e-10 * Math.max(1, a[j * p + j]))) {
        throw refused(
            "the term '"
                + names.get(j)
                + "' is a combination of the terms before it (collinear): the model cannot be"
                + " fitted");
      }
      l[j * p + j] = Math.sqrt(diagonal);
      for (int i = j + 1; i < p; i++) {
        double s = a[i * p + j];
        for (int k = 0; k < j; k++) {
          s -= l[i * p + k] * l[j * p + k];
        }
        l[i * p + j] = s / l[j * p + j];
      }
    }
    return l;
  }

  private static double[] solve(double[] l, int p, double[] b) {
    double[] v = new double[p];
    for (int i = 0; i < p; i++) {
      double s = b[i];
      for (int k = 0; k < i; k++) {
        s -= l[i * p + k] * v[k];
      }
      v[i] = s / l[i * p + i];
    }
    double[] x = new double[p];
    for (int i = p - 1; i >= 0; i--) {
      double s = v[i];
      for (int k = i + 1; k < p; k++) {
        s -= l[k * p + i] * x[k];
      }
      x[i] = s / l[i * p + i];
    }
    return x;
  }

  private static double[] inverse(double[] l, int p) {
    double[] inverse = new double[p * p];
    for (int c = 0; c < p; c++) {
      double[] unit = new double[p];
      unit[c] = 1;
      double[] column = solve(l, p, unit);
      for (int r = 0; r < p; r++) {
        inverse[r * p + c] = column[r];
      }
    }
    return inverse;
  }

  private static ValidationException refused(String reason) {
    return ValidationException.of("model", reason);
  }
}
