package no.gevinst.valuation.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import no.gevinst.shared.Attachments;
import no.gevinst.shared.BenefitId;
import no.gevinst.shared.ProgrammeId;
import no.gevinst.shared.Versions;
import no.gevinst.valuation.Assumption;
import no.gevinst.valuation.Cost;
import no.gevinst.valuation.EconomicSettings;
import no.gevinst.valuation.ProgrammeValuation;
import no.gevinst.valuation.Uncertainty;
import no.gevinst.valuation.Valuation;
import no.gevinst.valuation.ValuationInputs;
import no.gevinst.valuation.ValuationVersions;
import no.gevinst.valuation.ValuationWorkbook;
import no.gevinst.valuation.Valuations;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Valuation", description = "Assumptions, calculation models, costs and the economic results (R-109)")
class ValuationApiController {

    private final Valuations valuations;

    private final MessageSource messages;

    ValuationApiController(Valuations valuations, MessageSource messages) {
        this.valuations = valuations;
        this.messages = messages;
    }

    /**
     * The valuation at the most likely values: yearly lines and economic results, each benefit's workings, and the
     * versions a writer names (If-Match or {@code version}) to change the settings, an assumption or a model.
     */
    record ValuationResource(
            ValuationVersions versions,
            EconomicSettings settings,
            List<Assumption> assumptions,
            java.util.Map<String, String> derived,
            List<Cost> costs,
            List<BenefitResource> benefits,
            List<Valuation.YearLine> years,
            Valuation.EconomicResult result) {}

    /**
     * The analysis period and economic rules; values left out keep R-109's defaults.
     *
     * @param workingHoursPerPerson hours a full-time person works in a year, as text so that a value which is no
     *     number is refused naming the field; left out it is 1 695
     */
    record SettingsRequest(
            Integer baseYear,
            Integer firstYear,
            Integer lastYear,
            List<java.math.BigDecimal> discountRates,
            java.math.BigDecimal taxFinancingRate,
            java.math.BigDecimal realPriceGrowth,
            Boolean realPriceAdjustment,
            java.math.BigDecimal coFinancingCutShare,
            String workingHoursPerPerson) {}

    @io.swagger.v3.oas.annotations.media.Schema(name = "ValuationBenefit")
    record BenefitResource(
            String benefitId,
            String name,
            String benefitClass,
            String actor,
            String workings,
            String modelKind,
            java.util.Map<String, String> parameters,
            java.util.List<java.math.BigDecimal> phaseInCumulative,
            int phaseInFirstYear,
            java.util.Map<Integer, java.math.BigDecimal> valueByYear) {}

    @GetMapping("/api/v1/programmes/{id}/valuation")
    @Operation(summary = "Yearly results and economic results (NPV, benefit/cost, NPV per invested krone, payback)")
    ValuationResource valuation(@PathVariable ProgrammeId id) {
        ProgrammeValuation v = valuations.of(id);
        return new ValuationResource(
                valuations.versions(id),
                v.settings(),
                List.copyOf(v.assumptions().assumptions().values()),
                v.assumptions().derived().entrySet().stream()
                        .collect(java.util.stream.Collectors.toMap(
                                java.util.Map.Entry::getKey,
                                e -> e.getValue().text(),
                                (a, b) -> a,
                                java.util.LinkedHashMap::new)),
                v.costs(),
                v.valuation().benefits().stream()
                        .map(line -> new BenefitResource(
                                line.benefit().id().toString(),
                                line.benefit().name(),
                                line.benefit().benefitClass().name(),
                                line.benefit().actor().name(),
                                line.fullEffect().workings().in(messages, LocaleContextHolder.getLocale()),
                                no.gevinst.valuation.ModelKind.describe(
                                                line.benefit().model())
                                        .getKey()
                                        .name(),
                                no.gevinst.valuation.ModelKind.describe(
                                                line.benefit().model())
                                        .getValue(),
                                line.benefit().phaseIn().cumulative(),
                                line.benefit().phaseIn().firstYear(),
                                line.valueByYear()))
                        .toList(),
                v.valuation().years(),
                v.valuation().result());
    }

    @PutMapping("/api/v1/programmes/{id}/valuation/settings")
    @Operation(
            summary = "Set the analysis period and economic rules (coordinators); blanks keep R-109's defaults",
            description = "Send the settings' version read (versions.settings) as If-Match; leave it out only while"
                    + " the programme has none stored. A stale version gets 409. The answer's ETag is the new version.")
    ResponseEntity<ValuationResource> settings(
            @PathVariable ProgrammeId id,
            @RequestBody SettingsRequest request,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        // Rights before the period is judged: a refused user gets 403 or 404, not the faults of the request.
        valuations.requireMayChange(id);
        if (request.firstYear() == null || request.lastYear() == null || request.lastYear() < request.firstYear()) {
            throw no.gevinst.shared.InvalidInputException.of("lastYear", "valuation.period.invalid");
        }
        EconomicSettings defaults = EconomicSettings.defaults(request.firstYear(), request.lastYear());
        long version = valuations.saveSettings(
                id,
                new EconomicSettings(
                        request.baseYear() == null ? request.firstYear() : request.baseYear(),
                        request.firstYear(),
                        request.lastYear(),
                        request.discountRates() == null ? defaults.discountRates() : request.discountRates(),
                        request.taxFinancingRate() == null ? defaults.taxFinancingRate() : request.taxFinancingRate(),
                        request.realPriceGrowth() == null ? defaults.realPriceGrowth() : request.realPriceGrowth(),
                        request.realPriceAdjustment() != null && request.realPriceAdjustment(),
                        request.coFinancingCutShare() == null
                                ? defaults.coFinancingCutShare()
                                : request.coFinancingCutShare(),
                        request.workingHoursPerPerson() == null
                                ? defaults.workingHoursPerPerson()
                                : EconomicSettings.workingHours(request.workingHoursPerPerson())),
                optionalVersion(ifMatch));
        return ResponseEntity.ok().eTag(Versions.etag(version)).body(valuation(id));
    }

