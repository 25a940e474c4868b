package no.gevinst.indicator.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import no.gevinst.benefit.Benefits;
import no.gevinst.indicator.Baseline;
import no.gevinst.indicator.BaselineInput;
import no.gevinst.indicator.Indicator;
import no.gevinst.indicator.IndicatorInput;
import no.gevinst.indicator.IndicatorView;
import no.gevinst.indicator.Indicators;
import no.gevinst.indicator.Measurement;
import no.gevinst.indicator.MeasurementInput;
import no.gevinst.indicator.MeasurementSource;
import no.gevinst.indicator.RecordResult;
import no.gevinst.indicator.TargetPoint;
import no.gevinst.shared.BenefitId;
import no.gevinst.shared.IndicatorId;
import no.gevinst.shared.MeasurementId;
import no.gevinst.shared.NotFoundException;
import no.gevinst.shared.Versions;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Indicators", description = "Indicators, baselines, trajectories and measurements")
class IndicatorApiController {

    private final Indicators indicators;
    private final Benefits benefits;

    IndicatorApiController(Indicators indicators, Benefits benefits) {
        this.indicators = indicators;
        this.benefits = benefits;
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
        IndicatorInput onBenefit = new IndicatorInput(
                id.toString(),
                input.name(),
                input.definition(),
                input.unit(),
                input.direction(),
                input.kind(),
                input.method(),
                input.dataSource(),
                input.frequency(),
                input.measuredById(),
                input.costHours(),
                input.amberTolerance(),
                input.redTolerance(),
                input.scope(),
                input.scopeOrganisationId(),
                input.scopeUnit(),
                input.canonicalUrl());
        Indicator created = indicators.create(onBenefit);
        return ResponseEntity.created(URI.create("/api/v1/indicators/" + created.id()))
                .eTag(Versions.etag(created.version()))
                .body(created);
    }

    @GetMapping("/api/v1/indicators/{id}")
    @Operation(summary = "An indicator with its baseline, trajectory, measurements and today's status")
    IndicatorView get(@PathVariable IndicatorId id) {
        return indicators.view(id, LocalDate.now());
    }

    @PutMapping("/api/v1/indicators/{id}")
    @Operation(summary = "Change an indicator; send the version read as If-Match")
    ResponseEntity<Indicator> update(
            @PathVariable IndicatorId id,
            @RequestBody IndicatorInput input,
            @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        Indicator updated = indicators.update(id, input, Versions.expected(null, ifMatch));
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
        Baseline saved = indicators.setBaseline(id, input, expected);
        return ResponseEntity.ok()
                .eTag(Versions.etag(expected == null ? 0 : expected + 1))
                .body(saved);
    }

    @PutMapping("/api/v1/indicators/{id}/trajectory")
    @Operation(
            summary = "Replace the trajectory of targets; the final target must differ from the baseline",
            description = "Send the trajectory's version read (trajectoryVersion) as If-Match; a stale one gets 409."
                    + " The answer's ETag is the new version.")
    ResponseEntity<List<TargetPoint>> trajectory(
            @PathVariable IndicatorId id,
            @RequestBody List<TargetRequest> targets,
            @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        long expected = Versions.expected(null, ifMatch);
        List<TargetPoint> saved = indicators.setTrajectory(
                id,
                targets.stream().map(t -> new String[] {t.date(), t.value()}).toList(),
                expected);
        return ResponseEntity.ok().eTag(Versions.etag(expected + 1)).body(saved);
    }

    @GetMapping("/api/v1/indicators/{id}/measurements")
    @Operation(summary = "Every measurement of the indicator, corrections included")
    List<Measurement> measurements(@PathVariable IndicatorId id) {
        return indicators.view(id, LocalDate.now()).measurements();
    }

    @PostMapping("/api/v1/indicators/{id}/measurements")
    @Operation(
            summary = "Record measurements (JSON array), all or nothing",
            description = "Each bad row is named as rows[N].field in the problem details. A row already recorded "
                    + "with the same organisation, unit, period and value adds nothing.")
    RecordResult record(@PathVariable IndicatorId id, @RequestBody List<MeasurementInput> rows) {
        return indicators.record(id, rows, MeasurementSource.API);
    }

    @PostMapping("/api/v1/measurements/{id}/correction")
    @Operation(summary = "Correct a measurement: the old value is kept, superseded, with the reason")
    Measurement correct(@PathVariable MeasurementId id, @RequestBody CorrectionRequest request) {
        return indicators.correct(id, request.value(), request.reason());
    }
}
