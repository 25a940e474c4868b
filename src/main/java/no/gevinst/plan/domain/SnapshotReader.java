package no.gevinst.plan.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import no.gevinst.benefit.Benefit;
import no.gevinst.benefit.BenefitQuery;
import no.gevinst.benefit.BenefitStatus;
import no.gevinst.benefit.Benefits;
import no.gevinst.indicator.Indicator;
import no.gevinst.indicator.IndicatorView;
import no.gevinst.indicator.Indicators;
import no.gevinst.organisation.Organisation;
import no.gevinst.organisation.Organisations;
import no.gevinst.organisation.People;
import no.gevinst.organisation.Person;
import no.gevinst.plan.Measure;
import no.gevinst.plan.Plan;
import no.gevinst.plan.PlanSections;
import no.gevinst.plan.PlanSnapshot;
import no.gevinst.plan.Risk;
import no.gevinst.programme.Programme;
import no.gevinst.programme.Programmes;
import no.gevinst.shared.BenefitId;
import no.gevinst.shared.NorwegianTime;
import no.gevinst.shared.OrganisationId;
import no.gevinst.shared.PersonId;
import no.gevinst.valuation.EconomicSettings;
import no.gevinst.valuation.ProgrammeValuation;
import no.gevinst.valuation.Valuation;
import no.gevinst.valuation.ValuationUnavailableException;
import no.gevinst.valuation.Valuations;
import org.springframework.stereotype.Component;

/** Reads a plan's content from the records as they are now: what a draft shows and what approval freezes. */
@Component
class SnapshotReader {

    private final Programmes programmes;
    private final Organisations organisations;
    private final Benefits benefits;
    private final Indicators indicators;
    private final Valuations valuations;
    private final People people;
    private final PlanSharing sharing;

    SnapshotReader(
            Programmes programmes,
            Organisations organisations,
            Benefits benefits,
            Indicators indicators,
            Valuations valuations,
            People people,
            PlanSharing sharing) {
        this.sharing = sharing;
        this.programmes = programmes;
        this.organisations = organisations;
        this.benefits = benefits;
        this.indicators = indicators;
        this.valuations = valuations;
        this.people = people;
    }

    /**
     * The benefits a plan covers: every benefit of the programme and those other programmes share with it (issue 18),
     * or those that concern the party.
     */
    List<Benefit> benefitsOf(Plan plan) {
        return benefits.list(BenefitQuery.withShared(plan.programme())).stream()
                .filter(b -> b.status() != BenefitStatus.ABANDONED)
                .filter(b -> plan.isProgrammePlan() || concerns(b, plan.party()))
                .toList();
    }

    /** What the entries are read with: people by id, each benefit's money and sharing, and labels by benefit id. */
    private record Lookups(
            Map<PersonId, Person> named,
            Map<BenefitId, BigDecimal> priced,
            Map<BenefitId, Map<Integer, BigDecimal>> yearly,
            Map<BenefitId, PlanSnapshot.SharingEntry> shared,
            Map<BenefitId, String> labels,
            LocalDate today) {}

    PlanSnapshot read(Plan plan, PlanSections sections, List<Measure> measures, List<Risk> risks) {
        Programme programme = programmes.find(plan.programme()).orElseThrow();
        List<Benefit> covered = benefitsOf(plan);
        ProgrammeValuation valuation = valuation(plan);
        Lookups with = lookups(plan, covered, measures, risks, valuation);
        return new PlanSnapshot(
                programme.name(),
                Optional.ofNullable(plan.party())
                        .flatMap(organisations::find)
                        .map(Organisation::name)
                        .orElse(null),
                sections,
                covered.stream().map(b -> benefit(b, with)).toList(),
                measures.stream().map(m -> measure(m, with)).toList(),
                risks.stream().map(r -> risk(r, with)).toList(),
                valuation.benefits().isEmpty()
                        ? null
                        : valuation.valuation().result().netPresentValue());
    }

    private Lookups lookups(
            Plan plan, List<Benefit> covered, List<Measure> measures, List<Risk> risks, ProgrammeValuation valuation) {
        Map<BenefitId, String> labels = new HashMap<>();
        covered.forEach(b -> labels.put(b.id(), label(b)));
        return new Lookups(
                people.findAll(personIds(covered, measures, risks)),
                pricedPerYear(valuation),
                valueByYear(valuation),
                sharing.of(plan.programme(), covered),
                labels,
                NorwegianTime.today());
    }

    private PlanSnapshot.BenefitEntry benefit(Benefit b, Lookups with) {
        return new PlanSnapshot.BenefitEntry(
                b.id().toString(),
                b.code(),
                b.title(),
                b.benefitClass().name(),
                b.status().name(),
                name(b.owner(), with.named()),
                name(b.responsible(), with.named()),
                b.expectedStart(),
                b.fullEffect(),
                with.priced().get(b.id()),
                indicators.ofBenefit(b.id()).stream()
                        .map(i -> indicator(i, indicators.view(i.id(), with.today()), with.named()))
                        .toList(),
                with.yearly().getOrDefault(b.id(), Map.of()),
                with.shared().get(b.id()));
    }

