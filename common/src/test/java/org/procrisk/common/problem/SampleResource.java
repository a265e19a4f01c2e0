package org.procrisk.common.problem;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

/** A resource that exists only in tests, to exercise every error mapping the services share. */
@Path("/api/sample")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class SampleResource {

    public record Line(@NotNull @Positive BigDecimal quantity, @NotBlank String partNumber) {
    }

    public record Order(@NotBlank String poNumber, LocalDate asOf, @NotEmpty List<@Valid @NotNull Line> lines) {
    }

    @POST
    @Path("/orders")
    public int create(@Valid @NotNull Order order) {
        return order.lines().size();
    }

    /** Reads the body as a stream and answers how many bytes came (under the default body limit). */
    @POST
    @Path("/upload")
    @Consumes(MediaType.WILDCARD)
    public long upload(java.io.InputStream body) throws java.io.IOException {
        return body.transferTo(java.io.OutputStream.nullOutputStream());
    }

    /** The same with no body limit, like a streamed batch. */
    @POST
    @Path("/stream")
    @Consumes(MediaType.WILDCARD)
    public long stream(java.io.InputStream body) throws java.io.IOException {
        return upload(body);
    }

    @GET
    @Path("/page")
    public int page(@QueryParam("limit") @Max(500) int limit) {
        return limit;
    }

    @GET
    @Path("/conflict")
    public int conflict() {
        throw new ProblemException(409, "Already exists", List.of(), java.util.Map.of("ETag", "\"3\""));
    }

    @GET
    @Path("/boom")
    public int boom() {
        throw new IllegalStateException("secret internal detail: jdbc:mariadb://db/prod");
    }
}
