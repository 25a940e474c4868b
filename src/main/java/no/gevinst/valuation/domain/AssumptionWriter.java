package no.gevinst.valuation.domain;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Optional;
import no.gevinst.audit.AuditLog;
import no.gevinst.audit.AuditScope;
import no.gevinst.shared.Inputs;
import no.gevinst.shared.NorwegianNumbers;
import no.gevinst.shared.ProgrammeId;
import no.gevinst.shared.Violations;
import no.gevinst.valuation.Assumption;
import no.gevinst.valuation.AssumptionBook;
import no.gevinst.valuation.ValuationInputs;
import no.gevinst.valuation.domain.AssumptionRepository.StoredAssumption;
import org.springframework.stereotype.Component;

/**
 * Adds or changes an assumption by its name: read and checked for shape, then the whole valuation is recomputed with
 * it before anything is written, so that a change that breaks it is refused and leaves nothing behind.
 */
@Component
class AssumptionWriter {

    private static final String ENTITY = "assumption";

    private final AssumptionRepository assumptions;
    private final BenefitModelRepository models;
    private final ValuationRepository repository;
    private final StoredValuations valuations;
    private final ValuationWriteRules rules;
    private final AuditLog auditLog;

    AssumptionWriter(
            AssumptionRepository assumptions,
            BenefitModelRepository models,
            ValuationRepository repository,
            StoredValuations valuations,
            ValuationWriteRules rules,
            AuditLog auditLog) {
        this.assumptions = assumptions;
        this.models = models;
        this.repository = repository;
        this.valuations = valuations;
        this.rules = rules;
        this.auditLog = auditLog;
    }

    /** An assumption as typed, its shape checked: a value with its range, or (assumption null) a formula. */
    private record Proposed(String name, Long expected, Assumption assumption, String formula) {

        AssumptionBook appliedTo(AssumptionBook book) {
            if (assumption != null) {
                book.add(assumption);
            } else {
                book.derive(name, formula);
            }
            return book;
        }

        String storedFormula() {
            return formula.isEmpty() ? null : formula;
        }
    }

    /** @return the assumption's new version */
    long save(ProgrammeId programme, ValuationInputs.AssumptionInput in) {
        rules.requireCoordinator(programme);
        Proposed proposed = read(in);
        String name = proposed.name();
        String key = programme + "/" + name;
        repository.lockValuation(programme);
        Optional<StoredAssumption> before = assumptions.assumption(programme, name);
        ValuationWriteRules.requireVersion(ENTITY, key, proposed.expected(), before.map(StoredAssumption::version));
        // The whole valuation is recomputed before anything is written: a change that breaks it (a cycle, a model
        // that no longer evaluates) is refused and leaves nothing behind.
        valuations.check(programme, proposed.appliedTo(assumptions.book(programme)), models.models(programme));
        if (!assumptions.save(programme, proposed.assumption(), proposed.storedFormula(), name, proposed.expected())) {
            throw ValuationWriteRules.writtenMeanwhile(
                    ENTITY, key, proposed.expected(), assumptions.version(programme, name));
        }
        StoredAssumption after = assumptions.assumption(programme, name).orElseThrow();
        auditLog.record(
                AuditScope.of(programme),
                ENTITY,
                key,
                before.isPresent() ? "update" : "create",
                before.orElse(null),
                after);
        return after.version();
    }

    /** The assumption as typed; every field of a bad shape is named. */
    private static Proposed read(ValuationInputs.AssumptionInput in) {
        Violations v = new Violations();
        String name = Inputs.text(in.name()).toLowerCase(Locale.ROOT);
        if (!name.matches("[a-zæøå][a-zæøå0-9_]*")) {
            v.add("name", "valuation.assumption.name");
        }
        Long expected = ValuationWriteRules.version(in.version(), v);
        String formula = Inputs.text(in.formula());
        Assumption assumption = formula.isEmpty() ? assumption(name, in, v) : null;
        if (!formula.isEmpty()) {
            Inputs.date(
                    in.asOf(), "asOf", v); // a derived assumption's date is checked too, though its value is computed
        }
        v.throwIfAny();
        return new Proposed(name, expected, assumption, formula);
    }

    private static Assumption assumption(String name, ValuationInputs.AssumptionInput in, Violations v) {
        BigDecimal likely = number(in.likely(), "likely", v, true);
        BigDecimal low = number(in.low(), "low", v, false);
        BigDecimal high = number(in.high(), "high", v, false);
        if (!v.isEmpty()) {
            return null;
        }
        try {
            return new Assumption(
                    name,
                    low,
                    likely,
                    high,
                    Inputs.text(in.unit()),
                    Inputs.text(in.source()),
                    Inputs.date(in.asOf(), "asOf", v),
                    Inputs.text(in.owner()),
                    "true".equalsIgnoreCase(Inputs.text(in.demoValue())));
        } catch (IllegalArgumentException e) {
            v.add("likely", "valuation.assumption.range");
            return null;
        }
    }

    private static BigDecimal number(String text, String field, Violations v, boolean required) {
        if (Inputs.text(text).isEmpty()) {
            if (required) {
                v.add(field, "valuation.number", "");
            }
            return null;
        }
        try {
            return Inputs.bounded(NorwegianNumbers.parseDecimal(text), field, v);
        } catch (NumberFormatException e) {
            v.add(field, "valuation.number", text);
            return null;
        }
    }
}
