package no.gevinst.indicator.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import no.gevinst.benefit.Benefit;
import no.gevinst.benefit.Benefits;
import no.gevinst.indicator.Baseline;
import no.gevinst.indicator.BaselineCommand;
import no.gevinst.indicator.BaselineInput;
import no.gevinst.indicator.Indicator;
import no.gevinst.indicator.IndicatorCommand;
import no.gevinst.indicator.IndicatorFields;
import no.gevinst.indicator.IndicatorInput;
import no.gevinst.indicator.IndicatorView;
import no.gevinst.indicator.Indicators;
import no.gevinst.indicator.Measurement;
import no.gevinst.indicator.MeasurementCommand;
import no.gevinst.indicator.MeasurementInput;
import no.gevinst.indicator.MeasurementPaging;
import no.gevinst.indicator.MeasurementSource;
import no.gevinst.indicator.RecordResult;
import no.gevinst.indicator.TargetPoint;
import no.gevinst.indicator.TrajectoryCommand;
import no.gevinst.shared.BenefitId;
import no.gevinst.shared.IndicatorId;
import no.gevinst.shared.MeasurementId;
import no.gevinst.shared.NorwegianTime;
import no.gevinst.shared.NotFoundException;
import no.gevinst.shared.VersionConflictException;
import no.gevinst.shared.Versions;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

@RestController
@Tag(name = "Indicators", description = "Indicators, baselines, trajectories and measurements")
class IndicatorApiController {

    private final Indicators indicators;
    private final Benefits benefits;
    private final JsonMapper json;

    IndicatorApiController(Indicators indicators, Benefits benefits, JsonMapper json) {
        this.indicators = indicators;
        this.benefits = benefits;
        this.json = json;
    }

    /** A target of the trajectory as sent: an ISO date and a value. */
    record TargetRequest(String date, String value) {}

    /** A correction of a measurement: the right value and why. */
    record CorrectionRequest(String value, String reason) {}

    @GetMapping("/api/v1/benefits/{id}/indicators")
    @Operation(summary = "The indicators of a benefit")
    List<Indicator> ofBenefit(@PathVariable BenefitId id) {
        // A benefit the user may not see is not found, rather than a benefit without indicators.
        benefits.find(id).orElseThrow(() -> new NotFoundException("benefit", id));
        return indicators.ofBenefit(id);
    }

    @PostMapping("/api/v1/benefits/{id}/indicators")
    @Operation(summary = "Define an indicator on a benefit (its programme's coordinators and its owner)")
    ResponseEntity<Indicator> create(@PathVariable BenefitId id, @RequestBody IndicatorInput input) {
        // The benefit is named in the path: one the user may not see is not found, not an unknown reference (400).
        Benefit benefit = benefits.find(id).orElseThrow(() -> new NotFoundException("benefit", id));
        if (!benefits.canEdit(benefit)) {
            throw new AccessDeniedException("May not add indicators to " + benefit.code());
        }
        // Read once, after the rights check: the benefit is the one in the path, whatever the body names.
        Indicator created = indicators.create(IndicatorCommand.parse(id, input));
        return ResponseEntity.created(URI.create("/api/v1/indicators/" + created.id()))
                .eTag(Versions.etag(created.version()))
                .body(created);
    }

    @GetMapping("/api/v1/indicators/{id}")
    @Operation(
            summary = "An indicator with its baseline, trajectory, today's status, its period series for the last ten"
                    + " years and the newest page of its measurements",
            description = "measurements holds the newest " + MeasurementPaging.DEFAULT_SIZE + " (paging says whether"
                    + " more follow); the rest are paged at /api/v1/indicators/{id}/measurements.")
    IndicatorView get(@PathVariable IndicatorId id) {
        return indicators.view(id, NorwegianTime.today());
    }

    @PutMapping("/api/v1/indicators/{id}")
    @Operation(summary = "Change an indicator; send the version read as If-Match")
    ResponseEntity<Indicator> update(
            @PathVariable IndicatorId id,
            @RequestBody IndicatorInput input,
            @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        // Asked before the version is read, so that a refused user gets 403, not 400 for a missing If-Match.
        indicators.requireEditable(id);
        long expected = Versions.expected(null, ifMatch);
        // A stale version is refused before the body is judged, as every update answers: 409 says read it again.
        indicators.find(id).filter(i -> i.version() != expected).ifPresent(i -> {
            throw new VersionConflictException("indicator", id, expected, i.version());
        });
        // The benefit is the indicator's own; the command's is ignored on update.
        Indicator updated = indicators.update(id, IndicatorCommand.parse(null, input), expected);
        return ResponseEntity.ok().eTag(Versions.etag(updated.version())).body(updated);
    }

    @PutMapping("/api/v1/indicators/{id}/baseline")
    @Operation(
            summary = "Set the baseline (nullpunktsmåling)",
            description = "Changing a baseline needs its version read (baselineVersion) as If-Match; leave it out"
                    + " only while none is set. A stale one gets 409. The answer's ETag is the new version.")
    ResponseEntity<Baseline> baseline(
            @PathVariable IndicatorId id,
            @RequestBody BaselineInput input,
            @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        Long expected = ifMatch == null || ifMatch.isBlank() ? null : Versions.expected(null, ifMatch);
        // Rights before the body is read: a refused user learns nothing from what is wrong with it.
        indicators.requireEditable(id);
        Baseline saved = indicators.setBaseline(id, BaselineCommand.parse(input), expected);
        return ResponseEntity.ok()
                .eTag(Versions.etag(expected == null ? 0 : expected + 1))
                .body(saved);
    }

