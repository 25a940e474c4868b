package no.gevinst.plan.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import no.gevinst.benefit.Allocation;
import no.gevinst.benefit.Benefit;
import no.gevinst.benefit.Benefits;
import no.gevinst.indicator.Indicator;
import no.gevinst.indicator.IndicatorStatus;
import no.gevinst.indicator.Indicators;
import no.gevinst.indicator.Rag;
import no.gevinst.organisation.Organisation;
import no.gevinst.organisation.Organisations;
import no.gevinst.organisation.People;
import no.gevinst.organisation.Person;
import no.gevinst.plan.AnnualFigures;
import no.gevinst.plan.Comparison;
import no.gevinst.plan.MeasureStatus;
import no.gevinst.plan.Plan;
import no.gevinst.plan.PlanSnapshot;
import no.gevinst.plan.PlanVersion;
import no.gevinst.programme.Programme;
import no.gevinst.shared.BenefitId;
import no.gevinst.shared.DocumentWriter;
import no.gevinst.shared.OrganisationId;
import no.gevinst.shared.Pdf;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * The status part of the annual report a co-financed project sends Digdir: for each benefit what the approved plan
 * promised and where it stands now, what has moved since the approval and why, and how the benefits owned by other
 * organisations than the programme owner are doing, since Digdir asks for the external benefit owners' input. Its
 * priced benefits net of double counting and its benefits realised in other organisations come from the portfolio
 * (through {@link AnnualFigures}), so that they are the dashboard's figures.
 */
@Component
class AnnualStatusDocument {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    /** Characters of a changed text shown in the deviations; more would drown the figures that moved. */
    private static final int LONGEST_VALUE = 240;

    private final Benefits benefits;
    private final Indicators indicators;
    private final People people;
    private final Organisations organisations;
    private final MessageSource messages;
    /**
     * Looked up when a document is written, not when this is built: the portfolio's implementation reads the plans
     * (through {@link no.gevinst.plan.Plans}), which write this document, so the two can only meet at run time.
     */
    private final ObjectProvider<AnnualFigures> figures;

    AnnualStatusDocument(
            Benefits benefits,
            Indicators indicators,
            People people,
            Organisations organisations,
            MessageSource messages,
            ObjectProvider<AnnualFigures> figures) {
        this.figures = figures;
        this.benefits = benefits;
        this.indicators = indicators;
        this.people = people;
        this.organisations = organisations;
        this.messages = messages;
    }

    /**
     * What the report is written from.
     *
     * @param approved the version that stands approved, or null when none is yet
     * @param planned the approved version's frozen content, or null with it
     * @param now the plan's content from the records as they are today
     * @param deviations what moved from the approved content to today's, with the later version's reason; null
     *     without an approved version
     */
    record Basis(
            Plan plan,
            Programme programme,
            int year,
            PlanVersion approved,
            PlanSnapshot planned,
            PlanSnapshot now,
            Comparison deviations) {}

    byte[] pdf(Basis basis) {
        return Pdf.fromXhtml(xhtml(basis, LocalDate.now()));
    }

    String xhtml(Basis basis, LocalDate today) {
        DocumentWriter w =
                new DocumentWriter(messages, LocaleContextHolder.getLocale(), "plan.doc.none", "plan.doc.notWritten");
        String title = w.word("plan.annual.title", String.valueOf(basis.year()));
        w.head(title, basis.now().programme() + " · " + w.word("plan.annual.purpose"));
        w.raw("<h1>").text(title).raw("</h1><p class=\"meta\">");
        w.text(basis.now().programme()
                        + (basis.now().party() == null
                                ? ""
                                : " · " + basis.now().party()))
                .raw("<br/>")
                .text(basis.plan().title())
                .raw("<br/>")
                .text(w.word("plan.annual.purpose"))
                .raw("<br/>");
        if (basis.approved() == null) {
            w.text(w.word("plan.annual.noApproved"));
        } else {
            w.text(w.word(
                    "plan.annual.basis",
                    basis.approved().number(),
                    basis.approved().approval().onBehalfOf(),
                    date(basis.approved().approval().decisionDate()),
                    basis.approved().approval().reference()));
        }
        w.raw("<br/>").text(w.word("plan.annual.asOf", date(today))).raw("</p>");

        Map<String, Benefit> records = records(basis.now());
        Map<String, Map<Indicator, IndicatorStatus>> statuses = statuses(basis.now(), today);
        realisation(w, basis, statuses);
        deviations(w, basis);
        external(w, basis, records, statuses);
        measures(w, basis, today);
        portfolio(w, figures.getObject().of(basis.programme().id(), basis.year()));
        return w.end().toString();
    }

