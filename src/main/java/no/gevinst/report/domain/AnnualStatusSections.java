package no.gevinst.report.domain;

import static no.gevinst.report.domain.AnnualStatusCells.arisesIn;
import static no.gevinst.report.domain.AnnualStatusCells.date;
import static no.gevinst.report.domain.AnnualStatusCells.nz;
import static no.gevinst.report.domain.AnnualStatusCells.worst;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import no.gevinst.indicator.Indicator;
import no.gevinst.indicator.IndicatorStatus;
import no.gevinst.organisation.Person;
import no.gevinst.plan.AnnualBasis;
import no.gevinst.plan.AnnualFigures;
import no.gevinst.plan.Comparison;
import no.gevinst.plan.MeasureStatus;
import no.gevinst.plan.PlanSnapshot;
import no.gevinst.shared.DocumentTable;
import no.gevinst.shared.DocumentWriter;
import no.gevinst.shared.OrganisationId;

/**
 * The annual status's sections as the template's {@link AnnualStatusDocument.Model}: the plan's content then and now,
 * what the other modules know of its benefits, and the portfolio's figures for the year, each worded in the reader's
 * language and typeset. Holds no markup; one per document.
 */
final class AnnualStatusSections {

    private final DocumentWriter w;
    private final AnnualStatusCells cells;
    private final AnnualBasis basis;
    private final LocalDate today;

    AnnualStatusSections(DocumentWriter w, AnnualBasis basis, LocalDate today) {
        this.w = w;
        this.cells = new AnnualStatusCells(w);
        this.basis = basis;
        this.today = today;
    }

    AnnualStatusDocument.Model model(AnnualStatusDocument.Records records, AnnualFigures.Figures figures) {
        String reader = records.coFinancier() != null ? records.coFinancier() : records.ownerBody();
        String title = w.word("plan.annual.titleTo", String.valueOf(basis.year()), reader);
        String purpose = records.coFinancier() != null
                ? w.word("plan.annual.purposeTo", records.coFinancier())
                : w.word("plan.annual.purposeOwner", records.ownerBody());
        List<PlanSnapshot.BenefitEntry> now = basis.now().benefits();
        long realising = now.stream()
                .filter(b -> b.status().equals("REALISING") || b.status().equals("REALISED"))
                .count();
        return new AnnualStatusDocument.Model(
                title,
                basis.now().programme() + " · " + purpose,
                meta(purpose),
                w.word("plan.annual.summaryCount", realising, now.size()),
                benefits(records.statuses()),
                indicators(records.statuses()),
                deviationNotes(),
                deviations(),
                w.word("plan.annual.externalIntro", records.homeName()),
                external(records),
                measures(),
                w.word("plan.annual.portfolioIntro", String.valueOf(figures.year())),
                portfolio(figures),
                flows(figures));
    }

    private List<String> meta(String purpose) {
        PlanSnapshot now = basis.now();
        return List.of(
                now.programme() + (now.party() == null ? "" : " · " + now.party()),
                basis.plan().title(),
                purpose,
                basis.approved() == null
                        ? w.word("plan.annual.noApproved")
                        : w.word(
                                "plan.annual.basis",
                                basis.approved().number(),
                                basis.approved().approval().onBehalfOf(),
                                date(basis.approved().approval().decisionDate()),
                                basis.approved().approval().reference()),
                w.word("plan.annual.asOf", date(today)));
    }

    /** Each benefit planned against now. */
    private DocumentTable benefits(Map<String, Map<Indicator, IndicatorStatus>> statuses) {
        Map<String, PlanSnapshot.BenefitEntry> planned = plannedBenefits();
        return w.tableOf(
                List.of(
                        "plan.field.benefit",
                        "plan.field.status",
                        "plan.annual.plannedStart",
                        "plan.annual.startNow",
                        "plan.annual.plannedNok",
                        "plan.annual.nokNow",
                        "plan.annual.rag"),
                basis.now().benefits(),
                b -> {
                    PlanSnapshot.BenefitEntry was = planned.get(b.id());
                    return List.of(
                            b.code() + " " + b.title(),
                            w.word("benefit.status." + b.status()),
                            was == null ? w.word("plan.annual.notInApproved") : date(was.expectedStart()),
                            date(b.expectedStart()),
                            was == null ? "–" : w.money(was.nokPerYear()),
                            w.money(b.nokPerYear()),
                            w.word("indicator.rag." + worst(statuses.get(b.id()))));
                });
    }