    // Taken as text and read after the rights check, but only as JSON: another type is refused as before (415).
    @PutMapping(
            value = "/api/v1/indicators/{id}/trajectory",
            consumes = {MediaType.APPLICATION_JSON_VALUE, "application/*+json"})
    @Operation(
            summary = "Replace the trajectory of targets; the final target must differ from the baseline",
            description = "Send the trajectory's version read (trajectoryVersion) as If-Match; a stale one gets 409."
                    + " The answer's ETag is the new version.")
    ResponseEntity<List<TargetPoint>> trajectory(
            @PathVariable IndicatorId id,
            @io.swagger.v3.oas.annotations.parameters.RequestBody(
                            content =
                                    @Content(
                                            array =
                                                    @ArraySchema(
                                                            schema = @Schema(implementation = TargetRequest.class))))
                    @RequestBody(required = false)
                    String body,
            @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        // Rights first, then the version, then the body.
        indicators.requireEditable(id);
        long expected = Versions.expected(null, ifMatch);
        List<TargetRequest> targets = JsonBody.read(json, body, new TypeReference<List<TargetRequest>>() {});
        TrajectoryCommand command = TrajectoryCommand.parse(
                targets.stream().map(TargetRequest::date).toList(),
                targets.stream().map(TargetRequest::value).toList());
        List<TargetPoint> saved = indicators.setTrajectory(id, command, expected);
        return ResponseEntity.ok().eTag(Versions.etag(expected + 1)).body(saved);
    }

    @GetMapping("/api/v1/indicators/{id}/measurements")
    @Operation(
            summary = "A page of the indicator's measurements, corrections included, newest period first",
            description = "page counts from 1 (default 1); size is 1 to " + MeasurementPaging.MAX_SIZE + " (default "
                    + MeasurementPaging.DEFAULT_SIZE + "). The body is the page's array; the Link header (RFC 8288)"
                    + " names the first, prev and next pages, and X-Page, X-Page-Size and X-Has-Next say where the"
                    + " page is. A page or size out of range gets 400 naming the parameter.")
    @ApiResponse(
            responseCode = "200",
            description = "The page of measurements",
            headers = {
                @Header(
                        name = "Link",
                        description = "RFC 8288 links: rel=first, and rel=prev and rel=next where they" + " exist",
                        schema = @Schema(type = "string")),
                @Header(name = "X-Page", description = "The page, from 1", schema = @Schema(type = "integer")),
                @Header(name = "X-Page-Size", description = "The page size", schema = @Schema(type = "integer")),
                @Header(
                        name = "X-Has-Next",
                        description = "true when an older page follows",
                        schema = @Schema(type = "boolean"))
            })
    ResponseEntity<List<Measurement>> measurements(
            @PathVariable IndicatorId id,
            @Parameter(description = "The page, from 1") @RequestParam(name = "page", required = false) Integer page,
            @Parameter(description = "Measurements a page, 1 to " + MeasurementPaging.MAX_SIZE)
                    @RequestParam(name = "size", required = false)
                    Integer size) {
        IndicatorView view = indicators.view(
                id,
                NorwegianTime.today(),
                page == null ? 1 : page,
                size == null ? MeasurementPaging.DEFAULT_SIZE : size);
        MeasurementPaging paging = view.paging();
        return ResponseEntity.ok()
                .header(HttpHeaders.LINK, MeasurementLinks.api(id, paging).header())
                .header("X-Page", String.valueOf(paging.page()))
                .header("X-Page-Size", String.valueOf(paging.size()))
                .header("X-Has-Next", String.valueOf(paging.hasNext()))
                .body(view.measurements());
    }

    @PostMapping(
            value = "/api/v1/indicators/{id}/measurements",
            consumes = {MediaType.APPLICATION_JSON_VALUE, "application/*+json"})
    @Operation(
            summary = "Record measurements (JSON array), all or nothing",
            description = "Each bad row is named as rows[N].field in the problem details. A row already recorded "
                    + "with the same organisation, unit, period and value adds nothing.")
    RecordResult record(
            @PathVariable IndicatorId id,
            @io.swagger.v3.oas.annotations.parameters.RequestBody(
                            content =
                                    @Content(
                                            array =
                                                    @ArraySchema(
                                                            schema = @Schema(implementation = MeasurementInput.class))))
                    @RequestBody(required = false)
                    String body) {
        // Readers, steering groups and other programmes' users are refused before the rows are read.
        indicators.requireMayRecord(id);
        List<MeasurementInput> rows = JsonBody.read(json, body, new TypeReference<List<MeasurementInput>>() {});
        return indicators.record(id, MeasurementCommand.readAll(rows), MeasurementSource.API);
    }

    @PostMapping("/api/v1/measurements/{id}/correction")
    @Operation(summary = "Correct a measurement: the old value is kept, superseded, with the reason")
    Measurement correct(@PathVariable MeasurementId id, @RequestBody CorrectionRequest request) {
        indicators.requireMayCorrect(id);
        return indicators.correct(
                id, IndicatorFields.correctedValue(request.value(), request.reason()), request.reason());
    }
}