    /** Each benefit planned against now, then each indicator's target for the year against its latest value. */
    private void realisation(DocumentWriter w, Basis basis, Map<String, Map<Indicator, IndicatorStatus>> statuses) {
        w.section("plan.annual.realisation");
        List<PlanSnapshot.BenefitEntry> now = basis.now().benefits();
        long realising = now.stream()
                .filter(b -> b.status().equals("REALISING") || b.status().equals("REALISED"))
                .count();
        w.raw("<p>").text(w.word("plan.annual.summary", realising, now.size())).raw("</p>");
        Map<String, PlanSnapshot.BenefitEntry> planned = plannedBenefits(basis);
        w.table(
                List.of(
                        "plan.field.benefit",
                        "plan.field.status",
                        "plan.annual.plannedStart",
                        "plan.annual.startNow",
                        "plan.annual.plannedNok",
                        "plan.annual.nokNow",
                        "plan.annual.rag"),
                now,
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

        w.raw("<h3>").text(w.word("plan.annual.indicators")).raw("</h3>");
        List<String[]> rows = new ArrayList<>();
        for (PlanSnapshot.BenefitEntry b : now) {
            Map<String, PlanSnapshot.IndicatorEntry> plannedIndicators = Optional.ofNullable(planned.get(b.id()))
                    .map(p -> p.indicators().stream()
                            .collect(Collectors.toMap(PlanSnapshot.IndicatorEntry::id, Function.identity())))
                    .orElse(Map.of());
            for (Map.Entry<Indicator, IndicatorStatus> e :
                    statuses.getOrDefault(b.id(), Map.of()).entrySet()) {
                Indicator indicator = e.getKey();
                IndicatorStatus status = e.getValue();
                PlanSnapshot.IndicatorEntry was =
                        plannedIndicators.get(indicator.id().toString());
                rows.add(new String[] {
                    b.code() + " · " + indicator.name() + " (" + nz(indicator.unit()) + ")",
                    was == null ? "–" : w.number(was.baseline()),
                    was == null ? "–" : targetFor(was, basis.year(), w),
                    status.measured()
                            ? w.number(status.latest()) + " (" + date(status.latestPeriodEnd()) + ")"
                            : w.word("plan.annual.notMeasured"),
                    percent(w, status.achievement()),
                    w.word("indicator.rag." + status.rag())
                            + (status.stale() ? " · " + w.word("plan.annual.stale") : "")
                });
            }
        }
        w.table(
                List.of(
                        "plan.field.indicator",
                        "plan.annual.plannedBaseline",
                        "plan.annual.targetForYear",
                        "plan.annual.latest",
                        "plan.annual.achievement",
                        "plan.annual.rag"),
                rows,
                List::of);
    }

    /** What moved since the approval, field by field, with the reason the later version gives. */
    private static void deviations(DocumentWriter w, Basis basis) {
        w.section("plan.annual.deviations");
        Comparison c = basis.deviations();
        if (c == null) {
            w.raw("<p>").text(w.word("plan.annual.noApproved")).raw("</p>");
            return;
        }
        w.raw("<p>")
                .text(w.word(
                        "plan.annual.comparedWith",
                        basis.approved().number(),
                        date(basis.approved().approval().decisionDate())))
                .raw("</p>");
        if (c.to() > c.from()) {
            w.raw("<p>")
                    .text(w.word("plan.annual.reason", c.to(), c.reason().isBlank() ? "–" : c.reason()))
                    .raw("</p>");
        }
        if (c.changes().isEmpty()) {
            w.raw("<p>").text(w.word("plan.annual.noDeviations")).raw("</p>");
            return;
        }
        w.table(
                List.of("plan.compare.subject", "plan.compare.field", "plan.annual.inApproved", "plan.annual.now"),
                c.changes(),
                ch -> List.of(
                        ch.subject().startsWith("plan.subject.") ? w.word(ch.subject()) : ch.subject(),
                        w.word(ch.field()) + (ch.detail().isBlank() ? "" : " " + ch.detail()),
                        ch.before() == null ? w.word("plan.compare.added") : value(w, ch.field(), ch.before()),
                        ch.after() == null ? w.word("plan.compare.removed") : value(w, ch.field(), ch.after())));
    }

    /**
     * A compared value as the reader knows it: statuses, classes and frequencies by their names in the reader's
     * language, and long prose cut short, since the report says that a text changed and the plan holds the text.
     */
    private static String value(DocumentWriter w, String field, String raw) {
        for (String prefix : Comparison.valuePrefixes(field)) {
            String word = w.word(prefix + raw);
            if (!word.equals(prefix + raw)) {
                return word;
            }
        }
        return raw.length() > LONGEST_VALUE ? raw.substring(0, LONGEST_VALUE).strip() + " …" : raw;
    }

    /** Benefits whose owner works in another organisation than the programme owner, with how they are doing. */
    private void external(
            DocumentWriter w,
            Basis basis,
            Map<String, Benefit> records,
            Map<String, Map<Indicator, IndicatorStatus>> statuses) {
        w.section("plan.annual.external");
        OrganisationId home = basis.programme().owner();
        String homeName = organisations.find(home).map(Organisation::name).orElse(home.toString());
        w.raw("<p>").text(w.word("plan.annual.externalIntro", homeName)).raw("</p>");
        Map<String, Person> owners = new java.util.HashMap<>();
        records.forEach(
                (id, b) -> Optional.ofNullable(b.owner()).flatMap(people::find).ifPresent(p -> owners.put(id, p)));
        List<PlanSnapshot.BenefitEntry> external = basis.now().benefits().stream()
                .filter(b -> owners.containsKey(b.id())
                        && !owners.get(b.id()).organisation().equals(home))
                .toList();
        Map<OrganisationId, String> names = names(records.values(), owners.values());
        w.table(
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
                    Map<Indicator, IndicatorStatus> s = statuses.getOrDefault(b.id(), Map.of());
                    return List.of(
                            b.code() + " " + b.title(),
                            owner.name(),
                            names.getOrDefault(owner.organisation(), "–"),
                            arisesIn(records.get(b.id()), names),
                            w.word("benefit.status." + b.status()),
                            w.word("indicator.rag." + worst(s)),
                            latest(s, w));
                });
    }

