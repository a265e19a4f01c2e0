package org.procrisk.scoring.rest;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Locale;
import java.util.Set;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import org.procrisk.bomreport.Report;
import org.procrisk.scoring.api.BomCheckDocument;
import org.procrisk.scoring.api.BomCheckQuery;
import org.procrisk.scoring.api.BomCheckResponse;
import org.procrisk.scoring.bom.BomCheck;
import org.procrisk.scoring.bom.BomCheckSettings;
import org.procrisk.scoring.bom.BomFormat;
import org.procrisk.scoring.bom.BomProblems;
import org.procrisk.scoring.config.BomCheckConfig;
import org.procrisk.scoring.mapping.BomCheckMapper;
import org.procrisk.scoring.mapping.BomSettingsMapper;
import org.procrisk.scoring.mapping.JsonBomReader;
import org.procrisk.scoring.service.BomCheckService;
import org.procrisk.scoring.service.ScoringService;
import org.procrisk.scoring.snapshot.LoadedData;

@Path("/api/v1/bom-checks")
@Tag(name = "BOM checks", description = "Policy gate on a bill of materials for CI pipelines and PLM tools")
public class BomCheckResource {

    static final String CSV_EXAMPLE = """
            lineNumber,partNumber,description,quantity,unitPrice,supplierId,material,form,massKgPerUnit
            10,ROTOR-48,Rotor magnet N42SH,2,,,ND,MAGNET,0.21
            10,ROTOR-48,Rotor magnet N42SH,2,,,DY,MAGNET,0.008
            20,WIND-CU,Stator winding,1,,,,,
            30,HOUSING-AL,Housing,1,,,MO,ALLOY,0.002
            """;

    static final String JSON_EXAMPLE = """
            {"buyerCountry":"DE","asOf":"2026-11-25","policy":{"maxRefiningShare":0.8,"exportControls":"WARN"},
             "lines":[{"lineNumber":10,"partNumber":"GAN-CHG-65W","description":"GaN power stage","quantity":1,
                       "material":"GA","form":"COMPOUND","massKgPerUnit":0.0004}]}""";

    static final String CYCLONEDX_EXAMPLE = """
            {"bomFormat":"CycloneDX","specVersion":"1.6","version":1,
             "components":[{"type":"device","name":"Motor M-200","components":[
               {"type":"device","name":"Rotor","properties":[{"name":"procrisk:quantity","value":"1"}],"components":[
                 {"type":"device","name":"Rotor magnet","properties":[
                   {"name":"procrisk:quantity","value":"8"},
                   {"name":"procrisk:material","value":"ND"},{"name":"procrisk:form","value":"MAGNET"},
                   {"name":"procrisk:massKgPerUnit","value":"0.025"}]}]}]}]}""";

    static final String CYCLONEDX_XML_EXAMPLE = """
            <?xml version="1.0" encoding="UTF-8"?>
            <bom xmlns="http://cyclonedx.org/schema/bom/1.4" version="1">
              <components>
                <component type="device" bom-ref="U1"><name>GAN-FET-650V</name>
                  <properties><property name="cdx:device:quantity">2</property></properties></component>
                <component type="device" bom-ref="R1"><name>RC0603FR-0710KL</name></component>
                <component type="firmware"><name>charger-fw</name><version>1.2.0</version></component>
              </components>
            </bom>""";

    static final String IPC_EXAMPLE = """
            <MainDeclaration xmlns="http://webstds.ipc.org/175x/2.0" version="2.0">
              <Product><ProductID itemName="IR camera" itemNumber="CAM-IR-640"/>
                <HomogeneousMaterialList>
                  <HomogeneousMaterial name="Lens" mass="12" unitOfMeasure="g">
                    <Substance name="Germanium"><SubstanceID identity="7440-56-4" authority="CAS"/>
                      <Amount value="11.9" unitOfMeasure="g"/></Substance>
                  </HomogeneousMaterial>
                </HomogeneousMaterialList></Product>
            </MainDeclaration>""";

    private final BomCheckService checks;
    private final ScoringService scoring;
    private final BomCheckConfig config;
    private final ObjectMapper json;
    private final Validator validator;

    public BomCheckResource(BomCheckService checks, ScoringService scoring, BomCheckConfig config, ObjectMapper json,
                            Validator validator) {
        this.checks = checks;
        this.scoring = scoring;
        this.config = config;
        this.json = json;
        this.validator = validator;
    }

    static final String SARIF = "application/sarif+json";

