package no.gevinst.decision.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import no.gevinst.decision.BoardDecision;
import no.gevinst.decision.DecidedEconomicTarget;
import no.gevinst.decision.Decisions;
import no.gevinst.portfolio.DecidedTargets;
import no.gevinst.shared.OrganisationId;
import no.gevinst.shared.ProgrammeId;
import no.gevinst.shared.RequestMemo;
import org.springframework.stereotype.Component;

/**
 * The board's decided targets as the portfolio's organisation view and status report measure against them: the
 * decision in force, an organisation's kroner in a year summed over the benefit classes it set them in.
 */
@Component
class DecidedTargetsOfTheBoard implements DecidedTargets {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    private final Decisions decisions;

    DecidedTargetsOfTheBoard(Decisions decisions) {
        this.decisions = decisions;
    }

    @Override
    public Optional<Target> economic(ProgrammeId programme, OrganisationId organisation, int year) {
        // Asked once per organisation, programme and year of a page: the decision in force is read once per request.
        return RequestMemo.remember("decision:in-force:" + programme, () -> decisions.inForce(programme))
                .flatMap(decision -> target(decision, organisation, year));
    }

    @Override
    public List<Kpi> kpi(ProgrammeId programme, OrganisationId organisation) {
        return kpis(
                RequestMemo.remember("decision:in-force:" + programme, () -> decisions.inForce(programme)),
                organisation);
    }

    @Override
    public Optional<Target> economic(ProgrammeId programme, OrganisationId organisation, int year, LocalDate day) {
        return inForceOn(programme, day).flatMap(decision -> target(decision, organisation, year));
    }

    @Override
    public List<Kpi> kpi(ProgrammeId programme, OrganisationId organisation, LocalDate day) {
        return kpis(inForceOn(programme, day), organisation);
    }

    /** The decision in force on the day (the latest decided by then), read once per request and day. */
    private Optional<BoardDecision> inForceOn(ProgrammeId programme, LocalDate day) {
        return RequestMemo.remember(
                "decision:in-force-on:" + programme + ":" + day, () -> decisions.inForceOn(programme, day));
    }

    private static List<Kpi> kpis(Optional<BoardDecision> inForce, OrganisationId organisation) {
        return inForce.map(decision -> decision.kpiTargets().stream()
                        .filter(t -> t.organisation().equals(organisation))
                        .map(t -> new Kpi(t.indicator(), t.targetValue(), t.due(), named(decision)))
                        .toList())
                .orElse(List.of());
    }

    private static Optional<Target> target(BoardDecision decision, OrganisationId organisation, int year) {
        List<DecidedEconomicTarget> set = decision.economicTargets().stream()
                .filter(t -> t.organisation().equals(organisation) && t.year() == year)
                .toList();
        if (set.isEmpty()) {
            return Optional.empty();
        }
        BigDecimal nok = set.stream().map(DecidedEconomicTarget::nok).reduce(BigDecimal.ZERO, BigDecimal::add);
        return Optional.of(new Target(nok, named(decision)));
    }

    /** Named as the minutes name it, in no language of ours: "Styret i Helse Midt-Norge RHF 45/24 (12.06.2024)". */
    private static String named(BoardDecision decision) {
        return decision.decidingBody() + " " + decision.caseNumber() + " (" + DATE.format(decision.decidedOn()) + ")";
    }
}
