package no.gevinst.handover.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import no.gevinst.benefit.Benefits;
import no.gevinst.handover.Handover;
import no.gevinst.handover.OpenMeasure;
import no.gevinst.handover.RemainingTarget;
import no.gevinst.organisation.Organisation;
import no.gevinst.organisation.Organisations;
import no.gevinst.organisation.People;
import no.gevinst.organisation.Person;
import no.gevinst.plan.Plan;
import no.gevinst.plan.PlanVersion;
import no.gevinst.plan.Plans;
import no.gevinst.plan.VersionStatus;
import no.gevinst.programme.Programme;
import no.gevinst.programme.Programmes;
import no.gevinst.report.DocumentRenderer;
import no.gevinst.shared.DocumentTable;
import no.gevinst.shared.DocumentTable.Cell;
import no.gevinst.shared.NorwegianTime;
import no.gevinst.shared.NotFoundException;
import no.gevinst.shared.OrganisationId;
import no.gevinst.shared.PersonId;
import no.gevinst.shared.ReaderFormats;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * The handover document of one organisation: for each programme that handed benefits to it, the plan version that
 * stands approved (the basis the line takes over) and each handover with its remaining targets, measurement schedule
 * and open measures, as frozen when proposed. {@code templates/documents/handover.html} lays it out.
 */
@Component
class HandoverDocument {

    private final DocumentRenderer renderer;
    private final MessageSource messages;
    private final Organisations organisations;
    private final Programmes programmes;
    private final Plans plans;
    private final Benefits benefits;
    private final People people;

    HandoverDocument(
            DocumentRenderer renderer,
            MessageSource messages,
            Organisations organisations,
            Programmes programmes,
            Plans plans,
            Benefits benefits,
            People people) {
        this.renderer = renderer;
        this.messages = messages;
        this.organisations = organisations;
        this.programmes = programmes;
        this.plans = plans;
        this.benefits = benefits;
        this.people = people;
    }

    record Model(String title, String subject, List<String> meta, List<ProgrammePart> programmes) {}

    record ProgrammePart(String heading, String plan, DocumentTable overview, List<BenefitPart> benefits) {}

    record BenefitPart(String heading, String decision, DocumentTable targets, DocumentTable measures) {}

    byte[] pdf(OrganisationId id, List<Handover> handovers) {
        Locale locale = LocaleContextHolder.getLocale();
        return renderer.pdf("handover", Map.of("doc", model(id, handovers, locale)), locale);
    }

    Model model(OrganisationId id, List<Handover> handovers, Locale locale) {
        Organisation organisation = organisations.find(id).orElseThrow(() -> new NotFoundException("organisation", id));
        Map<PersonId, Person> names = people.findAll(persons(handovers));
        Map<no.gevinst.shared.ProgrammeId, List<Handover>> byProgramme = handovers.stream()
                .collect(Collectors.groupingBy(Handover::programme, LinkedHashMap::new, Collectors.toList()));
        List<ProgrammePart> parts = new ArrayList<>();
        byProgramme.forEach((programmeId, list) ->
                programmes.find(programmeId).ifPresent(p -> parts.add(part(p, organisation, list, names, locale))));
        String title = text(locale, "handover.document.title", organisation.name());
        return new Model(
                title,
                text(locale, "handover.document.subject"),
                List.of(
                        text(locale, "handover.document.organisation", organisation.name()),
                        text(locale, "handover.document.printed", ReaderFormats.date(NorwegianTime.today(), locale))),
                parts);
    }

    private ProgrammePart part(
            Programme programme,
            Organisation organisation,
            List<Handover> list,
            Map<PersonId, Person> names,
            Locale l) {
        List<List<Cell>> rows = new ArrayList<>();
        List<BenefitPart> parts = new ArrayList<>();
        for (Handover h : list) {
            String benefit = benefits.find(h.benefit())
                    .map(b -> b.code() + " " + b.title())
                    .orElse("–");
            rows.add(List.of(
                    cell(benefit),
                    cell(name(names, h.receiver())),
                    number(ReaderFormats.date(h.handoverDate(), l)),
                    cell(text(l, h.status().messageKey()))));
            parts.add(new BenefitPart(benefit, decision(h, l), targets(h, l), measures(h, names, l)));
        }
        DocumentTable overview = new DocumentTable(headings(l, "benefit", "receiver", "date", "status"), rows);
        return new ProgrammePart(
                programme.code() + " " + programme.name(), plan(programme, organisation, l), overview, parts);
    }