    private static PlanSnapshot.MeasureEntry measure(Measure m, Lookups with) {
        return new PlanSnapshot.MeasureEntry(
                m.id().toString(),
                m.action(),
                m.benefits().stream()
                        .map(id -> with.labels().getOrDefault(id, id.toString()))
                        .toList(),
                name(m.responsible(), with.named()),
                m.deadline(),
                m.status().name(),
                m.cost());
    }

    private static PlanSnapshot.RiskEntry risk(Risk r, Lookups with) {
        return new PlanSnapshot.RiskEntry(
                r.id().toString(),
                r.description(),
                r.benefit() == null
                        ? null
                        : with.labels().getOrDefault(r.benefit(), r.benefit().toString()),
                r.cause(),
                r.consequence(),
                r.probability(),
                r.impact(),
                r.mitigation(),
                name(r.owner(), with.named()),
                r.status().name());
    }

    /**
     * The programme's valuation; one that cannot be computed shows the plan without kroner rather than failing (an
     * approval refuses it, see {@link #requireValuation}).
     */
    private ProgrammeValuation valuation(Plan plan) {
        try {
            return valuations.of(plan.programme());
        } catch (ValuationUnavailableException e) {
            int year = NorwegianTime.today().getYear();
            return ProgrammeValuation.nothingPriced(EconomicSettings.defaults(year, year + 9));
        }
    }

    /** A plan is not approved with kroner missing: the valuation's problems become the approval's violations. */
    void requireValuation(Plan plan, no.gevinst.shared.Violations v) {
        try {
            valuations.of(plan.programme());
        } catch (ValuationUnavailableException e) {
            e.causes()
                    .forEach(c -> v.add(c.field(), c.messageKey(), c.arguments().toArray()));
        }
    }

    static String label(Benefit b) {
        return b.code() + " " + b.title();
    }

    private PlanSnapshot.IndicatorEntry indicator(Indicator i, IndicatorView view, Map<PersonId, Person> named) {
        String measuredBy = i.measuredBy() == null
                ? null
                : Optional.ofNullable(named.get(i.measuredBy()))
                        .or(() -> people.find(i.measuredBy()))
                        .map(Person::name)
                        .orElse(null);
        return new PlanSnapshot.IndicatorEntry(
                i.id().toString(),
                i.name(),
                i.unit(),
                i.frequency().name(),
                measuredBy,
                i.costHours(),
                view.baseline() == null ? null : view.baseline().value(),
                view.baseline() == null ? null : view.baseline().periodEnd(),
                view.targets().stream()
                        .map(t -> new PlanSnapshot.TargetEntry(t.date(), t.value()))
                        .toList());
    }

    /** Each priced benefit's value at full effect, per year. */
    private static Map<BenefitId, BigDecimal> pricedPerYear(ProgrammeValuation valuation) {
        Map<BenefitId, BigDecimal> priced = new HashMap<>();
        for (Valuation.BenefitLine line : valuation.valuation().benefits()) {
            priced.put(line.benefit().id(), line.fullEffect().nokPerYear());
        }
        return priced;
    }

    /** Each priced benefit's value in each year of the analysis period, phase-in included: what "planned" is. */
    private static Map<BenefitId, Map<Integer, BigDecimal>> valueByYear(ProgrammeValuation valuation) {
        Map<BenefitId, Map<Integer, BigDecimal>> yearly = new HashMap<>();
        for (Valuation.BenefitLine line : valuation.valuation().benefits()) {
            yearly.put(line.benefit().id(), line.valueByYear());
        }
        return yearly;
    }

    private static boolean concerns(Benefit benefit, OrganisationId party) {
        return benefit.investors().contains(party)
                || benefit.allocations().stream().anyMatch(a -> a.organisation().equals(party));
    }

    private static Set<PersonId> personIds(List<Benefit> covered, List<Measure> measures, List<Risk> risks) {
        Set<PersonId> ids = new HashSet<>();
        covered.forEach(b -> {
            Optional.ofNullable(b.owner()).ifPresent(ids::add);
            Optional.ofNullable(b.responsible()).ifPresent(ids::add);
        });
        measures.forEach(m -> Optional.ofNullable(m.responsible()).ifPresent(ids::add));
        risks.forEach(r -> Optional.ofNullable(r.owner()).ifPresent(ids::add));
        return ids;
    }

    private static String name(PersonId id, Map<PersonId, Person> named) {
        return id == null
                ? null
                : Optional.ofNullable(named.get(id)).map(Person::name).orElse(null);
    }
}
