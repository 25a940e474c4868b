package no.gevinst.valuation.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import no.gevinst.audit.AuditLog;
import no.gevinst.audit.AuditScope;
import no.gevinst.benefit.Benefit;
import no.gevinst.benefit.BenefitClass;
import no.gevinst.benefit.Benefits;
import no.gevinst.shared.BenefitId;
import no.gevinst.shared.Inputs;
import no.gevinst.shared.NotFoundException;
import no.gevinst.shared.ProgrammeId;
import no.gevinst.shared.Violations;
import no.gevinst.valuation.Actor;
import no.gevinst.valuation.AssumptionBook;
import no.gevinst.valuation.ModelKind;
import no.gevinst.valuation.PhaseIn;
import no.gevinst.valuation.ValuationInputs;
import no.gevinst.valuation.domain.BenefitModelRepository.StoredModel;
import org.springframework.stereotype.Component;

/**
 * Sets the calculation model of a priced benefit: read and checked for shape, evaluated with the programme's
 * assumptions, and written only when the programme's whole valuation can be computed with it.
 */
@Component
class ModelWriter {

    private static final String ENTITY = "benefit-valuation";

    private final BenefitModelRepository models;
    private final AssumptionRepository assumptions;
    private final ValuationRepository repository;
    private final StoredValuations valuations;
    private final ValuationWriteRules rules;
    private final Benefits benefits;
    private final AuditLog auditLog;

    ModelWriter(
            BenefitModelRepository models,
            AssumptionRepository assumptions,
            ValuationRepository repository,
            StoredValuations valuations,
            ValuationWriteRules rules,
            Benefits benefits,
            AuditLog auditLog) {
        this.models = models;
        this.assumptions = assumptions;
        this.repository = repository;
        this.valuations = valuations;
        this.rules = rules;
        this.benefits = benefits;
        this.auditLog = auditLog;
    }

    /** The choices of a model form or body that are not formulas, each read and checked. */
    private record Choice(Actor actor, ModelKind kind, Integer firstYear, Long expected) {

        long nextVersion() {
            return expected == null ? 0 : expected + 1;
        }
    }

    /** @return the model's new version */
    long set(BenefitId id, ValuationInputs.ModelInput in) {
        Benefit benefit = benefits.find(id).orElseThrow(() -> new NotFoundException("benefit", id));
        ProgrammeId programme = benefit.programme();
        rules.requireCoordinator(programme);
        Choice choice = read(benefit, in);
        PhaseIn phaseIn = phaseIn(choice.firstYear(), in);
        Map<String, String> parameters = in.parameters() == null ? Map.of() : in.parameters();
        AssumptionBook book = assumptions.book(programme);
        choice.kind().build(parameters).evaluate(book.likely());
        repository.lockValuation(programme);
        Optional<StoredModel> before = models.model(id);
        ValuationWriteRules.requireVersion(ENTITY, id, choice.expected(), before.map(StoredModel::version));
        StoredModel stored = new StoredModel(
                id,
                choice.actor(),
                choice.kind(),
                parameters,
                choice.firstYear(),
                phaseIn.cumulative(),
                choice.nextVersion());
        valuations.check(programme, book, replaced(models.models(programme), stored));
        if (!models.save(stored, choice.expected())) {
            throw ValuationWriteRules.writtenMeanwhile(
                    ENTITY, id, choice.expected(), models.model(id).map(StoredModel::version));
        }
        auditLog.record(
                AuditScope.of(programme),
                ENTITY,
                id,
                before.isPresent() ? "update" : "create",
                before.orElse(null),
                stored);
        return stored.version();
    }

    /** The choices as typed; every bad one is named. */
    private static Choice read(Benefit benefit, ValuationInputs.ModelInput in) {
        Violations v = new Violations();
        if (benefit.benefitClass() == BenefitClass.NON_PRICED) {
            v.add("kind", "valuation.model.nonPriced");
        }
        Actor actor = Inputs.choice(in.actor(), Actor.class).orElse(null);
        if (actor == null) {
            v.add("actor", "valuation.actor.invalid");
        }
        ModelKind kind = Inputs.choice(in.kind(), ModelKind.class).orElse(null);
        if (kind == null) {
            v.add("kind", "valuation.kind.invalid");
        }
        Integer first = null;
        try {
            first = Inputs.year(Integer.valueOf(Inputs.text(in.phaseInFirstYear())), "phaseInFirstYear", v);
        } catch (NumberFormatException e) {
            v.add("phaseInFirstYear", "valuation.year.invalid");
        }
        Long expected = ValuationWriteRules.version(in.version(), v);
        v.throwIfAny();
        return new Choice(actor, kind, first, expected);
    }

    private static PhaseIn phaseIn(int firstYear, ValuationInputs.ModelInput in) {
        List<String> shares = in.phaseInShares() == null ? List.of("100") : in.phaseInShares();
        return "CUMULATIVE".equalsIgnoreCase(Inputs.text(in.phaseInForm()))
                ? PhaseIn.cumulative(firstYear, shares)
                : PhaseIn.increases(firstYear, shares);
    }

    /** The programme's models with the benefit's own replaced by the one to be written. */
    private static List<StoredModel> replaced(List<StoredModel> stored, StoredModel model) {
        List<StoredModel> all = new ArrayList<>(stored);
        all.removeIf(m -> m.benefit().equals(model.benefit()));
        all.add(model);
        return all;
    }
}
