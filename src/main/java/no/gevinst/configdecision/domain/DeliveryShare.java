package no.gevinst.configdecision.domain;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import no.gevinst.benefit.Benefit;
import no.gevinst.configdecision.ConfigDecision;
import no.gevinst.configdecision.DeliveryGap;
import no.gevinst.configdecision.DeliveryGap.DecisionRef;
import no.gevinst.configdecision.MachineDelivery;
import no.gevinst.indicator.Indicator;
import no.gevinst.indicator.Indicators;
import no.gevinst.indicator.Measurement;
import no.gevinst.indicator.MeasurementSource;
import no.gevinst.organisation.People;
import no.gevinst.organisation.Person;
import no.gevinst.shared.BenefitId;
import no.gevinst.shared.IndicatorId;
import no.gevinst.shared.PersonId;
import org.springframework.stereotype.Component;

/**
 * Works out which of a programme's indicators are delivered by machine: those whose measurements of the latest period
 * all came by API or FHIR (the provenance the indicator module keeps on each measurement). An indicator never measured
 * is not delivered at all, so not by machine.
 */
@Component
class DeliveryShare {

    static final Set<MeasurementSource> MACHINE = EnumSet.of(MeasurementSource.API, MeasurementSource.FHIR);

    private final Indicators indicators;
    private final People people;

    DeliveryShare(Indicators indicators, People people) {
        this.indicators = indicators;
        this.people = people;
    }

    /** One indicator of the programme: what is known of its delivery. */
    record Line(DeliveryGap gap, boolean byMachine) {}

    MachineDelivery of(
            List<Benefit> register, Map<BenefitId, List<Indicator>> byBenefit, List<ConfigDecision> decisions) {
        List<IndicatorId> ids = byBenefit.values().stream()
                .flatMap(List::stream)
                .map(Indicator::id)
                .toList();
        Map<IndicatorId, List<Measurement>> latest = ids.isEmpty() ? Map.of() : indicators.latestMeasurements(ids, 1);
        Map<PersonId, Person> owners = people.findAll(owners(register, byBenefit));
        List<Line> lines = new ArrayList<>();
        for (Benefit b : register) {
            for (Indicator i : byBenefit.getOrDefault(b.id(), List.of())) {
                List<Measurement> measured = latest.getOrDefault(i.id(), List.of());
                PersonId owner = i.measuredBy() != null ? i.measuredBy() : b.owner();
                Person person = owner == null ? null : owners.get(owner);
                lines.add(new Line(
                        new DeliveryGap(
                                i.id(),
                                i.name(),
                                b.id(),
                                b.code(),
                                person == null ? "" : person.name(),
                                sources(measured),
                                promisedBy(i.id(), decisions)),
                        byMachine(measured)));
            }
        }
        return tally(lines);
    }

    /** The count, the share and the list to act on, from the lines. */
    static MachineDelivery tally(List<Line> lines) {
        int byMachine = (int) lines.stream().filter(Line::byMachine).count();
        List<DeliveryGap> notYet = lines.stream()
                .filter(l -> !l.byMachine())
                .map(Line::gap)
                .sorted(Comparator.comparing(DeliveryGap::benefitCode).thenComparing(DeliveryGap::indicatorName))
                .toList();
        return new MachineDelivery(lines.size(), byMachine, notYet);
    }

    /** Measured in the latest period, and every measurement of it came by API or FHIR. */
    static boolean byMachine(Collection<Measurement> latestPeriod) {
        return !latestPeriod.isEmpty() && latestPeriod.stream().allMatch(m -> MACHINE.contains(m.source()));
    }

    private static List<MeasurementSource> sources(List<Measurement> measured) {
        return measured.stream().map(Measurement::source).distinct().sorted().toList();
    }

    private static List<DecisionRef> promisedBy(IndicatorId indicator, List<ConfigDecision> decisions) {
        return decisions.stream()
                .filter(d ->
                        d.kpis().stream().anyMatch(k -> k.indicator().equals(indicator) && k.promisesMachineDelivery()))
                .map(d -> new DecisionRef(d.id(), d.title()))
                .toList();
    }

    private static Set<PersonId> owners(List<Benefit> register, Map<BenefitId, List<Indicator>> byBenefit) {
        Set<PersonId> owners = new HashSet<>();
        register.stream().map(Benefit::owner).filter(p -> p != null).forEach(owners::add);
        byBenefit.values().stream()
                .flatMap(List::stream)
                .map(Indicator::measuredBy)
                .filter(p -> p != null)
                .forEach(owners::add);
        return owners;
    }
}