    /** The plan the line takes over: the organisation's own plan in the programme if it has one, else the programme's. */
    private String plan(Programme programme, Organisation organisation, Locale l) {
        List<Plan> all = plans.ofProgramme(programme.id());
        Optional<Plan> plan = all.stream()
                .filter(p -> organisation.id().equals(p.party()))
                .findFirst()
                .or(() -> all.stream().filter(Plan::isProgrammePlan).findFirst());
        Optional<PlanVersion> approved = plan.flatMap(p -> plans.versions(p.id()).stream()
                .filter(v -> v.status() == VersionStatus.APPROVED)
                .findFirst());
        if (approved.isEmpty()) {
            return text(l, "handover.document.noApprovedPlan");
        }
        PlanVersion v = approved.get();
        return text(
                l,
                "handover.document.approvedPlan",
                plan.get().title(),
                v.number(),
                ReaderFormats.date(v.approval().decisionDate(), l),
                v.approval().onBehalfOf(),
                v.approval().reference());
    }

    private String decision(Handover h, Locale l) {
        if (h.decidedAt() == null) {
            return text(l, "handover.document.awaiting");
        }
        String when = ReaderFormats.date(NorwegianTime.date(h.decidedAt()), l);
        return h.isAccepted()
                ? text(l, "handover.document.accepted", when)
                : text(l, "handover.document.declined", when, h.reason());
    }

    private DocumentTable targets(Handover h, Locale l) {
        List<List<Cell>> rows = new ArrayList<>();
        for (RemainingTarget t : h.snapshot().targets()) {
            String remaining = t.targets().stream()
                    .map(p -> ReaderFormats.date(p.date(), l) + ": " + value(p.value(), l))
                    .collect(Collectors.joining("; "));
            rows.add(List.of(
                    cell(t.name() + (t.unit() == null || t.unit().isBlank() ? "" : " (" + t.unit() + ")")),
                    number(value(t.baseline(), l)),
                    cell(remaining.isEmpty() ? "–" : remaining),
                    number(value(t.latest(), l)),
                    cell(text(l, "indicator.frequency." + t.frequency())),
                    number(date(t.nextDue(), l))));
        }
        return new DocumentTable(
                headings(l, "indicator", "baseline", "targets", "latest", "frequency", "nextDue"), rows);
    }

    private DocumentTable measures(Handover h, Map<PersonId, Person> names, Locale l) {
        List<List<Cell>> rows = new ArrayList<>();
        for (OpenMeasure m : h.snapshot().measures()) {
            rows.add(List.of(
                    cell(m.action()),
                    cell(m.responsible() == null ? "–" : name(names, new PersonId(m.responsible()))),
                    number(date(m.deadline(), l)),
                    cell(text(l, "plan.measureStatus." + m.status())),
                    cell(text(l, m.crossOrganisation() ? "handover.document.yes" : "handover.document.no"))));
        }
        return new DocumentTable(headings(l, "action", "responsible", "deadline", "measureStatus", "cross"), rows);
    }

    private static Collection<PersonId> persons(List<Handover> handovers) {
        List<PersonId> ids = new ArrayList<>();
        for (Handover h : handovers) {
            ids.add(h.receiver());
            h.snapshot().measures().stream()
                    .filter(m -> m.responsible() != null)
                    .forEach(m -> ids.add(new PersonId(m.responsible())));
        }
        return ids;
    }

    private static String name(Map<PersonId, Person> names, PersonId id) {
        Person p = names.get(id);
        return p == null ? "–" : p.name() + (p.title() == null || p.title().isBlank() ? "" : ", " + p.title());
    }

    private List<String> headings(Locale l, String... keys) {
        List<String> headings = new ArrayList<>();
        for (String key : keys) {
            headings.add(text(l, "handover.document.column." + key));
        }
        return headings;
    }

    private static String value(BigDecimal v, Locale l) {
        return v == null ? "–" : ReaderFormats.number(v, l);
    }

    private static String date(LocalDate d, Locale l) {
        return d == null ? "–" : ReaderFormats.date(d, l);
    }

    private static Cell cell(String text) {
        return new Cell(text, false);
    }

    private static Cell number(String text) {
        return new Cell(text, true);
    }

    private String text(Locale l, String key, Object... args) {
        return messages.getMessage(key, args, l);
    }
}
