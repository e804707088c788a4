package uk.collabproc.bare;

import java.util.List;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/**
 * The load benchmark's floor (issue 12): a small JSON list built once, answered without touching the database
 * or checking a token. What Quarkus REST with Jackson costs on this machine in the same run, against which the
 * services' hot reads are compared.
 */
@Path("/bare/items")
@Produces(MediaType.APPLICATION_JSON)
public class BareResource {

    /** One item of the constant answer. */
    public record Item(long id, String name, String code) {
    }

    private static final List<Item> ITEMS = List.of(
            new Item(1, "Exeter", "RH8"),
            new Item(2, "Plymouth", "RK9"),
            new Item(3, "Torbay", "RA9"),
            new Item(4, "Barnstaple", "RBZ"),
            new Item(5, "Tiverton", "RTV"));

    @GET
    @PermitAll
    public List<Item> items() {
        return ITEMS;
    }
}
