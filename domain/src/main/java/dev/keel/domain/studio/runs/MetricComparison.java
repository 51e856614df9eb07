package dev.keel.domain.studio.runs;

import java.util.List;
import org.apache.commons.math3.distribution.TDistribution;

/**
 * The difference of one metric between two models (mean of A minus mean of B) with a 95 % confidence interval by
 * Welch's t (unequal variances, Welch–Satterthwaite degrees of freedom). Significant when the interval excludes
 * zero; with fewer than two samples on a side (or no variance at all) the interval is null and nothing is claimed.
 */
public record MetricComparison(String metric, int nA, int nB, Double meanA, Double meanB, Double difference,
                               Double ciLow, Double ciHigh, Double degreesOfFreedom, String method,
                               boolean significant) {

    public static MetricComparison welch(String metric, List<Double> a, List<Double> b) {
        Double meanA = a.isEmpty() ? null : Stats.mean(a);
        Double meanB = b.isEmpty() ? null : Stats.mean(b);
        Double diff = meanA == null || meanB == null ? null : meanA - meanB;
        if (a.size() < 2 || b.size() < 2) {
            return new MetricComparison(metric, a.size(), b.size(), r(meanA), r(meanB), r(diff), null, null, null,
                    "welch", false);
        }
        double va = Math.pow(Stats.stdDev(a), 2) / a.size();
        double vb = Math.pow(Stats.stdDev(b), 2) / b.size();
        double se = Math.sqrt(va + vb);
        if (se == 0) {
            boolean differs = diff != 0;
            return new MetricComparison(metric, a.size(), b.size(), r(meanA), r(meanB), r(diff), r(diff), r(diff),
                    null, "welch", differs);
        }
        double df = Math.pow(va + vb, 2)
                / (va * va / (a.size() - 1) + vb * vb / (b.size() - 1));
        double t = new TDistribution(df).inverseCumulativeProbability(0.975);
        double low = diff - t * se;
        double high = diff + t * se;
        return new MetricComparison(metric, a.size(), b.size(), r(meanA), r(meanB), r(diff), r(low), r(high),
                r(df), "welch", low > 0 || high < 0);
    }

    private static Double r(Double value) {
        return value == null ? null : RunMetrics.round(value, 4);
    }
}
