package no.gevinst.portfolio.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.util.List;
import java.util.SortedMap;
import no.gevinst.golive.GoLiveWaves;
import no.gevinst.golive.LiveStatus;
import no.gevinst.portfolio.ConflictBenefit;
import no.gevinst.portfolio.ConflictRule;
import no.gevinst.portfolio.ConflictStatus;
import no.gevinst.portfolio.Dashboard;
import no.gevinst.portfolio.Dashboards;
import no.gevinst.portfolio.Decision;
import no.gevinst.portfolio.DecisionInput;
import no.gevinst.portfolio.OrganisationDashboard;
import no.gevinst.portfolio.OrganisationDashboards;
import no.gevinst.portfolio.Portfolio;
import no.gevinst.portfolio.Realised;
import no.gevinst.portfolio.Totals;
import no.gevinst.shared.InvalidInputException;
import no.gevinst.shared.NorwegianTime;
import no.gevinst.shared.ProgrammeId;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Portfolio", description = "Double counting across the programmes, its decisions, gross and net totals")
class PortfolioApiController {

    private final Portfolio portfolio;
    private final MessageSource messages;
    private final Dashboards dashboards;
    private final OrganisationDashboards scopes;
    private final GoLiveWaves goLive;

    PortfolioApiController(
            Portfolio portfolio,
            MessageSource messages,
            Dashboards dashboards,
            OrganisationDashboards scopes,
            GoLiveWaves goLive) {
        this.scopes = scopes;
        this.goLive = goLive;
        this.portfolio = portfolio;
        this.dashboards = dashboards;
        this.messages = messages;
    }

    /**
     * A conflict as the API shows it.
     *
     * @param amountPerYear the largest yearly overlap in kroner: the overlap at full effect
     * @param explanation the finding in words, in the request's language
     * @param excluded true when the net total leaves the overlap out
     * @param decision null while unresolved
     */
    record ConflictResource(
            String key,
            ConflictRule rule,
            List<ConflictBenefit> benefits,
            BigDecimal amountPerYear,
            SortedMap<Integer, BigDecimal> overlapByYear,
            String explanation,
            boolean excluded,
            boolean canDecide,
            Decision decision) {}

    @GetMapping("/api/v1/portfolio/conflicts")
    @Operation(
            summary = "Every double count found across the programmes you may see, largest first, each with the"
                    + " benefits, the overlapping amount and its decision if any")
    List<ConflictResource> conflicts() {
        return portfolio.conflicts().stream().map(this::resource).toList();
    }

    @PostMapping("/api/v1/portfolio/conflicts/{key}/decision")
    @Operation(
            summary = "Resolve a conflict (coordinators of every programme involved): PRIMARY with primaryBenefit,"
                    + " SPLIT with shares per benefit id summing to 100, or ACCEPTED; a justification is always"
                    + " required; replacing a decision needs its version (in the body or If-Match)")
    Decision decide(
            @PathVariable String key,
            @RequestBody DecisionInput input,
            @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        DecisionInput withVersion = input.version() == null && ifMatch != null && !ifMatch.isBlank()
                ? new DecisionInput(
                        input.kind(),
                        input.primaryBenefit(),
                        input.shares(),
                        input.justification(),
                        no.gevinst.shared.Versions.expected(null, ifMatch))
                : input;
        return portfolio.decide(key, withVersion);
    }

    @GetMapping("/api/v1/portfolio/totals")
    @Operation(summary = "Priced benefits per year, gross and net of double counting, and their sums")
    Totals totals() {
        return portfolio.totals();
    }

    @GetMapping("/api/v1/portfolio/dashboard")
    @Operation(
            summary =
                    "The portfolio dashboard of every programme you may see, or of one with ?programme=, scoped to one"
                            + " organisation with ?organisation= (its allocated shares, each with its formula, and the"
                            + " programme's figures over every organisation and the unallocated remainder): benefits"
                            + " counted by status, indicator state, area, priority area and class; planned, forecast and net"
                            + " per year against the economic target, realised (forecast × achievement) and its unsigned part;"
                            + " deadlines within 90 days; the first 25 benefits that flow between organisations with how many"
                            + " of their latest periods are unsigned",
            description = "What the dashboard page shows and no more (tens of kB, whatever the size of the"
                    + " measurement history): the detail is behind `links` — every conflict (`conflicts`), what each"
                    + " benefit gives up (`totals`), every cross-organisation benefit with its measured periods and"
                    + " sign-offs (`flows`), a year's realised kroner benefit by benefit (`realised`, with the year in"
                    + " place of `{year}`) and the register behind the counts (`benefits`). `goLive` names, for each programme with go-live"
                    + " waves, its organisations and units with organisation number, wave and date, and whether each is"
                    + " live today.")
    DashboardResource dashboard(
            @RequestParam(required = false) String programme, @RequestParam(required = false) String organisation) {
        ProgrammeId selected = DashboardPageController.programme(programme);
        if (organisation == null || organisation.isBlank()) {
            Dashboard whole = dashboards.of(selected, NorwegianTime.today());
            return DashboardResource.of(whole, null, live(whole));
        }
        OrganisationChoice scope = OrganisationChoice.of(organisation, scopes);
        if (scope.party() == null) {
            throw new InvalidInputException(scope.violations());
        }
        OrganisationDashboard scoped = scopes.of(selected, scope.id(), NorwegianTime.today());
        return DashboardResource.of(
                scoped.dashboard(),
                OrganisationResource.of(scoped, messages, LocaleContextHolder.getLocale()),
                live(scoped.dashboard()));
    }

    /** The live units of the dashboard's programmes, worked out on each request beside the kept dashboard. */
    private List<LiveStatus> live(Dashboard dashboard) {
        var ids =
                dashboard.programmes().stream().map(Dashboard.ProgrammeLine::id).toList();
        return List.copyOf(goLive.liveStatus(ids, NorwegianTime.today()).values());
    }

    @GetMapping("/api/v1/portfolio/realised")
    @Operation(
            summary = "The realised kroner of a year, of every programme you may see or of one with ?programme=: each"
                    + " priced benefit measured in the year with its forecast × achievement = realised and the"
                    + " indicators' baseline, target and actual; the total equals the dashboard's")
    Realised realised(@RequestParam int year, @RequestParam(required = false) String programme) {
        return dashboards.realised(DashboardPageController.programme(programme), year, NorwegianTime.today());
    }

    private ConflictResource resource(ConflictStatus s) {
        var c = s.conflict();
        String explanation = messages.getMessage(
                c.messageKey(), c.arguments().toArray(), c.messageKey(), LocaleContextHolder.getLocale());
        return new ConflictResource(
                c.key(),
                c.rule(),
                c.benefits(),
                c.amountPerYear(),
                c.overlapByYear(),
                explanation,
                s.excluded(),
                s.canDecide(),
                s.decision());
    }
}
