package org.procrisk.scoring.rest;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import com.fasterxml.jackson.databind.JsonNode;
import io.smallrye.common.annotation.NonBlocking;
import org.eclipse.microprofile.openapi.annotations.Operation;

import org.procrisk.common.problem.Problem;
import org.procrisk.common.problem.ProblemException;
import org.procrisk.common.problem.ViolationFields;
import org.procrisk.scoring.api.ErpOrderRead;
import org.procrisk.scoring.api.ScoreResponse;
import org.procrisk.scoring.mapping.OrderMapper;
import org.procrisk.scoring.mapping.erp.ErpAnswers;
import org.procrisk.scoring.mapping.erp.ErpOrder;

/**
 * For supplier-service's order book, which stores orders from ERPs in native form: reads an ERP's order
 * with the same readers and company tables as the ERP scoring endpoints, and checks it as they would, so
 * that a problem names the ERP's own fields. Not routed by the gateway, so not in the public API.
 */
@Path("/api/v1/internal/erp-orders/{format}")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ErpOrderReadResource {

    private final ErpDocuments documents;
    private final OrderValidation validation;
    private final OrderScoring scoring;

    public ErpOrderReadResource(ErpDocuments documents, OrderValidation validation, OrderScoring scoring) {
        this.documents = documents;
        this.validation = validation;
        this.scoring = scoring;
    }

    @POST
    @NonBlocking
    @Operation(hidden = true)
    public ErpOrderRead read(@PathParam("format") String format, JsonNode body, @QueryParam("buyerCountry") String buyerCountry) {
        if (buyerCountry != null && !buyerCountry.matches("[A-Za-z]{2}")) {
            throw ProblemException.invalid(List.of(new Problem.FieldError("buyerCountry", "must be an ISO 3166-1 alpha-2 code")));
        }
        ErpOrder erp = documents.read(format, body, buyerCountry == null ? null : buyerCountry.toUpperCase(Locale.ROOT));
        List<Problem.FieldError> errors = new ArrayList<>();
        validation.violations(erp.order())
                .forEach(v -> errors.add(new Problem.FieldError(ViolationFields.fieldOf(v), v.getMessage())));
        if (!errors.isEmpty()) {
            throw ErpAnswers.inErpTerms(ProblemException.invalid(errors), erp);
        }
        OrderMapper.check(erp.order(), scoring.data().dataset(), "", errors);
        if (!errors.isEmpty()) {
            throw ErpAnswers.inErpTerms(new ProblemException(422, errors.size() + " fields cannot be scored as sent", errors), erp);
        }
        return new ErpOrderRead(erp.order(), erp.lineKeys(),
                erp.skipped().stream().map(s -> new ScoreResponse.SkippedItem(s.key(), s.reason())).toList(), erp.orderDate());
    }
}