    @POST
    @Consumes({"text/csv", BomFormat.CYCLONEDX, BomFormat.CYCLONEDX_XML_TYPE, MediaType.APPLICATION_XML, MediaType.TEXT_XML,
            MediaType.APPLICATION_JSON})
    @Produces({MediaType.APPLICATION_JSON, MediaType.APPLICATION_XML, SARIF})
    @Operation(operationId = "checkBillOfMaterials", summary = "Check a bill of materials against a policy",
            description = "Reads the BOM in the format its Content-Type names (CSV profile, CycloneDX 1.2 to 1.6 JSON or "
                    + "XML from any tool, IPC-1752A XML, or procrisk JSON; application/xml whose root is in a CycloneDX "
                    + "namespace is read as CycloneDX). CycloneDX components are matched to registry parts by "
                    + "procrisk:partNumber, else by name; every component gets a status (SCORED, NO_MATERIAL_DATA, "
                    + "UNKNOWN_MATERIAL, NOT_PHYSICAL) and physical parts without data count against coverage. "
                    + "Scores every line with method v1 (equal "
                    + "weights, or value weights when every line has a unitPrice) and answers PASS, WARN or FAIL with "
                    + "the violations and per-line exposures. The policy comes from the JSON body, else the query "
                    + "parameters, else the defaults (maxRefiningShare 0.8, exportControls WARN, minCoverage 0.8, "
                    + "unknownMaterials WARN, buyerRestrictions FAIL). Up to 100,000 lines and 20 MB. "
                    + "Server-Timing gives the server time. format=junit answers JUnit XML (a test case per line plus one for "
                    + "the BOM; FAIL violations are failures, WARN ones too with failOnWarn=true) and format=sarif answers "
                    + "SARIF 2.1.0 (a result per violation, error for FAIL, warning for WARN), as the CLI writes them; "
                    + "source names the BOM file in those reports.")
    @RequestBody(content = {
            @Content(mediaType = "text/csv", schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING),
                    examples = @ExampleObject(name = "motor with an NdFeB rotor magnet", value = CSV_EXAMPLE)),
            @Content(mediaType = BomFormat.CYCLONEDX, schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.OBJECT),
                    examples = @ExampleObject(name = "nested motor assembly", value = CYCLONEDX_EXAMPLE)),
            @Content(mediaType = BomFormat.CYCLONEDX_XML_TYPE, schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING),
                    examples = @ExampleObject(name = "PCB assembly from an EDA tool (CycloneDX 1.4)", value = CYCLONEDX_XML_EXAMPLE)),
            @Content(mediaType = MediaType.APPLICATION_XML, schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING),
                    examples = @ExampleObject(name = "IR camera with a germanium lens", value = IPC_EXAMPLE)),
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = BomCheckDocument.class),
                    examples = @ExampleObject(name = "GaN charger", value = JSON_EXAMPLE))})
    @APIResponse(responseCode = "200", description = "The verdict, violations and per-line exposures",
            headers = @Header(name = "Server-Timing", description = "app;dur=<milliseconds> spent checking",
                    schema = @Schema(type = SchemaType.STRING, example = "app;dur=133")),
            content = {
                    @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = BomCheckResponse.class)),
                    @Content(mediaType = MediaType.APPLICATION_XML, schema = @Schema(type = SchemaType.STRING,
                            description = "JUnit XML (format=junit)")),
                    @Content(mediaType = SARIF, schema = @Schema(type = SchemaType.OBJECT,
                            description = "SARIF 2.1.0 log (format=sarif)"))})
    @APIResponse(responseCode = "400", description = "Malformed BOM or parameter, a CycloneDX document that breaks "
            + "its own version's schema, or a specVersion other than 1.2 to 1.6; the row and column or field named",
            content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "422", description = "A CycloneDX document without any physical component (a software "
            + "SBOM): the problem names the component types found", content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "413", description = "More than 100,000 lines or 20 MB",
            content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "415", description = "Content-Type not one of the formats above",
            content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "503", description = "No registry data loaded yet; see Retry-After",
            content = @Content(mediaType = "application/problem+json"))
    public Response check(InputStream body, @HeaderParam("Content-Type") String contentType, @BeanParam BomCheckQuery query,
                          @Parameter(description = "The answer's format: json (default), junit or sarif")
                          @QueryParam("format") @DefaultValue("json") String reportFormat,
                          @Parameter(description = "The BOM file's name in JUnit and SARIF reports")
                          @QueryParam("source") @DefaultValue("bom") String source,
                          @Parameter(description = "In JUnit reports, count WARN violations as failures")
                          @QueryParam("failOnWarn") @DefaultValue("false") boolean failOnWarn)
            throws IOException {
        if (!Report.FORMATS.contains(reportFormat)) {
            throw BomProblems.malformed("format", "must be one of " + String.join(", ", Report.FORMATS));
        }
        if (source.isBlank() || source.length() > 200) {
            throw BomProblems.malformed("source", "must be 1 to 200 characters");
        }
        long start = System.nanoTime();
        BomFormat format = BomFormat.of(contentType);
        LoadedData data = scoring.data();
        InputStream in = checks.limited(body);
        BomCheck check;
        if (format == BomFormat.JSON) {
            BomCheckDocument document = document(in);
            BomCheckSettings settings = BomSettingsMapper.resolve(query, document, config.defaultPolicy());
            check = checks.check(JsonBomReader.rows(document, checks.maxRows()), settings, data);
        } else {
            check = checks.check(in, format, BomSettingsMapper.resolve(query, null, config.defaultPolicy()), data);
        }
        BomCheckResponse result = BomCheckMapper.toResponse(check, data);
        String millis = String.format(Locale.ROOT, "%.1f", (System.nanoTime() - start) / 1e6);
        if (reportFormat.equals("json")) {
            return Response.ok(result, MediaType.APPLICATION_JSON_TYPE).header("Server-Timing", "app;dur=" + millis).build();
        }
        Report report = Report.of(reportFormat);
        StringWriter out = new StringWriter();
        report.write(json.valueToTree(result), source, failOnWarn, new PrintWriter(out));
        return Response.ok(out.toString(), report.mediaType()).header("Server-Timing", "app;dur=" + millis).build();
    }

    /** A procrisk JSON BOM document, validated as a request body would be. */
    private BomCheckDocument document(InputStream in) throws IOException {
        BomCheckDocument document;
        try {
            document = json.readValue(in, BomCheckDocument.class);
        } catch (JsonProcessingException e) {
            throw e;
        } catch (IOException e) {
            throw BomProblems.tooLargeOr(e);
        }
        if (document == null) {
            throw BomProblems.malformed("body", "is empty");
        }
        Set<ConstraintViolation<BomCheckDocument>> violations = validator.validate(document);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
        return document;
    }
}
