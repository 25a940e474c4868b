package no.gevinst.valuation.domain;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import no.gevinst.benefit.Benefit;
import no.gevinst.benefit.BenefitClass;
import no.gevinst.benefit.BenefitQuery;
import no.gevinst.benefit.Benefits;
import no.gevinst.shared.BenefitId;
import no.gevinst.shared.NorwegianTime;
import no.gevinst.shared.ProgrammeId;
import no.gevinst.valuation.AssumptionBook;
import no.gevinst.valuation.Cost;
import no.gevinst.valuation.EconomicSettings;
import no.gevinst.valuation.PhaseIn;
import no.gevinst.valuation.PricedBenefit;
import no.gevinst.valuation.ProgrammeValuation;
import no.gevinst.valuation.ValuationEngine;
import org.springframework.stereotype.Component;

/**
 * Computes a programme's valuation from what is stored, or from what would be stored after a write being checked:
 * each priced benefit of the register with its model, carrying the benefit's id, valued with the settings and costs.
 */
@Component
class StoredValuations {

    private final ValuationRepository repository;
    private final AssumptionRepository assumptions;
    private final BenefitModelRepository models;
    private final Benefits benefits;

    StoredValuations(
            ValuationRepository repository,
            AssumptionRepository assumptions,
            BenefitModelRepository models,
            Benefits benefits) {
        this.repository = repository;
        this.assumptions = assumptions;
        this.models = models;
        this.benefits = benefits;
    }

    /** The valuation of what is stored, over the benefits of {@code register} that have a model. */
    ProgrammeValuation stored(ProgrammeId programme, List<Benefit> register) {
        return computed(programme, register, assumptions.book(programme), models.models(programme));
    }

    /** Recomputes the programme's whole valuation as it would be after the write; a failure refuses the write. */
    void check(ProgrammeId programme, AssumptionBook book, List<BenefitModelRepository.StoredModel> proposed) {
        computed(programme, benefits.list(BenefitQuery.inProgramme(programme)), book, proposed);
    }

    private ProgrammeValuation computed(
            ProgrammeId programme,
            List<Benefit> register,
            AssumptionBook book,
            List<BenefitModelRepository.StoredModel> stored) {
        EconomicSettings settings = repository.settings(programme).orElseGet(StoredValuations::defaultSettings);
        List<PricedBenefit> priced = new ArrayList<>();
        // The register read once: a read per priced benefit made a thousand of them take seconds.
        Map<BenefitId, Benefit> byId = new HashMap<>();
        register.forEach(b -> byId.put(b.id(), b));
        for (BenefitModelRepository.StoredModel m : stored) {
            Optional.ofNullable(byId.get(m.benefit()))
                    .filter(b -> b.benefitClass() != BenefitClass.NON_PRICED)
                    .ifPresent(b -> priced.add(priced(b, m)));
        }
        List<Cost> costs = repository.costs(programme);
        return new ProgrammeValuation(
                settings, book, priced, costs, ValuationEngine.value(settings, priced, costs, book.likely()));
    }

    private static PricedBenefit priced(Benefit b, BenefitModelRepository.StoredModel m) {
        return new PricedBenefit(
                b.id(),
                b.code() + " " + b.title(),
                b.benefitClass(),
                m.actor(),
                m.kind().build(m.parameters()),
                new PhaseIn(m.phaseInFirst(), m.phaseInShares()));
    }

    private static EconomicSettings defaultSettings() {
        int year = NorwegianTime.today().getYear();
        return EconomicSettings.defaults(year, year + 9);
    }
}
