package uk.collabproc.testsupport;

import static io.restassured.RestAssured.given;

/** Reads the service under test's {@code /q/metrics} (the Prometheus text format), as a monitoring system would. */
public final class Metrics {

    private Metrics() {
    }

    /**
     * The value of one series, named as Prometheus shows it with its labels, e.g.
     * {@code collab_scores_recorded_total{kind="moderated"}}; 0 while nothing has created it yet, as a counter starts.
     */
    public static double value(String series) {
        String exposition = given().get("/q/metrics").then().statusCode(200).extract().asString();
        return exposition.lines().filter(line -> line.startsWith(series + " "))
                // The value may be followed by an exemplar: "# {span_id=…,trace_id=…} 1.0 1796580965.408".
                .mapToDouble(line -> Double.parseDouble(line.substring(series.length() + 1).strip().split(" ")[0]))
                .findFirst().orElse(0);
    }
}
