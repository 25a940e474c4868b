package no.gevinst.portfolio.domain;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import no.gevinst.plan.Measure;
import no.gevinst.plan.Plan;
import no.gevinst.plan.PlanId;
import no.gevinst.plan.Plans;
import no.gevinst.plan.Reminders;
import no.gevinst.portfolio.Dashboard;
import no.gevinst.shared.BenefitId;
import no.gevinst.shared.Ids;
import no.gevinst.shared.OrganisationId;

/**
 * Which of the reminders a report prints are an organisation's (issue 18: scope): a plan version awaiting approval is
 * the organisation's when the plan is its own sub-plan; a measure past its deadline is when it is in the organisation's
 * plan or works on one of the organisation's benefits. Read once per report, from the plans of the counted programmes.
 */
final class OwnPlans {

    private final Plans source;
    private final Map<PlanId, Plan> plans;
    private final Map<PlanId, List<Measure>> measures = new HashMap<>();
    private final Set<BenefitId> benefits;
    private final OrganisationId organisation;

    private OwnPlans(Plans source, Map<PlanId, Plan> plans, Set<BenefitId> benefits, OrganisationId organisation) {
        this.source = source;
        this.plans = plans;
        this.benefits = benefits;
        this.organisation = organisation;
    }

    static OwnPlans of(Plans source, Dashboard counted, Set<BenefitId> benefits, OrganisationId organisation) {
        Map<PlanId, Plan> plans = new HashMap<>();
        for (Dashboard.ProgrammeLine line : counted.programmes()) {
            source.ofProgramme(line.id()).forEach(p -> plans.put(p.id(), p));
        }
        return new OwnPlans(source, plans, Set.copyOf(benefits), organisation);
    }

    /** The reminder is about the organisation's own plan, or (a measure) about one of its benefits. */
    boolean concerns(Reminders.Reminder reminder) {
        Optional<Plan> plan = planOf(reminder);
        if (plan.isEmpty()) {
            return false;
        }
        if (organisation.equals(plan.get().party())) {
            return true;
        }
        return reminder.kind() == Reminders.Kind.MEASURE_DEADLINE
                && measuresOf(plan.get().id()).stream()
                        .filter(m ->
                                m.action().equals(reminder.what()) && Objects.equals(m.deadline(), reminder.date()))
                        .anyMatch(m -> m.benefits().stream().anyMatch(benefits::contains));
    }

    private List<Measure> measuresOf(PlanId plan) {
        return measures.computeIfAbsent(plan, source::measures);
    }

    /** The plan a reminder leads to: its page is {@code /plans/{id}} with a fragment or a version after it. */
    private Optional<Plan> planOf(Reminders.Reminder reminder) {
        String path = reminder.path();
        if (path == null || !path.startsWith("/plans/")) {
            return Optional.empty();
        }
        String id = path.substring("/plans/".length()).split("[#?/]", 2)[0];
        return Ids.parse(id, PlanId::new).map(plans::get);
    }
}
