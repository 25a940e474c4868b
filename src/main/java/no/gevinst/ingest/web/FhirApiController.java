package no.gevinst.ingest.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Date;
import java.util.Locale;
import no.gevinst.indicator.RecordResult;
import no.gevinst.ingest.domain.FhirRefusedException;
import no.gevinst.ingest.domain.FhirResources;
import no.gevinst.ingest.domain.ImportJobs;
import no.gevinst.ingest.domain.MeasureReports;
import org.hl7.fhir.r4.model.Bundle;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Gevinst's FHIR R4 endpoint: its CapabilityStatement, MeasureReport create and transaction or batch Bundles of
 * MeasureReports, in JSON or XML. Refusals are OperationOutcomes naming every problem by its FHIRPath
 * ({@link FhirAnswers}).
 */
@RestController
@Tag(name = "FHIR", description = "FHIR R4: MeasureReports in, as FHIR clients expect")
class FhirApiController {

    private static final Date PUBLISHED = new Date();

    private final ImportJobs imports;
    private final MeasureReports measureReports;
    private final FhirResources fhir;
    private final MessageSource messages;

    FhirApiController(ImportJobs imports, MeasureReports measureReports, FhirResources fhir, MessageSource messages) {
        this.imports = imports;
        this.measureReports = measureReports;
        this.fhir = fhir;
        this.messages = messages;
    }

    @GetMapping(path = "/api/v1/fhir/metadata")
    @Operation(
            summary = "The FHIR CapabilityStatement: what the FHIR endpoint accepts",
            description = "FHIR R4 (4.0.1), JSON and XML; MeasureReport create (summary, data-collection), "
                    + "transaction and batch Bundles. No search is offered.")
    @ApiResponse(responseCode = "200", description = "The CapabilityStatement")
    @ApiResponse(responseCode = "401", description = "Not signed in")
    ResponseEntity<String> metadata(HttpServletRequest request, Locale locale) {
        return answers(request, locale).resource(HttpStatus.OK, FhirCapabilities.statement(PUBLISHED));
    }

    @PostMapping(
            path = "/api/v1/fhir/MeasureReport",
            consumes = {FhirAnswers.FHIR_JSON, FhirAnswers.FHIR_XML, "application/json", "application/xml"})
    @Operation(
            summary = "Record a FHIR R4 MeasureReport (create)",
            description = FhirCapabilities.MEASURE_REPORT_DOCUMENTATION
                    + " Validated against the R4 base; every problem is named in one OperationOutcome. A client "
                    + "accepting application/json gets {added, unchanged}; a FHIR client gets an OperationOutcome "
                    + "(201 when something was added).")
    @ApiResponse(responseCode = "200", description = "Recorded already: nothing added")
    @ApiResponse(responseCode = "201", description = "Recorded")
    @ApiResponse(
            responseCode = "400",
            description = "Invalid: an OperationOutcome (or problem details) naming each problem")
    @ApiResponse(responseCode = "401", description = "Not signed in")
    @ApiResponse(responseCode = "403", description = "The user records no measurements")
    @ApiResponse(responseCode = "413", description = "Larger than the limit")
    ResponseEntity<?> measureReport(@RequestBody String body, HttpServletRequest request, Locale locale) {
        // Readers and steering groups record nowhere: refused before the report is read.
        imports.requireMayImport();
        RecordResult result = measureReports.ingest(body, FhirAnswers.sentXml(request));
        FhirAnswers answers = answers(request, locale);
        if (answers.plainJson()) {
            return ResponseEntity.ok(result);
        }
        return answers.resource(
                result.added() > 0 ? HttpStatus.CREATED : HttpStatus.OK,
                answers.information("ingest.fhir.recorded", result.added(), result.unchanged()));
    }

    @PostMapping(
            path = "/api/v1/fhir",
            consumes = {FhirAnswers.FHIR_JSON, FhirAnswers.FHIR_XML, "application/json", "application/xml"})
    @Operation(
            summary = "Record a transaction or batch Bundle of FHIR R4 MeasureReports, all or nothing",
            description = "Entries are MeasureReports (as for MeasureReport create) and the Organizations they "
                    + "point to. One bad entry and nothing is stored; every problem of every entry is named. The "
                    + "answer is a transaction-response or batch-response Bundle.")
    @ApiResponse(responseCode = "200", description = "The response Bundle")
    @ApiResponse(
            responseCode = "400",
            description = "Invalid: an OperationOutcome (or problem details) naming each problem")
    @ApiResponse(responseCode = "401", description = "Not signed in")
    @ApiResponse(responseCode = "403", description = "The user records no measurements")
    @ApiResponse(responseCode = "413", description = "Larger than the limit")
    ResponseEntity<String> bundle(@RequestBody String body, HttpServletRequest request, Locale locale) {
        imports.requireMayImport();
        MeasureReports.BundleResult result = measureReports.ingestBundle(body, FhirAnswers.sentXml(request));
        Bundle response = new Bundle()
                .setType(
                        result.type() == Bundle.BundleType.BATCH
                                ? Bundle.BundleType.BATCHRESPONSE
                                : Bundle.BundleType.TRANSACTIONRESPONSE);
        String status = result.result().added() > 0 ? "201 Created" : "200 OK";
        for (boolean report : result.reports()) {
            response.addEntry().getResponse().setStatus(report ? status : "200 OK");
        }
        return answers(request, locale).resource(HttpStatus.OK, response);
    }

    @ExceptionHandler
    ResponseEntity<?> refused(FhirRefusedException e, HttpServletRequest request, Locale locale) {
        return answers(request, locale).refusal(e);
    }

    private FhirAnswers answers(HttpServletRequest request, Locale locale) {
        return new FhirAnswers(fhir.context(), messages, request, locale);
    }
}
