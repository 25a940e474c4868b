package no.gevinst.plan.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.UUID;
import java.util.function.LongConsumer;
import java.util.function.LongFunction;
import no.gevinst.plan.Measure;
import no.gevinst.plan.PlanId;
import no.gevinst.plan.Plans;
import no.gevinst.plan.Risk;
import no.gevinst.shared.Versions;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** A plan's measures and risks in the API: both kinds changed and removed the same way, naming the version read. */
@RestController
@Tag(name = "Plans")
class PlanEntryApiController {

    private final Plans plans;

    PlanEntryApiController(Plans plans) {
        this.plans = plans;
    }

    @Operation(summary = "The plan's measures (tiltak)")
    @GetMapping("/api/v1/plans/{plan}/measures")
    List<Measure> measures(@PathVariable PlanId plan) {
        return plans.measures(plan);
    }

    @Operation(summary = "Add a measure to a plan whose current version is a draft")
    @PostMapping("/api/v1/plans/{plan}/measures")
    @ResponseStatus(HttpStatus.CREATED)
    Measure addMeasure(@PathVariable PlanId plan, @RequestBody Plans.MeasureInput input) {
        return plans.addMeasure(plan, input);
    }

    @Operation(summary = "Change a measure; send the version read as If-Match")
    @PutMapping("/api/v1/plans/{plan}/measures/{measure}")
    Measure updateMeasure(
            @PathVariable PlanId plan,
            @PathVariable UUID measure,
            @RequestBody Plans.MeasureInput input,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        return edit(plan, ifMatch, version -> plans.updateMeasure(plan, measure, input, version));
    }

    @DeleteMapping("/api/v1/plans/{plan}/measures/{measure}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Remove a measure; send the version read as If-Match (a stale one gets 409)")
    void removeMeasure(
            @PathVariable PlanId plan,
            @PathVariable UUID measure,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        remove(plan, ifMatch, version -> plans.removeMeasure(plan, measure, version));
    }

    @Operation(summary = "The plan's risks")
    @GetMapping("/api/v1/plans/{plan}/risks")
    List<Risk> risks(@PathVariable PlanId plan) {
        return plans.risks(plan);
    }

    @Operation(summary = "Add a risk to a plan whose current version is a draft")
    @PostMapping("/api/v1/plans/{plan}/risks")
    @ResponseStatus(HttpStatus.CREATED)
    Risk addRisk(@PathVariable PlanId plan, @RequestBody Plans.RiskInput input) {
        return plans.addRisk(plan, input);
    }

    @Operation(summary = "Change a risk; send the version read as If-Match")
    @PutMapping("/api/v1/plans/{plan}/risks/{risk}")
    Risk updateRisk(
            @PathVariable PlanId plan,
            @PathVariable UUID risk,
            @RequestBody Plans.RiskInput input,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        return edit(plan, ifMatch, version -> plans.updateRisk(plan, risk, input, version));
    }

    @DeleteMapping("/api/v1/plans/{plan}/risks/{risk}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Remove a risk; send the version read as If-Match (a stale one gets 409)")
    void removeRisk(
            @PathVariable PlanId plan,
            @PathVariable UUID risk,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        remove(plan, ifMatch, version -> plans.removeRisk(plan, risk, version));
    }

    /**
     * A change to a measure or a risk: rights before the version, so that a refused user gets 403 or 404, never 400
     * for a missing If-Match.
     */
    private <T> T edit(PlanId plan, String ifMatch, LongFunction<T> write) {
        plans.requireEditable(plan);
        return write.apply(Versions.expected(null, ifMatch));
    }

    private void remove(PlanId plan, String ifMatch, LongConsumer removal) {
        plans.requireEditable(plan);
        removal.accept(Versions.expected(null, ifMatch));
    }
}
