package org.procrisk.supplier.rest;

import java.net.URI;
import java.util.List;

import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
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
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import org.procrisk.common.problem.Problem;
import org.procrisk.common.problem.ProblemException;
import org.procrisk.supplier.api.WebhookDeliveryDto;
import org.procrisk.supplier.api.WebhookDto;
import org.procrisk.supplier.api.WebhookInput;
import org.procrisk.supplier.service.Webhooks;

@Path("/api/v1/webhooks")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Webhooks", description = "Order events pushed to receivers as Standard Webhooks (admins)")
public class WebhookResource {

    static final String EXAMPLE = """
            {"url":"https://erp.example.com/hooks/procrisk","eventTypes":["order.risk.changed","order.control.reached"],
             "description":"SAP workflow: purchasing alerts"}""";

    private final Webhooks webhooks;

    public WebhookResource(Webhooks webhooks) {
        this.webhooks = webhooks;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createWebhook", summary = "Subscribe a receiver to order events",
            description = "The receiver gets each event of its types as a POST of the event's JSON (the change feed's), "
                    + "signed as Standard Webhooks: `webhook-id` (the event's id, the same on every attempt), "
                    + "`webhook-timestamp` (seconds) and `webhook-signature` (`v1,` and the base64 HMAC-SHA256 of "
                    + "`id.timestamp.body` keyed with the secret's bytes; two, space-separated, during a rotation). Any 2xx "
                    + "is a delivery; redirects are not followed; 410 disables the subscription; other answers are retried "
                    + "after 5 s, 30 s, 2 min, 10 min, 30 min, 1 h, 2 h, 4 h and 8 h, then the subscription is disabled. The "
                    + "URL must be https on a public address (checked after DNS resolution, and again at every attempt). "
                    + "The answer carries the secret, once.")
    @RequestBody(content = @Content(schema = @Schema(implementation = WebhookInput.class),
            examples = @ExampleObject(name = "purchasing alerts", value = EXAMPLE)))
    @APIResponse(responseCode = "201", description = "Subscribed; keep the secret",
            content = @Content(schema = @Schema(implementation = WebhookDto.class)))
    @APIResponse(responseCode = "400", description = "Invalid fields, each named; a URL that is not https on a public address",
            content = @Content(mediaType = "application/problem+json"))
    public Response create(@NotNull WebhookInput input) {
        WebhookDto dto = webhooks.create(input);
        return Response.created(URI.create("/api/v1/webhooks/" + dto.id())).entity(dto).build();
    }

    @GET
    @Operation(operationId = "listWebhooks", summary = "List webhook subscriptions", description = "Without their secrets.")
    @APIResponse(responseCode = "200", description = "Every subscription",
            content = @Content(schema = @Schema(implementation = WebhookDto.class, type = SchemaType.ARRAY)))
    public List<WebhookDto> list() {
        return webhooks.list();
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getWebhook", summary = "Get a webhook subscription",
            description = "Its URL, event types and status (with why it was disabled), without its secret.")
    @APIResponse(responseCode = "200", description = "The subscription", content = @Content(schema = @Schema(implementation = WebhookDto.class)))
    @APIResponse(responseCode = "404", description = "No such subscription", content = @Content(mediaType = "application/problem+json"))
    public WebhookDto get(@PathParam("id") String id) {
        return webhooks.get(id);
    }

    @POST
    @Path("/{id}:disable")
    @Operation(operationId = "disableWebhook", summary = "Disable a webhook subscription", description = "No new deliveries are made for it.")
    @APIResponse(responseCode = "200", description = "Disabled", content = @Content(schema = @Schema(implementation = WebhookDto.class)))
    @APIResponse(responseCode = "404", description = "No such subscription", content = @Content(mediaType = "application/problem+json"))
    public WebhookDto disable(@PathParam("id") String id) {
        return webhooks.setActive(id, false);
    }

    @POST
    @Path("/{id}:enable")
    @Operation(operationId = "enableWebhook", summary = "Enable a webhook subscription again",
            description = "Events from now on are delivered; replay the failed deliveries to send what it missed.")
    @APIResponse(responseCode = "200", description = "Enabled", content = @Content(schema = @Schema(implementation = WebhookDto.class)))
    @APIResponse(responseCode = "404", description = "No such subscription", content = @Content(mediaType = "application/problem+json"))
    public WebhookDto enable(@PathParam("id") String id) {
        return webhooks.setActive(id, true);
    }

    @POST
    @Path("/{id}:rotate-secret")
    @Operation(operationId = "rotateWebhookSecret", summary = "Rotate a webhook's secret",
            description = "Answers the new secret, once. For `previousSecretValidUntil` (24 h) deliveries carry two "
                    + "signatures, with the new secret and the previous one, so the receiver can switch at any time.")
    @APIResponse(responseCode = "200", description = "The subscription with its new secret",
            content = @Content(schema = @Schema(implementation = WebhookDto.class)))
    @APIResponse(responseCode = "404", description = "No such subscription", content = @Content(mediaType = "application/problem+json"))
    public WebhookDto rotate(@PathParam("id") String id) {
        return webhooks.rotate(id);
    }

    @GET
    @Path("/{id}/deliveries")
    @Operation(operationId = "listWebhookDeliveries", summary = "A subscription's deliveries, newest first",
            description = "FAILED deliveries stay here and can be replayed.")
    @APIResponse(responseCode = "200", description = "Deliveries",
            content = @Content(schema = @Schema(implementation = WebhookDeliveryDto.class, type = SchemaType.ARRAY)))
    @APIResponse(responseCode = "404", description = "No such subscription", content = @Content(mediaType = "application/problem+json"))
    public List<WebhookDeliveryDto> deliveries(@PathParam("id") String id,
                                               @Parameter(schema = @Schema(enumeration = {"PENDING", "DELIVERED", "FAILED"}))
                                               @QueryParam("status") String status,
                                               @Parameter(description = "1 to 500", example = "100") @QueryParam("limit") Integer limit) {
        if (status != null && !List.of("PENDING", "DELIVERED", "FAILED").contains(status)) {
            throw ProblemException.invalid(List.of(new Problem.FieldError("status", "must be PENDING, DELIVERED or FAILED")));
        }
        return webhooks.deliveries(id, status, PageResponses.limit(limit));
    }

    @POST
    @Path("/{id}/deliveries/{deliveryId}:replay")
    @Operation(operationId = "replayWebhookDelivery", summary = "Send a delivery again",
            description = "From its first attempt, with the same `webhook-id`, so a receiver that keeps ids sees a duplicate.")
    @APIResponse(responseCode = "202", description = "Due now")
    @APIResponse(responseCode = "404", description = "No such subscription or delivery", content = @Content(mediaType = "application/problem+json"))
    public Response replay(@PathParam("id") String id, @PathParam("deliveryId") long deliveryId) {
        webhooks.replay(id, deliveryId);
        return Response.accepted().build();
    }
}
