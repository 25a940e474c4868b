package no.gevinst.report.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import no.gevinst.benefit.Benefit;
import no.gevinst.benefit.Benefits;
import no.gevinst.indicator.Indicator;
import no.gevinst.indicator.IndicatorStatus;
import no.gevinst.indicator.Indicators;
import no.gevinst.organisation.Organisation;
import no.gevinst.organisation.Organisations;
import no.gevinst.organisation.People;
import no.gevinst.organisation.Person;
import no.gevinst.plan.AnnualBasis;
import no.gevinst.plan.AnnualFigures;
import no.gevinst.plan.PlanSnapshot;
import no.gevinst.report.DocumentRenderer;
import no.gevinst.shared.BenefitId;
import no.gevinst.shared.DocumentTable;
import no.gevinst.shared.DocumentWriter;
import no.gevinst.shared.NorwegianTime;
import no.gevinst.shared.OrganisationId;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * The status part of the annual report a co-financed project sends its co-financier (Digdir, for DBEP), addressed to
 * the co-financier the programme records, or else to its owner: for each benefit what the approved plan
 * promised and where it stands now, what has moved since the approval and why, and how the benefits owned by other
 * organisations than the programme owner are doing, since Digdir asks for the external benefit owners' input. Its
 * priced benefits net of double counting and its benefits realised in other organisations come from the portfolio
 * (through {@link AnnualFigures}), so that they are the dashboard's figures. This class gathers what the document
 * reads from the other modules' public APIs, {@link AnnualStatusSections} turns it into a {@link Model}, and
 * {@code templates/documents/annual-status.html} lays that out.
 */
@Component
class AnnualStatusDocument {

    private final Benefits benefits;
    private final Indicators indicators;
    private final People people;
    private final Organisations organisations;
    private final MessageSource messages;
    private final DocumentRenderer renderer;
    private final AnnualFigures figures;

    /** (issue 19) The maturity summary, the evidence, the processes and the configuration decisions, as they are now. */
    @org.springframework.beans.factory.annotation.Autowired
    private ChangeParts changeParts;

    AnnualStatusDocument(
            Benefits benefits,
            Indicators indicators,
            People people,
            Organisations organisations,
            MessageSource messages,
            DocumentRenderer renderer,
            AnnualFigures figures) {
        this.figures = figures;
        this.benefits = benefits;
        this.indicators = indicators;
        this.people = people;
        this.organisations = organisations;
        this.messages = messages;
        this.renderer = renderer;
    }

    /**
     * What the annual status says, in the reader's language and typeset: each section's lead paragraphs and tables.
     *
     * @param deviationNotes what the deviations are measured against and why the plan moved, or that nothing did
     * @param deviations the fields that moved; null when there is nothing to tabulate
     */
    record Model(
            String title,
            String subject,
            List<String> meta,
            String realisationSummary,
            DocumentTable benefits,
            DocumentTable indicators,
            List<String> deviationNotes,
            DocumentTable deviations,
            String externalIntro,
            DocumentTable external,
            DocumentTable measures,
            String portfolioIntro,
            DocumentTable portfolio,
            DocumentTable flows) {}

    /**
     * What the other modules know of the plan's benefits that the document prints beside the plan's own content.
     *
     * @param statuses each benefit's indicators with their status today, by the benefit's id
     * @param owners each benefit's owner, where the owner is known
     * @param organisationNames the names of the owners' organisations and of those the benefits arise in
     * @param homeName the programme owner's name
     * @param coFinancier the name of the organisation that co-finances the programme, to whom the status goes; null
     *     when no one does
     * @param ownerBody who reads it for the programme's owner ("styret i Helse Midt-Norge RHF"), when no one
     *     co-finances it
     */
    record Records(
            Map<String, Benefit> benefits,
            Map<String, Map<Indicator, IndicatorStatus>> statuses,
            Map<String, Person> owners,
            Map<OrganisationId, String> organisationNames,
            String homeName,
            String coFinancier,
            String ownerBody) {}

    byte[] pdf(AnnualBasis basis) {
        Map<String, Object> variables = new HashMap<>(changeParts.of(basis.now(), LocaleContextHolder.getLocale()));
        variables.put("doc", model(basis, NorwegianTime.today()));
        return renderer.pdf("annual-status", variables, LocaleContextHolder.getLocale());
    }

    Model model(AnnualBasis basis, LocalDate today) {
        DocumentWriter w =
                new DocumentWriter(messages, LocaleContextHolder.getLocale(), "plan.doc.none", "plan.doc.notWritten");
        return new AnnualStatusSections(w, basis, today)
                .model(records(w, basis, today), figures.of(basis.programme().id(), basis.year()));
    }

    private Records records(DocumentWriter w, AnnualBasis basis, LocalDate today) {
        Map<String, Benefit> records = new LinkedHashMap<>();
        Map<String, Map<Indicator, IndicatorStatus>> statuses = new HashMap<>();
        for (PlanSnapshot.BenefitEntry b : basis.now().benefits()) {
            benefits.find(BenefitId.of(b.id())).ifPresent(found -> records.put(b.id(), found));
            statuses.put(b.id(), indicators.statusOfBenefit(BenefitId.of(b.id()), today));
        }
        Map<String, Person> owners = new HashMap<>();
        records.forEach(
                (id, b) -> Optional.ofNullable(b.owner()).flatMap(people::find).ifPresent(p -> owners.put(id, p)));
        OrganisationId home = basis.programme().owner();
        Optional<Organisation> owner = organisations.find(home);
        String homeName = owner.map(Organisation::name).orElse(home.toString());
        String coFinancier = Optional.ofNullable(basis.programme().coFinancier())
                .map(id -> organisations.find(id).map(Organisation::name).orElse(id.toString()))
                .orElse(null);
        String ownerBody = owner.map(o -> Readers.body(w, o)).orElse(w.word("portfolio.board.bodyUnknown"));
        return new Records(
                records, statuses, owners, names(records.values(), owners.values()), homeName, coFinancier, ownerBody);
    }

    private Map<OrganisationId, String> names(Collection<Benefit> records, Collection<Person> owners) {
        List<OrganisationId> ids = new ArrayList<>();
        owners.forEach(p -> ids.add(p.organisation()));
        records.forEach(b -> b.allocations().forEach(a -> ids.add(a.organisation())));
        return organisations.findAll(ids.stream().distinct().toList()).stream()
                .collect(Collectors.toMap(Organisation::id, Organisation::name, (a, b) -> a));
    }
}