    /** Each indicator's approved baseline and target for the year against its latest value. */
    private DocumentTable indicators(Map<String, Map<Indicator, IndicatorStatus>> statuses) {
        Map<String, PlanSnapshot.BenefitEntry> planned = plannedBenefits();
        List<List<String>> rows = new ArrayList<>();
        for (PlanSnapshot.BenefitEntry b : basis.now().benefits()) {
            Map<String, PlanSnapshot.IndicatorEntry> plannedIndicators = Optional.ofNullable(planned.get(b.id()))
                    .map(p -> p.indicators().stream()
                            .collect(Collectors.toMap(PlanSnapshot.IndicatorEntry::id, Function.identity())))
                    .orElse(Map.of());
            statuses.getOrDefault(b.id(), Map.of())
                    .forEach((indicator, status) -> rows.add(indicatorRow(
                            b,
                            indicator,
                            status,
                            plannedIndicators.get(indicator.id().toString()))));
        }
        return w.tableOf(
                List.of(
                        "plan.field.indicator",
                        "plan.annual.plannedBaseline",
                        "plan.annual.targetForYear",
                        "plan.annual.latest",
                        "plan.annual.achievement",
                        "plan.annual.rag"),
                rows,
                Function.identity());
    }

    private List<String> indicatorRow(
            PlanSnapshot.BenefitEntry b, Indicator indicator, IndicatorStatus status, PlanSnapshot.IndicatorEntry was) {
        return List.of(
                b.code() + " · " + indicator.name() + " (" + nz(indicator.unit()) + ")",
                was == null ? "–" : w.number(was.baseline()),
                was == null ? "–" : cells.targetFor(was, basis.year()),
                status.measured()
                        ? w.number(status.latest()) + " (" + date(status.latestPeriodEnd()) + ")"
                        : w.word("plan.annual.notMeasured"),
                cells.percent(status.achievement()),
                w.word("indicator.rag." + status.rag()) + (status.stale() ? " · " + w.word("plan.annual.stale") : ""));
    }

    /** What the deviations are measured against, with the reason the later version gives. */
    private List<String> deviationNotes() {
        Comparison c = basis.deviations();
        if (c == null) {
            return List.of(w.word("plan.annual.noApproved"));
        }
        List<String> notes = new ArrayList<>();
        notes.add(w.word(
                "plan.annual.comparedWith",
                basis.approved().number(),
                date(basis.approved().approval().decisionDate())));
        if (c.to() > c.from()) {
            notes.add(w.word("plan.annual.reason", c.to(), c.reason().isBlank() ? "–" : c.reason()));
        }
        if (c.changes().isEmpty()) {
            notes.add(w.word("plan.annual.noDeviations"));
        }
        return notes;
    }

    /** What moved since the approval, field by field. */
    private DocumentTable deviations() {
        Comparison c = basis.deviations();
        if (c == null || c.changes().isEmpty()) {
            return null;
        }
        return w.tableOf(
                List.of("plan.compare.subject", "plan.compare.field", "plan.annual.inApproved", "plan.annual.now"),
                c.changes(),
                ch -> List.of(
                        ch.subject().startsWith("plan.subject.") ? w.word(ch.subject()) : ch.subject(),
                        w.word(ch.field()) + (ch.detail().isBlank() ? "" : " " + ch.detail()),
                        ch.before() == null ? w.word("plan.compare.added") : cells.value(ch.field(), ch.before()),
                        ch.after() == null ? w.word("plan.compare.removed") : cells.value(ch.field(), ch.after())));
    }

