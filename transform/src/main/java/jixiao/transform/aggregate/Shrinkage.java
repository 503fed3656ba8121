package jixiao.transform.aggregate;

import java.util.ArrayList;
import java.util.List;

/**
 * Empirical-Bayes shrinkage of group means toward the overall mean, so a region with three forms
 * cannot top a ranking by luck. With pooled within-group variance s², between-group variance τ²
 * (method of moments: variance of the group means less their mean sampling variance, at least 0),
 * a group of n forms keeps the weight w = τ² ÷ (τ² + s² ÷ n) of its own mean:
 * shrunk = μ + w (mean − μ), with posterior standard deviation √(w s² ÷ n) and a 95% interval of
 * ±1.96 of it. Plain Java: the inputs are a few rows per region.
 */
public final class Shrinkage {
    public static final double Z95 = 1.959964;

    private Shrinkage() {
    }

    public record Group(long n, double mean, double variance) {
    }

    public record Shrunk(double overall, double weight, double mean, double lower, double upper) {
    }

    public static List<Shrunk> shrink(List<Group> groups) {
        List<Shrunk> out = new ArrayList<>();
        long total = 0;
        double weighted = 0;
        double within = 0;
        long dof = 0;
        for (Group g : groups) {
            total += g.n();
            weighted += g.n() * g.mean();
            if (g.n() > 1 && !Double.isNaN(g.variance())) {
                within += (g.n() - 1) * g.variance();
                dof += g.n() - 1;
            }
        }
        if (total == 0) return out;
        double mu = weighted / total;
        double s2 = dof > 0 ? within / dof : 0;
        double spread = 0;
        double sampling = 0;
        for (Group g : groups) {
            spread += (g.mean() - mu) * (g.mean() - mu);
            sampling += s2 / g.n();
        }
        int k = groups.size();
        double tau2 = k > 1 ? Math.max(0, spread / (k - 1) - sampling / k) : 0;
        for (Group g : groups) {
            double se2 = s2 / g.n();
            double w = se2 == 0 ? 1 : tau2 / (tau2 + se2);
            double shrunk = mu + w * (g.mean() - mu);
            double sd = Math.sqrt(w * se2);
            out.add(new Shrunk(mu, w, shrunk, shrunk - Z95 * sd, shrunk + Z95 * sd));
        }
        return out;
    }
}
