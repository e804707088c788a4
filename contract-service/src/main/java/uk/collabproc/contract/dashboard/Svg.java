package uk.collabproc.contract.dashboard;

import java.util.Locale;

/** The little SVG the dashboard draws: numbers written without locale surprises, text escaped. */
final class Svg {

    private final StringBuilder out = new StringBuilder(16_384);

    Svg(double width, double height, String label) {
        out.append("<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" width=\"").append(n(width)).append("\" height=\"")
                .append(n(height))
                .append("\" viewBox=\"0 0 ").append(n(width)).append(' ').append(n(height)).append("\" aria-label=\"").append(escape(label))
                .append("\">");
    }

    Svg raw(String markup) {
        out.append(markup);
        return this;
    }

    Svg rect(double x, double y, double width, double height, String attributes) {
        out.append("<rect x=\"").append(n(x)).append("\" y=\"").append(n(y)).append("\" width=\"").append(n(Math.max(0, width)))
                .append("\" height=\"").append(n(Math.max(0, height))).append("\" ").append(attributes).append("/>");
        return this;
    }

    /** A rectangle with a tooltip. */
    Svg rect(double x, double y, double width, double height, String attributes, String title) {
        out.append("<rect x=\"").append(n(x)).append("\" y=\"").append(n(y)).append("\" width=\"").append(n(Math.max(0, width)))
                .append("\" height=\"").append(n(Math.max(0, height))).append("\" ").append(attributes).append("><title>")
                .append(escape(title))
                .append("</title></rect>");
        return this;
    }

    Svg line(double x1, double y1, double x2, double y2, String attributes) {
        out.append("<line x1=\"").append(n(x1)).append("\" y1=\"").append(n(y1)).append("\" x2=\"").append(n(x2)).append("\" y2=\"")
                .append(n(y2)).append("\" ").append(attributes).append("/>");
        return this;
    }

    Svg text(double x, double y, String text, String attributes) {
        out.append("<text x=\"").append(n(x)).append("\" y=\"").append(n(y)).append("\" ").append(attributes).append('>')
                .append(escape(text))
                .append("</text>");
        return this;
    }

    String end() {
        return out.append("</svg>").toString();
    }

    static String n(double value) {
        return value == Math.rint(value) ? Long.toString((long) value) : String.format(Locale.ROOT, "%.1f", value);
    }

    static String escape(String text) {
        StringBuilder escaped = new StringBuilder(text.length() + 8);
        for (char c : text.toCharArray()) {
            switch (c) {
                case '&' -> escaped.append("&amp;");
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&#39;");
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }
}