    @PostMapping("/api/v1/programmes/{id}/assumptions")
    @Operation(
            summary = "Add or change an assumption by name; a formula makes it derived. Recomputes what uses it.",
            description = "Changing an existing assumption needs its version read (versions.assumptions), in the"
                    + " body's version or as If-Match; a stale one gets 409. A change that breaks the valuation is"
                    + " refused (400) and nothing is stored. The answer's ETag is the assumption's new version.")
    ResponseEntity<ValuationResource> saveAssumption(
            @PathVariable ProgrammeId id,
            @RequestBody ValuationInputs.AssumptionInput input,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        ValuationInputs.AssumptionInput versioned =
                input.version() == null && ifMatch != null ? input.withVersion(ifMatch) : input;
        long version = valuations.saveAssumption(id, versioned);
        return ResponseEntity.ok().eTag(Versions.etag(version)).body(valuation(id));
    }

    /** The version a model now has, for the next write. */
    record Saved(long version) {}

    @PutMapping("/api/v1/benefits/{id}/valuation")
    @Operation(
            summary = "Set a priced benefit's calculation model and phase-in",
            description = "Changing an existing model needs its version read (versions.models), in the body's"
                    + " version or as If-Match; a stale one gets 409.")
    ResponseEntity<Saved> setModel(
            @PathVariable BenefitId id,
            @RequestBody ValuationInputs.ModelInput input,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        ValuationInputs.ModelInput versioned =
                input.version() == null && ifMatch != null ? input.withVersion(ifMatch) : input;
        long version = valuations.setModel(id, versioned);
        return ResponseEntity.ok().eTag(Versions.etag(version)).body(new Saved(version));
    }

    /** The version named by If-Match; none when the writer read no stored record. */
    private static Long optionalVersion(String ifMatch) {
        return ifMatch == null || ifMatch.isBlank() ? null : Versions.expected(null, ifMatch);
    }

    @PostMapping("/api/v1/programmes/{id}/costs")
    @Operation(summary = "Add an investment, running cost or co-financing for a year and actor")
    void addCost(@PathVariable ProgrammeId id, @RequestBody ValuationInputs.CostInput input) {
        valuations.requireMayChange(id);
        valuations.addCost(id, input.command());
    }

    @GetMapping("/api/v1/programmes/{id}/valuation/sensitivity")
    @Operation(summary = "Each uncertain assumption at its low and high value, largest swing first (tornado)")
    List<Uncertainty.Sensitivity> tornado(@PathVariable ProgrammeId id) {
        return valuations.tornado(id);
    }

    @GetMapping("/api/v1/programmes/{id}/valuation/simulation")
    @Operation(summary = "Monte Carlo over the assumption ranges: P10/P50/P90 of NPV and of each year's benefits")
    Uncertainty.Simulation simulate(
            @PathVariable ProgrammeId id,
            @RequestParam(name = "draws", defaultValue = "10000") int draws,
            @RequestParam(name = "seed", defaultValue = "2026") long seed,
            @RequestParam(name = "distribution", defaultValue = "PERT") Uncertainty.Distribution distribution) {
        return valuations.simulate(id, distribution, Math.max(1, Math.min(draws, 100_000)), seed);
    }

    static final String XLSX = Attachments.XLSX_VALUE;

    /**
     * The workbook for machines (token or Basic, under /api) and for the page's download link (the browser's session):
     * one method, so that both give the same workbook under the same rights as reading the valuation.
     */
    @GetMapping(
            value = {"/api/v1/programmes/{id}/valuation.xlsx", "/programmes/{id}/valuation.xlsx"},
            produces = XLSX)
    @Operation(
            summary = "The valuation as a workbook that re-runs the whole case (XLSX with live formulas)",
            description = "Every input is a named cell on the sheet Inndata (R-109's rules and the years the discount"
                    + " rates switch, the period, tax financing, real price growth, the co-financing cut share, each"
                    + " assumption, each benefit's phase-in per year, each cost per year, kind and actor); every"
                    + " result is a formula over them (yearly lines, present values, the tax financing line, NPV,"
                    + " benefit/cost, NPV per invested krone, payback discounted and undiscounted, budget cuts)."
                    + " Values are cached for previewers. Labels in bokmål, or nynorsk with lang=nn, or English with lang=en. Rights as for"
                    + " reading the programme's valuation; 422 when it cannot be computed.")
    void workbook(@PathVariable ProgrammeId id, Locale locale, HttpServletResponse response) throws IOException {
        // Computed before the answer starts, so that a valuation that cannot be computed is a problem, not half a file.
        ProgrammeValuation v = valuations.of(id);
        Attachments.start(response, XLSX, "gevinstberegning.xlsx");
        ValuationWorkbook.write(
                v.assumptions(), v.settings(), v.benefits(), v.costs(), locale, response.getOutputStream());
    }
}
