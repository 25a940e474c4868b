package no.gevinst.decision.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import no.gevinst.benefit.Allocation;
import no.gevinst.benefit.Benefit;
import no.gevinst.benefit.BenefitClass;
import no.gevinst.benefit.BenefitKind;
import no.gevinst.benefit.BenefitQuery;
import no.gevinst.benefit.BenefitStatus;
import no.gevinst.benefit.Benefits;
import no.gevinst.decision.BoardDecision;
import no.gevinst.decision.DecidedEconomicTarget;
import no.gevinst.decision.DecidedKpiTarget;
import no.gevinst.indicator.Indicator;
import no.gevinst.indicator.Indicators;
import no.gevinst.organisation.Organisation;
import no.gevinst.organisation.Organisations;
import no.gevinst.organisation.People;
import no.gevinst.organisation.Person;
import no.gevinst.programme.Programme;
import no.gevinst.shared.BenefitId;
import no.gevinst.shared.InvalidInputException;
import no.gevinst.shared.NotFoundException;
import no.gevinst.shared.OrganisationId;
import no.gevinst.shared.PersonId;
import org.springframework.stereotype.Component;

/**
 * Gathers an organisation's appendix to the oppdragsdokument from a decision, and hands it to the PDF and the
 * workbook that print it. The benefits behind the kroner are the programme's benefits of the class that arise in the
 * organisation; the indicators behind the KPI targets are those the decision names.
 */
@Component
class AppendixDocuments {

    private final Benefits benefits;
    private final Indicators indicators;
    private final Organisations organisations;
    private final People people;
    private final AppendixPdf pdf;
    private final AppendixWorkbook workbook;

    AppendixDocuments(
            Benefits benefits,
            Indicators indicators,
            Organisations organisations,
            People people,
            AppendixPdf pdf,
            AppendixWorkbook workbook) {
        this.benefits = benefits;
        this.indicators = indicators;
        this.organisations = organisations;
        this.people = people;
        this.pdf = pdf;
        this.workbook = workbook;
    }

    byte[] pdf(Appendix appendix) {
        return pdf.write(appendix);
    }

    byte[] workbook(Appendix appendix) {
        return workbook.write(appendix);
    }

    /**
     * @throws InvalidInputException naming {@code organisation} when the decision sets nothing for it, or
     *     {@code year} when it sets nothing for it in the year
     */
    Appendix appendix(Programme programme, BoardDecision decision, OrganisationId organisation, int year) {
        requireTargets(decision, organisation, year);
        Organisation org =
                organisations.find(organisation).orElseThrow(() -> new NotFoundException("organisation", organisation));
        List<Benefit> arising = arising(programme, organisation);
        List<DecidedKpiTarget> kpiTargets = decision.kpiTargets().stream()
                .filter(t -> t.organisation().equals(organisation) && t.due().getYear() == year)
                .toList();
        Map<BenefitId, Benefit> kpiBenefits = new java.util.HashMap<>();
        Map<no.gevinst.shared.IndicatorId, Indicator> kpiIndicators = new java.util.HashMap<>();
        for (DecidedKpiTarget t : kpiTargets) {
            indicators.find(t.indicator()).ifPresent(i -> {
                kpiIndicators.put(i.id(), i);
                benefits.find(i.benefit()).ifPresent(b -> kpiBenefits.put(b.id(), b));
            });
        }
        Map<PersonId, Person> named = people.findAll(personsOf(arising, kpiBenefits.values(), kpiIndicators.values()));
        List<Appendix.EconomicRequirement> economic = decision.economicTargets().stream()
                .filter(t -> t.organisation().equals(organisation) && t.year() == year)
                .sorted(Comparator.comparing(DecidedEconomicTarget::benefitClass))
                .map(t -> new Appendix.EconomicRequirement(
                        t.benefitClass(), t.nok(), behind(arising, t.benefitClass(), organisation, named)))
                .toList();
        List<Appendix.KpiRequirement> kpis = new ArrayList<>();
        for (DecidedKpiTarget t : kpiTargets) {
            kpis.add(kpiRequirement(t, kpiIndicators, kpiBenefits, named));
        }
        return new Appendix(
                programme.code(),
                programme.name(),
                org.name(),
                year,
                decision,
                economic,
                decision.economicTotal(organisation, year),
                kpis);
    }

    private static void requireTargets(BoardDecision decision, OrganisationId organisation, int year) {
        if (!decision.organisations().contains(organisation)) {
            throw InvalidInputException.of("organisation", "decision.appendix.noTargets");
        }
        if (!decision.years(organisation).contains(year)) {
            throw InvalidInputException.of("year", "decision.appendix.noTargetsInYear", String.valueOf(year));
        }
    }

    /** The programme's benefits (not disbenefits, not abandoned) with a share in the organisation. */
    private List<Benefit> arising(Programme programme, OrganisationId organisation) {
        return benefits.list(BenefitQuery.ofOrganisation(programme.id(), organisation)).stream()
                .filter(b -> b.kind() == BenefitKind.BENEFIT && b.status() != BenefitStatus.ABANDONED)
                .filter(b -> share(b, organisation) != null)
                .toList();
    }

    private static Appendix.KpiRequirement kpiRequirement(
            DecidedKpiTarget t,
            Map<no.gevinst.shared.IndicatorId, Indicator> kpiIndicators,
            Map<BenefitId, Benefit> kpiBenefits,
            Map<PersonId, Person> named) {
        Indicator i = kpiIndicators.get(t.indicator());
        Benefit b = i == null ? null : kpiBenefits.get(i.benefit());
        return new Appendix.KpiRequirement(
                i == null ? "–" : i.name(),
                i == null ? "" : i.unit(),
                b == null ? "–" : b.code() + " " + b.title(),
                t.targetValue(),
                t.due(),
                name(b == null ? null : b.owner(), named),
                name(i == null ? null : i.measuredBy(), named));
    }

    private static List<Appendix.BenefitBehind> behind(
            List<Benefit> arising,
            BenefitClass benefitClass,
            OrganisationId organisation,
            Map<PersonId, Person> named) {
        return arising.stream()
                .filter(b -> b.benefitClass() == benefitClass)
                .map(b -> new Appendix.BenefitBehind(
                        b.code(),
                        b.title(),
                        share(b, organisation),
                        name(b.owner(), named),
                        name(b.responsible(), named),
                        b.fullEffect() != null ? b.fullEffect() : b.expectedStart()))
                .toList();
    }

    private static BigDecimal share(Benefit benefit, OrganisationId organisation) {
        return benefit.allocations().stream()
                .filter(a -> a.organisation().equals(organisation))
                .map(Allocation::share)
                .map(s -> s.value())
                .findFirst()
                .orElse(null);
    }

    private static java.util.Set<PersonId> personsOf(
            Collection<Benefit> arising, Collection<Benefit> kpiBenefits, Collection<Indicator> kpiIndicators) {
        return Stream.of(
                        arising.stream().flatMap(b -> Stream.of(b.owner(), b.responsible())),
                        kpiBenefits.stream().map(Benefit::owner),
                        kpiIndicators.stream().map(Indicator::measuredBy))
                .flatMap(s -> s)
                .filter(Objects::nonNull)
                .collect(java.util.stream.Collectors.toSet());
    }

    private static String name(PersonId person, Map<PersonId, Person> named) {
        return person == null || !named.containsKey(person)
                ? "–"
                : named.get(person).name();
    }
}
