package no.gevinst.handover.domain;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import no.gevinst.benefit.Allocation;
import no.gevinst.benefit.Benefit;
import no.gevinst.benefit.Benefits;
import no.gevinst.handover.HandoverSnapshot;
import no.gevinst.handover.OpenMeasure;
import no.gevinst.handover.RemainingTarget;
import no.gevinst.indicator.IndicatorView;
import no.gevinst.indicator.Indicators;
import no.gevinst.plan.Measure;
import no.gevinst.plan.MeasureStatus;
import no.gevinst.plan.Plan;
import no.gevinst.plan.Plans;
import no.gevinst.shared.BenefitId;
import no.gevinst.shared.NorwegianTime;
import no.gevinst.shared.OrganisationId;
import no.gevinst.shared.PersonId;
import org.springframework.stereotype.Component;

/**
 * Reads what a benefit hands over, through the indicator and plan facades, as it stands at the moment of proposal:
 * the line accepts what it was shown, however the programme's records change afterwards.
 */
@Component
class SnapshotTaker {

    private final Indicators indicators;
    private final Plans plans;
    private final Benefits benefits;

    SnapshotTaker(Indicators indicators, Plans plans, Benefits benefits) {
        this.indicators = indicators;
        this.plans = plans;
        this.benefits = benefits;
    }

    HandoverSnapshot take(Benefit benefit, LocalDate handoverDate) {
        return new HandoverSnapshot(targets(benefit.id(), handoverDate), openMeasures(benefit));
    }

    private List<RemainingTarget> targets(BenefitId benefit, LocalDate from) {
        LocalDate today = NorwegianTime.today();
        return indicators.ofBenefit(benefit).stream()
                .map(i -> indicators.view(i.id(), today))
                .map(v -> target(v, from))
                .toList();
    }

    private static RemainingTarget target(IndicatorView view, LocalDate from) {
        var indicator = view.indicator();
        var status = view.status();
        LocalDate latestEnd = status == null ? null : status.latestPeriodEnd();
        return new RemainingTarget(
                indicator.id().value(),
                indicator.name(),
                indicator.unit(),
                indicator.frequency().name(),
                view.baseline() == null ? null : view.baseline().value(),
                view.targets().stream()
                        .filter(t -> !t.date().isBefore(from))
                        .map(t -> new RemainingTarget.Point(t.date(), t.value()))
                        .toList(),
                status == null ? null : status.latest(),
                latestEnd,
                latestEnd == null ? null : indicator.frequency().nextPeriodEnd(latestEnd));
    }

    /** The benefit's measures in any of its programme's plans that are neither done nor cancelled. */
    private List<OpenMeasure> openMeasures(Benefit benefit) {
        Map<UUID, Measure> open = new LinkedHashMap<>();
        for (Plan plan : plans.ofProgramme(benefit.programme())) {
            for (Measure m : plans.measures(plan.id())) {
                if (m.benefits().contains(benefit.id())
                        && m.status() != MeasureStatus.DONE
                        && m.status() != MeasureStatus.CANCELLED) {
                    open.putIfAbsent(m.id(), m);
                }
            }
        }
        return open.values().stream().map(this::openMeasure).toList();
    }

    private OpenMeasure openMeasure(Measure m) {
        return new OpenMeasure(
                m.id(),
                m.action(),
                m.responsible() == null ? null : m.responsible().value(),
                m.deadline(),
                m.status().name(),
                organisations(m.benefits()));
    }

    /** Where the measure's benefits arise or are invested in: the organisations it needs. */
    private List<UUID> organisations(List<BenefitId> served) {
        Set<UUID> organisations = new LinkedHashSet<>();
        for (BenefitId id : served) {
            benefits.find(id).ifPresent(b -> {
                b.allocations().stream()
                        .map(Allocation::organisation)
                        .map(OrganisationId::value)
                        .forEach(organisations::add);
                b.investors().stream().map(OrganisationId::value).forEach(organisations::add);
            });
        }
        return List.copyOf(organisations);
    }

    static PersonId person(UUID id) {
        return id == null ? null : new PersonId(id);
    }
}