    /** Benefits whose owner works in another organisation than the programme owner, with how they are doing. */
    private DocumentTable external(AnnualStatusDocument.Records records) {
        OrganisationId home = basis.programme().owner();
        Map<String, Person> owners = records.owners();
        Map<OrganisationId, String> names = records.organisationNames();
        List<PlanSnapshot.BenefitEntry> external = basis.now().benefits().stream()
                .filter(b -> owners.containsKey(b.id())
                        && !owners.get(b.id()).organisation().equals(home))
                .toList();
        return w.tableOf(
                List.of(
                        "plan.field.benefit",
                        "plan.field.owner",
                        "plan.annual.ownerOrganisation",
                        "plan.annual.arisesIn",
                        "plan.field.status",
                        "plan.annual.rag",
                        "plan.annual.latest"),
                external,
                b -> {
                    Person owner = owners.get(b.id());
                    Map<Indicator, IndicatorStatus> s = records.statuses().getOrDefault(b.id(), Map.of());
                    return List.of(
                            b.code() + " " + b.title(),
                            owner.name(),
                            names.getOrDefault(owner.organisation(), "–"),
                            arisesIn(records.benefits().get(b.id()), names),
                            w.word("benefit.status." + b.status()),
                            w.word("indicator.rag." + worst(s)),
                            cells.latest(s));
                });
    }

    /** The measures due by the end of the year, and whether they are late. */
    private DocumentTable measures() {
        LocalDate yearEnd = LocalDate.of(basis.year(), 12, 31);
        List<PlanSnapshot.MeasureEntry> due = basis.now().measures().stream()
                .filter(m -> m.deadline() == null || !m.deadline().isAfter(yearEnd))
                .toList();
        return w.tableOf(
                List.of("plan.field.action", "plan.field.responsible", "plan.field.deadline", "plan.field.status"),
                due,
                m -> List.of(
                        m.action(),
                        nz(m.responsible()),
                        date(m.deadline()),
                        w.word("plan.measureStatus." + m.status())
                                + (late(m) ? " · " + w.word("plan.annual.late") : "")));
    }

    /**
     * The programme's priced benefits net of double counting in the year, as the portfolio counts them: the figures
     * Digdir reads here are the dashboard's.
     */
    private DocumentTable portfolio(AnnualFigures.Figures f) {
        return w.tableOf(
                List.of("plan.annual.figure", "plan.annual.amount"),
                List.of(
                        List.of(w.word("plan.annual.gross"), w.money(f.gross())),
                        List.of(w.word("plan.annual.excluded"), w.money(f.excluded())),
                        List.of(w.word("plan.annual.net"), w.money(f.net())),
                        List.of(w.word("plan.annual.target"), w.money(f.target()))),
                Function.identity());
    }

    /** The benefits the programme realises in other organisations, with their sign-off in the year. */
    private DocumentTable flows(AnnualFigures.Figures f) {
        return w.tableOf(
                List.of(
                        "plan.field.benefit",
                        "plan.annual.investors",
                        "plan.annual.beneficiaries",
                        "plan.annual.nokPerYear",
                        "plan.annual.signed",
                        "plan.annual.unsigned"),
                f.flows(),
                flow -> List.of(
                        flow.benefit(),
                        String.join(", ", flow.investors()),
                        String.join(", ", flow.beneficiaries()),
                        w.money(flow.nokPerYear()),
                        String.valueOf(flow.signedPeriods()),
                        String.valueOf(flow.unsignedPeriods())));
    }

    private boolean late(PlanSnapshot.MeasureEntry m) {
        return m.deadline() != null
                && m.deadline().isBefore(today)
                && !m.status().equals(MeasureStatus.DONE.name())
                && !m.status().equals(MeasureStatus.CANCELLED.name());
    }

    private Map<String, PlanSnapshot.BenefitEntry> plannedBenefits() {
        if (basis.planned() == null) {
            return Map.of();
        }
        return basis.planned().benefits().stream()
                .collect(Collectors.toMap(PlanSnapshot.BenefitEntry::id, Function.identity()));
    }
}
