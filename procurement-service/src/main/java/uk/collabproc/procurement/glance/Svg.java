package uk.collabproc.procurement.glance;

import java.util.ArrayList;
import java.util.List;

/**
 * A chart as drawing primitives, computed in plain Java and written out as inline SVG by the page's template (the
 * {@code glanceChart} tag), which escapes every text: the arithmetic is unit-tested, and no script draws anything in the
 * browser. Coordinates are rounded to a tenth of a pixel, which is all a screen or a printed board pack shows.
 */
public record Svg(String title, double width, double height, List<Rect> rects, List<Line> lines, List<Text> texts) {

    public record Rect(double x, double y, double width, double height, String fill, String tooltip) {
        public Rect {
            x = round(x);
            y = round(y);
            width = round(Math.max(0, width));
            height = round(height);
        }
    }

    public record Line(double x1, double y1, double x2, double y2, String stroke, double strokeWidth, String dash) {
        public Line {
            x1 = round(x1);
            y1 = round(y1);
            x2 = round(x2);
            y2 = round(y2);
        }
    }

    /** {@code anchor} is SVG's text-anchor: start, middle or end. */
    public record Text(double x, double y, String text, String anchor, String fill, boolean bold) {
        public Text {
            x = round(x);
            y = round(y);
        }
    }

    static double round(double value) {
        return Math.round(value * 10) / 10.0;
    }

    /** Collects the primitives of one chart. */
    static final class Builder {
        final List<Rect> rects = new ArrayList<>();
        final List<Line> lines = new ArrayList<>();
        final List<Text> texts = new ArrayList<>();

        Builder rect(double x, double y, double width, double height, String fill, String tooltip) {
            rects.add(new Rect(x, y, width, height, fill, tooltip));
            return this;
        }

        Builder line(double x1, double y1, double x2, double y2, String stroke, double strokeWidth, String dash) {
            lines.add(new Line(x1, y1, x2, y2, stroke, strokeWidth, dash));
            return this;
        }

        Builder text(double x, double y, String text, String anchor, String fill, boolean bold) {
            texts.add(new Text(x, y, text, anchor, fill, bold));
            return this;
        }

        Svg build(String title, double width, double height) {
            return new Svg(title, round(width), round(height), List.copyOf(rects), List.copyOf(lines), List.copyOf(texts));
        }
    }

    /** Colours of the style sheet's palette (pages.css), as SVG fills. */
    static final String INK = "#1f2937";
    static final String GREY = "#6b7280";
    static final String LINE = "#d1d5db";
    static final String ACCENT = "#005eb8";
    static final String GREEN = "#1e8449";
    static final String RED = "#c0392b";
    static final String AMBER = "#d68910";
    static final String PALE = "#9ca3af";
}
