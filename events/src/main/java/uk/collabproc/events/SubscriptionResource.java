package uk.collabproc.events;

import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import uk.collabproc.common.http.Locations;
import uk.collabproc.common.paging.PageRequest;
import uk.collabproc.common.paging.PagedList;
import uk.collabproc.common.security.Roles;

@Path("/api/v1/subscriptions")
@Tag(name = "Events", description = "Partner systems subscribe to CloudEvents about their own organisation's or supplier's data, and public ones; each delivery is signed (Standard Webhooks) and retried until answered 2xx")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({ Roles.OFFICER, Roles.MEMBER, Roles.PROJECT_MANAGER, Roles.SUPPLIER })
public class SubscriptionResource {

    @Inject
    SubscriptionService subscriptions;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Subscribe an endpoint", description = "For the caller's organisation (officer, member, project manager) or its supplier (supplier). The answer carries the signing secret, once")
    @APIResponse(responseCode = "201", description = "Subscribed", headers = @Header(name = "Location", description = "The subscription"), content = @Content(schema = @Schema(implementation = SubscriptionView.class)))
    @APIResponse(responseCode = "400", description = "Not an HTTPS address, or an event type this service does not publish")
    @APIResponse(responseCode = "409", description = "This endpoint is subscribed already for the same organisation or supplier", headers = @Header(name = "Location", description = "The existing subscription"))
    public Response subscribe(@Valid @NotNull SubscriptionRequest request) {
        SubscriptionService.Created created = subscriptions.create(request);
        return Locations.created(created.location()).entity(created.subscription()).build();
    }

    @GET
    @Operation(summary = "List the caller's subscriptions", description = "Its organisation's, or its supplier's; never the secrets")
    @APIResponse(responseCode = "200", description = "One page of subscriptions, oldest first", headers = @Header(name = PagedList.TOTAL_COUNT_HEADER, description = "How many there are", schema = @Schema(type = SchemaType.INTEGER)), content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = SubscriptionView.class)))
    @APIResponse(responseCode = "400", description = "Invalid paging parameters")
    public Response list(@Valid @BeanParam PageRequest page) {
        return subscriptions.list(page).toResponse();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "Read a subscription")
    @APIResponse(responseCode = "200", description = "The subscription, without its secret", content = @Content(schema = @Schema(implementation = SubscriptionView.class)))
    @APIResponse(responseCode = "404", description = "No such subscription of the caller's organisation or supplier")
    public SubscriptionView get(@PathParam("id") UUID id) {
        return subscriptions.get(id);
    }

    @DELETE
    @Path("{id}")
    @Operation(summary = "Delete a subscription", description = "Nothing more is sent to it; deliveries still pending are given up")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "404", description = "No such subscription of the caller's organisation or supplier")
    public void delete(@PathParam("id") UUID id) {
        subscriptions.delete(id);
    }

    @GET
    @Path("{id}/deliveries")
    @Operation(summary = "What was sent to a subscription", description = "Newest first: each event's status, attempts, the endpoint's last answer and the next attempt")
    @APIResponse(responseCode = "200", description = "One page of deliveries", headers = @Header(name = PagedList.TOTAL_COUNT_HEADER, description = "How many match", schema = @Schema(type = SchemaType.INTEGER)), content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = DeliveryView.class)))
    @APIResponse(responseCode = "400", description = "Invalid filter or paging parameters")
    @APIResponse(responseCode = "404", description = "No such subscription of the caller's organisation or supplier")
    public Response deliveries(@PathParam("id") UUID id,
            @QueryParam("status") @Parameter(description = "Only deliveries in this status") EventDelivery.Status status,
            @Valid @BeanParam PageRequest page) {
        return subscriptions.deliveries(id, status, page).toResponse();
    }

    @POST
    @Path("{id}/deliveries/{deliveryId}/redelivery")
    @Operation(summary = "Send a delivery again", description = "For an event the endpoint missed or lost: one given up (FAILED), or one delivered that the partner's system asks for again. It is sent with the same webhook-id, with a new round of attempts")
    @APIResponse(responseCode = "200", description = "Pending again, to be sent at once", content = @Content(schema = @Schema(implementation = DeliveryView.class)))
    @APIResponse(responseCode = "404", description = "No such delivery of a subscription of the caller's organisation or supplier")
    @APIResponse(responseCode = "409", description = "It is pending already")
    public DeliveryView redeliver(@PathParam("id") UUID id, @PathParam("deliveryId") UUID deliveryId) {
        return subscriptions.redeliver(id, deliveryId);
    }

    @GET
    @Path("/event-types")
    @Operation(summary = "The event types this service publishes", description = "With who receives each: public ones every subscriber, the others only the organisations and suppliers whose data they are about")
    @APIResponse(responseCode = "200", description = "The event types", content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = EventTypeView.class)))
    public List<EventTypeView> eventTypes() {
        return subscriptions.eventTypes();
    }
}
