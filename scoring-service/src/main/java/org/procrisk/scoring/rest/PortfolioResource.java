package org.procrisk.scoring.rest;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import org.procrisk.scoring.api.PortfolioRequest;
import org.procrisk.scoring.api.PortfolioResponse;
import org.procrisk.scoring.api.ScenarioRequest;
import org.procrisk.scoring.api.ScenarioResponse;
import org.procrisk.scoring.mapping.OrderMapper;
import org.procrisk.scoring.mapping.PortfolioMapper;
import org.procrisk.scoring.mapping.ScenarioMapper;
import org.procrisk.scoring.method.Dataset;
import org.procrisk.scoring.method.Order;
import org.procrisk.scoring.service.Portfolio;
import org.procrisk.scoring.service.PortfolioService;
import org.procrisk.scoring.service.ScoringService;
import org.procrisk.scoring.snapshot.LoadedData;

@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Analysis", description = "Portfolios and what-if scenarios over many orders")
public class PortfolioResource {

    private static final String PORTFOLIO_EXAMPLE = """
            {"orders":[
              {"poNumber":"PO-2026-004711","buyerCountry":"DE","currency":"EUR","asOf":"2025-06-01",
               "lines":[{"lineNumber":10,"quantity":1000,"unitPrice":12.40,
                         "composition":[{"material":"DY","form":"MAGNET","massKgPerUnit":0.008}]}]},
              {"poNumber":"PO-2026-004712","buyerCountry":"DE","currency":"USD","asOf":"2025-06-01",
               "lines":[{"lineNumber":10,"quantity":5000,"unitPrice":3.10,
                         "composition":[{"material":"GA","form":"COMPOUND","massKgPerUnit":0.0004}]}]}],
             "reportingCurrency":"EUR","fxRates":{"USD":0.92},"topN":5}""";

    private static final String SCENARIO_EXAMPLE = """
            {"orders":[
              {"poNumber":"PO-2027-000123","buyerCountry":"DE","currency":"EUR","asOf":"2027-03-01",
               "lines":[{"lineNumber":10,"quantity":1000,"unitPrice":12.40,
                         "composition":[{"material":"ND","form":"MAGNET","massKgPerUnit":0.21},
                                        {"material":"DY","form":"MAGNET","massKgPerUnit":0.008}]}]}],
             "scenario":{"name":"CN bans Dy/Tb magnets to DE from 2027",
               "controls":[{"id":"WHATIF-1","issuer":"CN","measure":"BAN","materials":["DY","TB"],"forms":["MAGNET"],
                            "targetCountries":["DE"],"effectiveFrom":"2027-01-01"}],
               "suspensions":[{"controlId":"CN-2024-46-C2","suspendedFrom":"2025-11-09","suspendedUntil":"2027-11-27"}]}}""";

    private final PortfolioService portfolios;
    private final ScoringService scoring;

    public PortfolioResource(PortfolioService portfolios, ScoringService scoring) {
        this.portfolios = portfolios;
        this.scoring = scoring;
    }

    @POST
    @Path("/portfolio")
    @Operation(operationId = "evaluatePortfolio", summary = "Aggregate exposure of many orders",
            description = "Totals and exposure by material, refining country and control, with the riskiest orders. "
                    + "Orders in several currencies need reportingCurrency and fxRates (422 otherwise).")
    @RequestBody(content = @Content(schema = @Schema(implementation = PortfolioRequest.class), examples = @ExampleObject(
            name = "EUR and USD orders", value = PORTFOLIO_EXAMPLE)))
    @APIResponse(responseCode = "200", description = "The aggregate", content = @Content(schema = @Schema(implementation = PortfolioResponse.class)))
    @APIResponse(responseCode = "422", description = "Missing exchange rates or unscorable orders", content = @Content(mediaType = "application/problem+json"))
    public PortfolioResponse portfolio(@Valid @NotNull PortfolioRequest request) {
        LoadedData data = scoring.data();
        Dataset dataset = data.dataset();
        Portfolio portfolio = portfolios.evaluate(OrderMapper.toOrders(request.orders(), dataset), dataset,
                request.reportingCurrency(), request.fxRates());
        return PortfolioMapper.toResponse(portfolio, data, dataset.version(), request.topN() == null ? 10 : request.topN());
    }

    @POST
    @Path("/scenarios:evaluate")
    @Operation(operationId = "evaluateScenario", summary = "What changes if a new control lands",
            description = "Scores the orders on today's data and on the data changed by the scenario (hypothetical "
                    + "controls, lifted or extended suspensions, other country shares), side by side with deltas.")
    @RequestBody(content = @Content(schema = @Schema(implementation = ScenarioRequest.class), examples = @ExampleObject(
            name = "Dy/Tb magnet ban to Germany", value = SCENARIO_EXAMPLE)))
    @APIResponse(responseCode = "200", description = "Baseline, scenario and deltas", content = @Content(schema = @Schema(implementation = ScenarioResponse.class)))
    @APIResponse(responseCode = "422", description = "Scenario refers to unknown controls or materials", content = @Content(mediaType = "application/problem+json"))
    public ScenarioResponse scenario(@Valid @NotNull ScenarioRequest request) {
        LoadedData data = scoring.data();
        Dataset baseline = data.dataset();
        Dataset scenario = ScenarioMapper.apply(request.scenario(), baseline);
        List<Order> orders = OrderMapper.toOrders(request.orders(), baseline);
        Portfolio before = portfolios.evaluate(orders, baseline, request.reportingCurrency(), request.fxRates());
        Portfolio after = portfolios.evaluate(orders, scenario, request.reportingCurrency(), request.fxRates());
        return ScenarioMapper.toResponse(request.scenario().name(), PortfolioMapper.toResponse(before, data, baseline.version(), 1),
                PortfolioMapper.toResponse(after, data, baseline.version(), 1), before.orders(), after.orders(),
                baseline.version());
    }
}
