package no.gevinst.plan.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import no.gevinst.benefit.Benefit;
import no.gevinst.organisation.People;
import no.gevinst.plan.Measure;
import no.gevinst.plan.MeasureStatus;
import no.gevinst.plan.Plan;
import no.gevinst.plan.Plans.MeasureInput;
import no.gevinst.plan.Plans.RiskInput;
import no.gevinst.plan.Risk;
import no.gevinst.plan.RiskStatus;
import no.gevinst.shared.BenefitId;
import no.gevinst.shared.Ids;
import no.gevinst.shared.Inputs;
import no.gevinst.shared.NorwegianNumbers;
import no.gevinst.shared.PersonId;
import no.gevinst.shared.Violations;
import org.springframework.stereotype.Component;

/** Reads a measure or a risk from what was typed, against the plan's benefits and the people there are. */
@Component
class PlanEntryInputs {

    private final SnapshotReader reader;
    private final People people;

    PlanEntryInputs(SnapshotReader reader, People people) {
        this.reader = reader;
        this.people = people;
    }

    /** A measure from its input, or every violation of it. */
    Measure measure(Plan plan, UUID id, MeasureInput in, long version) {
        Violations v = new Violations();
        String action = Inputs.text(in.action());
        if (action.isEmpty()) {
            v.add("action", "plan.measure.action");
        }
        List<BenefitId> served = served(plan, in.benefitIds(), v);
        PersonId responsible = person(in.responsibleId(), "responsibleId", v);
        LocalDate deadline = Inputs.date(in.deadline(), "deadline", v);
        MeasureStatus status = Inputs.text(in.status()).isEmpty()
                ? MeasureStatus.PLANNED
                : Inputs.choice(in.status(), MeasureStatus.class).orElse(null);
        if (status == null) {
            v.add("status", "plan.measure.status");
        }
        BigDecimal cost = amount(in.cost(), "cost", v);
        v.throwIfAny();
        return new Measure(id, plan.id(), action, served, responsible, deadline, status, cost, version);
    }

    /** The benefits a measure serves, each once, each one the plan covers. */
    private List<BenefitId> served(Plan plan, List<String> benefitIds, Violations v) {
        Set<BenefitId> covered = covered(plan);
        List<BenefitId> served = new ArrayList<>();
        for (String text : benefitIds) {
            Optional<BenefitId> benefit = Ids.parse(text, BenefitId::new).filter(covered::contains);
            if (benefit.isEmpty()) {
                v.add("benefitIds", "plan.measure.benefit");
            } else if (!served.contains(benefit.get())) {
                served.add(benefit.get());
            }
        }
        return served;
    }

    /** A risk from its input, or every violation of it. */
    Risk risk(Plan plan, UUID id, RiskInput in, long version) {
        Violations v = new Violations();
        String description = Inputs.text(in.description());
        if (description.isEmpty()) {
            v.add("description", "plan.risk.description");
        }
        BenefitId benefit = threatened(plan, in.benefitId(), v);
        int probability = scale(in.probability(), "probability", v);
        int impact = scale(in.impact(), "impact", v);
        PersonId owner = person(in.ownerId(), "ownerId", v);
        RiskStatus status = Inputs.text(in.status()).isEmpty()
                ? RiskStatus.OPEN
                : Inputs.choice(in.status(), RiskStatus.class).orElse(null);
        if (status == null) {
            v.add("status", "plan.risk.status");
        }
        v.throwIfAny();
        return new Risk(
                id,
                plan.id(),
                benefit,
                description,
                Inputs.text(in.cause()),
                Inputs.text(in.consequence()),
                probability,
                impact,
                Inputs.text(in.mitigation()),
                owner,
                status,
                version);
    }

    /** The benefit a risk threatens, null for the plan as a whole; it must be one the plan covers. */
    private BenefitId threatened(Plan plan, String text, Violations v) {
        if (Inputs.text(text).isEmpty()) {
            return null;
        }
        Set<BenefitId> covered = covered(plan);
        BenefitId benefit =
                Ids.parse(text, BenefitId::new).filter(covered::contains).orElse(null);
        if (benefit == null) {
            v.add("benefitId", "plan.measure.benefit");
        }
        return benefit;
    }

    private Set<BenefitId> covered(Plan plan) {
        return reader.benefitsOf(plan).stream().map(Benefit::id).collect(Collectors.toSet());
    }

    private static int scale(String text, String field, Violations v) {
        try {
            int value = Integer.parseInt(Inputs.text(text));
            if (value >= 1 && value <= 5) {
                return value;
            }
        } catch (NumberFormatException e) {
            // falls through to the violation below
        }
        v.add(field, "plan.risk.scale");
        return 1;
    }

    private static BigDecimal amount(String text, String field, Violations v) {
        String t = Inputs.text(text);
        if (t.isEmpty()) {
            return null;
        }
        try {
            BigDecimal value = NorwegianNumbers.parseDecimal(t);
            if (value.signum() >= 0) {
                return Inputs.bounded(value, field, v);
            }
        } catch (NumberFormatException e) {
            // falls through to the violation below
        }
        v.add(field, "plan.measure.cost");
        return null;
    }

    private PersonId person(String text, String field, Violations v) {
        if (Inputs.text(text).isEmpty()) {
            return null;
        }
        Optional<PersonId> id =
                Ids.parse(text, PersonId::new).filter(p -> people.find(p).isPresent());
        if (id.isEmpty()) {
            v.add(field, "plan.person.unknown");
        }
        return id.orElse(null);
    }
}
