package no.gevinst.decision.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import no.gevinst.benefit.BenefitClass;
import no.gevinst.decision.BoardDecision;
import no.gevinst.decision.DecidedEconomicTarget;
import no.gevinst.decision.DecisionInputs.DecisionInput;
import no.gevinst.decision.DecisionInputs.EconomicTargetInput;
import no.gevinst.shared.Ids;
import no.gevinst.shared.Inputs;
import no.gevinst.shared.NorwegianNumbers;
import no.gevinst.shared.OrganisationId;
import no.gevinst.shared.Violations;

/** How a decision's fields and its targets are read from what was typed, naming every field that is wrong at once. */
final class BoardDecisionRules {

    private BoardDecisionRules() {}

    /** A decision's own fields as read, before it gets its id and number. */
    record DecisionFields(
            String decidingBody,
            LocalDate decidedOn,
            String caseNumber,
            String documentReference,
            String summary,
            boolean carryTargets) {}

    /**
     * @param inForce the decision the new one supersedes, or null; a decision cannot be dated before it
     */
    static DecisionFields decision(DecisionInput in, BoardDecision inForce, LocalDate today) {
        Violations v = new Violations();
        String body = required(in.decidingBody(), "decidingBody", "decision.decidingBody.required", v);
        String caseNumber = required(in.caseNumber(), "caseNumber", "decision.caseNumber.required", v);
        Inputs.check("documentReference", in.documentReference(), v);
        Inputs.check("summary", in.summary(), v);
        LocalDate decidedOn = Inputs.date(in.decidedOn(), "decidedOn", v);
        if (decidedOn == null && !v.has("decidedOn")) {
            v.add("decidedOn", "decision.decidedOn.required");
        } else if (decidedOn != null && decidedOn.isAfter(today)) {
            v.add("decidedOn", "decision.decidedOn.future");
        } else if (decidedOn != null && inForce != null && decidedOn.isBefore(inForce.decidedOn())) {
            v.add("decidedOn", "decision.decidedOn.beforeInForce", inForce.number());
        }
        Boolean carry = flag(in.carryTargets());
        if (carry == null) {
            v.add("carryTargets", "value.invalid");
        }
        v.throwIfAny();
        return new DecisionFields(
                body,
                decidedOn,
                caseNumber,
                Inputs.text(in.documentReference()),
                Inputs.text(in.summary()),
                Boolean.TRUE.equals(carry));
    }

    static DecidedEconomicTarget economic(EconomicTargetInput in, Collection<OrganisationId> parties) {
        Violations v = new Violations();
        OrganisationId organisation = organisation(in.organisation(), parties, v);
        Integer year = null;
        if (Inputs.text(in.year()).isEmpty()) {
            v.add("year", "decision.year.required");
        } else {
            try {
                year = Inputs.year(Integer.valueOf(Inputs.text(in.year())), "year", v);
            } catch (NumberFormatException e) {
                v.add("year", "value.invalid");
            }
        }
        BenefitClass benefitClass = null;
        if (Inputs.text(in.benefitClass()).isEmpty()) {
            v.add("benefitClass", "decision.benefitClass.required");
        } else {
            benefitClass = Inputs.choice(in.benefitClass(), BenefitClass.class).orElse(null);
            if (benefitClass == null) {
                v.add("benefitClass", "value.invalid");
            } else if (benefitClass == BenefitClass.NON_PRICED) {
                v.add("benefitClass", "decision.benefitClass.nonPriced");
            }
        }
        BigDecimal nok = number(in.nok(), "nok", "decision.nok.required", v);
        if (nok != null && nok.signum() < 0) {
            v.add("nok", "decision.nok.negative");
        }
        v.throwIfAny();
        return new DecidedEconomicTarget(organisation, year, benefitClass, nok);
    }

    static OrganisationId organisation(String text, Collection<OrganisationId> parties, Violations v) {
        if (Inputs.text(text).isEmpty()) {
            v.add("organisation", "decision.organisation.required");
            return null;
        }
        OrganisationId id =
                Ids.parse(text, OrganisationId::new).filter(parties::contains).orElse(null);
        if (id == null) {
            v.add("organisation", "decision.organisation.unknown");
        }
        return id;
    }

    /** A number as typed in Norway or by a machine: "50 000 000", "12,5" or "12.5"; null when it is not one. */
    static BigDecimal number(String text, String field, String requiredKey, Violations v) {
        if (Inputs.text(text).isEmpty()) {
            v.add(field, requiredKey);
            return null;
        }
        try {
            return Inputs.bounded(NorwegianNumbers.parseDecimal(text), field, v);
        } catch (NumberFormatException e) {
            v.add(field, "value.invalid");
            return null;
        }
    }

    static LocalDate requiredDate(String text, String field, String requiredKey, Violations v) {
        LocalDate date = Inputs.date(text, field, v);
        if (date == null && !v.has(field)) {
            v.add(field, requiredKey);
        }
        return date;
    }

    private static String required(String text, String field, String key, Violations v) {
        Inputs.check(field, text, v);
        String value = Inputs.text(text);
        if (value.isEmpty()) {
            v.add(field, key);
        }
        return value;
    }

    /** A checkbox: ticked ("true", "on"), not ticked (blank, "false"), or something no form sends (null). */
    private static Boolean flag(String text) {
        return switch (Inputs.text(text).toLowerCase(java.util.Locale.ROOT)) {
            case "true", "on" -> Boolean.TRUE;
            case "", "false" -> Boolean.FALSE;
            default -> null;
        };
    }
}