    /** The measures due by the end of the year, and whether they are late. */
    private static void measures(DocumentWriter w, Basis basis, LocalDate today) {
        w.section("plan.annual.measures");
        LocalDate yearEnd = LocalDate.of(basis.year(), 12, 31);
        List<PlanSnapshot.MeasureEntry> due = basis.now().measures().stream()
                .filter(m -> m.deadline() == null || !m.deadline().isAfter(yearEnd))
                .toList();
        w.table(
                List.of("plan.field.action", "plan.field.responsible", "plan.field.deadline", "plan.field.status"),
                due,
                m -> List.of(
                        m.action(),
                        nz(m.responsible()),
                        date(m.deadline()),
                        w.word("plan.measureStatus." + m.status())
                                + (late(m, today) ? " · " + w.word("plan.annual.late") : "")));
    }

    /**
     * The programme's priced benefits net of double counting in the year and the benefits it realises in other
     * organisations, as the portfolio counts them: the figures Digdir reads here are the dashboard's.
     */
    private static void portfolio(DocumentWriter w, AnnualFigures.Figures f) {
        w.section("plan.annual.portfolio");
        w.raw("<p>")
                .text(w.word("plan.annual.portfolioIntro", String.valueOf(f.year())))
                .raw("</p>");
        w.table(
                List.of("plan.annual.figure", "plan.annual.amount"),
                List.of(
                        List.of(w.word("plan.annual.gross"), w.money(f.gross())),
                        List.of(w.word("plan.annual.excluded"), w.money(f.excluded())),
                        List.of(w.word("plan.annual.net"), w.money(f.net())),
                        List.of(w.word("plan.annual.target"), w.money(f.target()))),
                Function.identity());
        w.raw("<h3>").text(w.word("plan.annual.flows")).raw("</h3>");
        w.table(
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

    private static boolean late(PlanSnapshot.MeasureEntry m, LocalDate today) {
        return m.deadline() != null
                && m.deadline().isBefore(today)
                && !m.status().equals(MeasureStatus.DONE.name())
                && !m.status().equals(MeasureStatus.CANCELLED.name());
    }

    private Map<String, Benefit> records(PlanSnapshot now) {
        Map<String, Benefit> records = new java.util.LinkedHashMap<>();
        for (PlanSnapshot.BenefitEntry b : now.benefits()) {
            benefits.find(BenefitId.of(b.id())).ifPresent(found -> records.put(b.id(), found));
        }
        return records;
    }

    private Map<String, Map<Indicator, IndicatorStatus>> statuses(PlanSnapshot now, LocalDate today) {
        Map<String, Map<Indicator, IndicatorStatus>> statuses = new java.util.HashMap<>();
        for (PlanSnapshot.BenefitEntry b : now.benefits()) {
            statuses.put(b.id(), indicators.statusOfBenefit(BenefitId.of(b.id()), today));
        }
        return statuses;
    }

    private Map<OrganisationId, String> names(Collection<Benefit> records, Collection<Person> owners) {
        List<OrganisationId> ids = new ArrayList<>();
        owners.forEach(p -> ids.add(p.organisation()));
        records.forEach(b -> b.allocations().forEach(a -> ids.add(a.organisation())));
        return organisations.findAll(ids.stream().distinct().toList()).stream()
                .collect(Collectors.toMap(Organisation::id, Organisation::name, (a, b) -> a));
    }

    private static String arisesIn(Benefit benefit, Map<OrganisationId, String> names) {
        if (benefit == null || benefit.allocations().isEmpty()) {
            return "–";
        }
        return benefit.allocations().stream()
                .map(Allocation::organisation)
                .map(o -> names.getOrDefault(o, o.toString()))
                .collect(Collectors.joining(", "));
    }

    private static Map<String, PlanSnapshot.BenefitEntry> plannedBenefits(Basis basis) {
        if (basis.planned() == null) {
            return Map.of();
        }
        return basis.planned().benefits().stream()
                .collect(Collectors.toMap(PlanSnapshot.BenefitEntry::id, Function.identity()));
    }

    /**
     * The approved target that applies at the end of the year: the last one dated in or before it; before the
     * first target's year, that first target, said to lie ahead.
     */
    private static String targetFor(PlanSnapshot.IndicatorEntry indicator, int year, DocumentWriter w) {
        LocalDate yearEnd = LocalDate.of(year, 12, 31);
        return indicator.targets().stream()
                .filter(t -> !t.date().isAfter(yearEnd))
                .reduce((first, second) -> second)
                .map(t -> w.number(t.value()) + " (" + date(t.date()) + ")")
                .or(() -> indicator.targets().stream()
                        .findFirst()
                        .map(t -> w.word("plan.annual.nextTarget", w.number(t.value()), date(t.date()))))
                .orElse("–");
    }

    /** Red before amber before green; none when nothing is measured against a trajectory. */
    private static Rag worst(Map<Indicator, IndicatorStatus> statuses) {
        List<Rag> order = List.of(Rag.RED, Rag.AMBER, Rag.GREEN);
        return statuses == null
                ? Rag.NONE
                : order.stream()
                        .filter(r -> statuses.values().stream().anyMatch(s -> s.rag() == r))
                        .findFirst()
                        .orElse(Rag.NONE);
    }

    private static String latest(Map<Indicator, IndicatorStatus> statuses, DocumentWriter w) {
        List<String> values = statuses.entrySet().stream()
                .filter(e -> e.getValue().measured())
                .map(e -> e.getKey().name() + ": " + w.number(e.getValue().latest()) + " ("
                        + date(e.getValue().latestPeriodEnd()) + ")")
                .toList();
        return values.isEmpty() ? w.word("plan.annual.notMeasured") : String.join("; ", values);
    }

    private static String percent(DocumentWriter w, BigDecimal share) {
        return share == null
                ? "–"
                : w.number(share.multiply(BigDecimal.valueOf(100)).setScale(0, RoundingMode.HALF_EVEN)) + "\u00A0%";
    }

    private static String nz(String text) {
        return text == null || text.isBlank() ? "–" : text;
    }

    private static String date(LocalDate date) {
        return date == null ? "–" : DATE.format(date);
    }
}
