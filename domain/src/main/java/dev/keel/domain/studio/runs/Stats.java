package dev.keel.domain.studio.runs;

import java.util.Arrays;
import java.util.List;

/** Descriptive statistics over samples; percentiles interpolate linearly between order statistics (numpy's default). */
public final class Stats {
    private Stats() {
    }

    public static double mean(List<Double> values) {
        return values.stream().mapToDouble(Double::doubleValue).average().orElse(0.0);
    }

    /** Sample standard deviation (n - 1); null below two samples. */
    public static Double stdDev(List<Double> values) {
        int n = values.size();
        if (n < 2) {
            return null;
        }
        double mean = mean(values);
        double squares = values.stream().mapToDouble(v -> (v - mean) * (v - mean)).sum();
        return Math.sqrt(squares / (n - 1));
    }

    /** The q-th percentile (0..100); null without samples. */
    public static Double percentile(List<Double> values, double q) {
        if (values.isEmpty()) {
            return null;
        }
        double[] sorted = values.stream().mapToDouble(Double::doubleValue).toArray();
        Arrays.sort(sorted);
        double rank = q / 100.0 * (sorted.length - 1);
        int low = (int) Math.floor(rank);
        int high = (int) Math.ceil(rank);
        return sorted[low] + (sorted[high] - sorted[low]) * (rank - low);
    }

    /** Coefficient of variation in percent (std-dev / mean * 100); null when the std-dev is or the mean is zero. */
    public static Double cvPercent(List<Double> values) {
        Double sd = stdDev(values);
        double mean = mean(values);
        return sd == null || mean == 0 ? null : sd / mean * 100.0;
    }
}
