package uk.collabproc.procurement.testing;

import static io.restassured.RestAssured.given;

import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.config.ConfigProvider;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.restassured.http.ContentType;

import uk.collabproc.testsupport.StubService;

/**
 * Stand-ins for supplier-service and contract-service, which the procurement at a glance reads, in procurement-service's
 * own tests ({@link StubService}); the pacts check the real ones. Tests drive them over HTTP through the helpers below.
 */
public class FakeNeighbours implements QuarkusTestResourceLifecycleManager {

    public static final String SUPPLIER = "supplier-service";
    public static final String CONTRACT = "contract-service";

    private StubService supplier;
    private StubService contract;

    @Override
    public Map<String, String> start() {
        supplier = new StubService();
        contract = new StubService();
        return Map.of("quarkus.rest-client.supplier-service.url", supplier.baseUri(),
                "quarkus.rest-client.contract-service.url", contract.baseUri());
    }

    @Override
    public void stop() {
        if (supplier != null) {
            supplier.stop();
        }
        if (contract != null) {
            contract.stop();
        }
    }

    /** The stand-in answers GET {@code path} with {@code body} until told otherwise. */
    public static void stub(String service, String path, Object body) {
        given().contentType(ContentType.JSON).body(body).put(url(service) + "/fake" + path).then().statusCode(204);
    }

    /** Every answer of the stand-in is a 503 until {@link #recovery}. */
    public static void outage(String service) {
        given().post(url(service) + "/fake/outage").then().statusCode(204);
    }

    public static void recovery(String service) {
        given().post(url(service) + "/fake/recovery").then().statusCode(204);
    }

    /** Every call the stand-in received, "METHOD path" each. */
    public static List<String> requests(String service) {
        return List.of(given().get(url(service) + "/fake/requests").then().statusCode(200).extract().asString().split("\n"));
    }

    /** The Authorization header of the stand-in's last call to {@code path}. */
    public static String authorization(String service, String path) {
        return given().get(url(service) + "/fake/authorization" + path).then().statusCode(200).extract().asString();
    }

    public static String url(String service) {
        return ConfigProvider.getConfig().getValue("quarkus.rest-client." + service + ".url", String.class);
    }
}
