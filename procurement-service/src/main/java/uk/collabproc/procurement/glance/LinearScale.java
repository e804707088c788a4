package uk.collabproc.procurement.glance;

/**
 * Maps values of a domain linearly onto a range of pixels. Values outside the domain are clamped to its ends, so that a
 * figure past the scale (a date beyond the drawn span) never draws outside the chart. An empty domain (every value
 * equal) maps everything to the start of the range rather than dividing by zero.
 */
public record LinearScale(double domainMin, double domainMax, double rangeMin, double rangeMax) {

    public double map(double value) {
        if (domainMax <= domainMin) {
            return rangeMin;
        }
        double clamped = Math.max(domainMin, Math.min(domainMax, value));
        return rangeMin + (clamped - domainMin) / (domainMax - domainMin) * (rangeMax - rangeMin);
    }

    /**
     * The smallest "round" number (1, 2, 2.5 or 5 times a power of ten) at least {@code value}: the end of an axis that
     * people read at a glance. Zero or less gives 1, so an all-zero chart still has an axis.
     */
    public static double niceCeiling(double value) {
        if (!(value > 0)) {
            return 1;
        }
        double power = Math.pow(10, Math.floor(Math.log10(value)));
        for (double step : new double[] { 1, 2, 2.5, 5, 10 }) {
            double candidate = step * power;
            // Tolerance for the floating point of log10 and pow (1000 must stay 1000, not become 2000).
            if (candidate >= value * (1 - 1e-12)) {
                return candidate;
            }
        }
        return 10 * power;
    }
}
