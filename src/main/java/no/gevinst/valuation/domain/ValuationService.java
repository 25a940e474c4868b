package no.gevinst.valuation.domain;

import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import no.gevinst.audit.AuditLog;
import no.gevinst.benefit.Benefit;
import no.gevinst.benefit.BenefitClass;
import no.gevinst.benefit.BenefitQuery;
import no.gevinst.benefit.Benefits;
import no.gevinst.programme.Programme;
import no.gevinst.programme.Programmes;
import no.gevinst.shared.BenefitId;
import no.gevinst.shared.Inputs;
import no.gevinst.shared.NotFoundException;
import no.gevinst.shared.ProgrammeId;
import no.gevinst.shared.Violations;
import no.gevinst.valuation.Actor;
import no.gevinst.valuation.Assumption;
import no.gevinst.valuation.AssumptionBook;
import no.gevinst.valuation.CalculationModel;
import no.gevinst.valuation.Cost;
import no.gevinst.valuation.EconomicSettings;
import no.gevinst.valuation.ModelKind;
import no.gevinst.valuation.PhaseIn;
import no.gevinst.valuation.PricedBenefit;
import no.gevinst.valuation.ProgrammeValuation;
import no.gevinst.valuation.Uncertainty;
import no.gevinst.valuation.ValuationEngine;
import no.gevinst.valuation.ValuationInputs;
import no.gevinst.valuation.ValuationWorkbook;
import no.gevinst.valuation.Valuations;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(readOnly = true)
class ValuationService implements Valuations {

    private final ValuationRepository repository;
    private final Programmes programmes;
    private final Benefits benefits;
    private final AuditLog auditLog;

    ValuationService(ValuationRepository repository, Programmes programmes, Benefits benefits, AuditLog auditLog) {
        this.repository = repository;
        this.programmes = programmes;
        this.benefits = benefits;
        this.auditLog = auditLog;
    }

    @Override
    public ProgrammeValuation of(ProgrammeId programme) {
        return of(programme, benefits.list(BenefitQuery.inProgramme(programme)));
    }

    @Override
    public ProgrammeValuation of(ProgrammeId programme, List<Benefit> register) {
        existing(programme);
        EconomicSettings settings = repository.settings(programme).orElseGet(ValuationService::defaultSettings);
        AssumptionBook book = repository.book(programme);
        Map<String, BenefitId> ids = new LinkedHashMap<>();
        List<PricedBenefit> priced = new ArrayList<>();
        // The register read once: a read per priced benefit made a thousand of them take seconds.
        Map<BenefitId, Benefit> byId = new HashMap<>();
        register.forEach(b -> byId.put(b.id(), b));
        for (ValuationRepository.StoredModel m : repository.models(programme)) {
            Optional.ofNullable(byId.get(m.benefit()))
                    .filter(b -> b.benefitClass() != BenefitClass.NON_PRICED)
                    .ifPresent(b -> {
                        PricedBenefit p = priced(b, m);
                        ids.put(p.name(), b.id());
                        priced.add(p);
                    });
        }
        List<Cost> costs = repository.costs(programme);
        return new ProgrammeValuation(
                settings, book, priced, ids, costs, ValuationEngine.value(settings, priced, costs, book.likely()));
    }

    @Override
    @Transactional
    public void saveAssumption(ProgrammeId programme, ValuationInputs.AssumptionInput in) {
        requireCoordinator(programme);
        Violations v = new Violations();
        String name = Inputs.text(in.name()).toLowerCase(java.util.Locale.ROOT);
        if (!name.matches("[a-zæøå][a-zæøå0-9_]*")) {
            v.add("name", "valuation.assumption.name");
        }
        String formula = Inputs.text(in.formula());
        java.time.LocalDate asOf = Inputs.date(in.asOf(), "asOf", v);
        Assumption assumption = null;
        if (formula.isEmpty()) {
            BigDecimal likely = number(in.likely(), "likely", v, true);
            BigDecimal low = number(in.low(), "low", v, false);
            BigDecimal high = number(in.high(), "high", v, false);
            v.throwIfAny();
            try {
                assumption = new Assumption(
                        name,
                        low,
                        likely,
                        high,
                        Inputs.text(in.unit()),
                        Inputs.text(in.source()),
                        asOf,
                        Inputs.text(in.owner()),
                        "true".equalsIgnoreCase(Inputs.text(in.demoValue())));
            } catch (IllegalArgumentException e) {
                v.add("likely", "valuation.assumption.range");
            }
        }
        v.throwIfAny();
        AssumptionBook changed = repository.book(programme);
        if (assumption != null) {
            changed.add(assumption);
        } else {
            changed.derive(name, formula);
        }
        // Everything that uses the assumption is recomputed now, so that a change that breaks a model is refused.
        check(programme, changed);
        repository.saveAssumption(programme, assumption, formula.isEmpty() ? null : formula, name);
        auditLog.record("assumption", programme + "/" + name, "save", null, in);
    }

    @Override
    @Transactional
    public void setModel(BenefitId id, ValuationInputs.ModelInput in) {
        Benefit benefit = benefits.find(id).orElseThrow(() -> new NotFoundException("benefit", id));
        requireCoordinator(benefit.programme());
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
        v.throwIfAny();
        List<String> shares = in.phaseInShares() == null ? List.of("100") : in.phaseInShares();
        PhaseIn phaseIn = "CUMULATIVE".equalsIgnoreCase(Inputs.text(in.phaseInForm()))
                ? PhaseIn.cumulative(first, shares)
                : PhaseIn.increases(first, shares);
        Map<String, String> parameters = in.parameters() == null ? Map.of() : in.parameters();
        CalculationModel model = kind.build(parameters);
        model.evaluate(repository.book(benefit.programme()).likely());
        ValuationRepository.StoredModel stored =
                new ValuationRepository.StoredModel(id, actor, kind, parameters, first, phaseIn.cumulative());
        repository.saveModel(stored);
        auditLog.record("benefit-valuation", id, "save", null, stored);
    }

    @Override
    @Transactional
    public void addCost(ProgrammeId programme, ValuationInputs.CostInput in) {
        requireCoordinator(programme);
        Violations v = new Violations();
        Cost.Kind kind = Inputs.choice(in.kind(), Cost.Kind.class).orElse(null);
        if (kind == null) {
            v.add("kind", "valuation.cost.kind");
        }
        Actor actor = Inputs.choice(in.actor(), Actor.class).orElse(null);
        if (actor == null) {
            v.add("actor", "valuation.actor.invalid");
        }
        Integer year = null;
        try {
            year = Inputs.year(Integer.valueOf(Inputs.text(in.year())), "year", v);
        } catch (NumberFormatException e) {
            v.add("year", "valuation.year.invalid");
        }
        BigDecimal amount = number(in.amount(), "amount", v, true);
        if (amount != null && amount.signum() < 0) {
            v.add("amount", "valuation.cost.negative");
        }
        v.throwIfAny();
        Cost cost = new Cost(kind, actor, year, amount);
        repository.addCost(programme, cost, Inputs.text(in.description()));
        auditLog.record("valuation-cost", programme, "create", null, cost);
    }

    @Override
    public List<Uncertainty.Sensitivity> tornado(ProgrammeId programme) {
        ProgrammeValuation v = of(programme);
        return Uncertainty.tornado(v.assumptions(), v.settings(), v.benefits(), v.costs());
    }

    @Override
    public Uncertainty.Simulation simulate(
            ProgrammeId programme, Uncertainty.Distribution distribution, int draws, long seed) {
        ProgrammeValuation v = of(programme);
        return Uncertainty.simulate(v.assumptions(), v.settings(), v.benefits(), v.costs(), distribution, draws, seed);
    }

    @Override
    public void workbook(ProgrammeId programme, OutputStream out) {
        ProgrammeValuation v = of(programme);
        ValuationWorkbook.write(v.assumptions(), v.settings(), v.benefits(), v.costs(), out);
    }

    @Override
    @Transactional
    public void saveSettings(ProgrammeId programme, EconomicSettings settings) {
        requireCoordinator(programme);
        repository.saveSettings(programme, settings);
        auditLog.record("valuation-settings", programme, "save", null, settings);
    }

    private void check(ProgrammeId programme, AssumptionBook book) {
        Map<String, BigDecimal> values = book.likely();
        for (ValuationRepository.StoredModel m : repository.models(programme)) {
            m.kind().build(m.parameters()).evaluate(values);
        }
    }

    private static PricedBenefit priced(Benefit b, ValuationRepository.StoredModel m) {
        return new PricedBenefit(
                b.code() + " " + b.title(),
                b.benefitClass(),
                m.actor(),
                m.kind().build(m.parameters()),
                new PhaseIn(m.phaseInFirst(), m.phaseInShares()));
    }

    private Programme existing(ProgrammeId programme) {
        return programmes.find(programme).orElseThrow(() -> new NotFoundException("programme", programme));
    }

    private void requireCoordinator(ProgrammeId programme) {
        existing(programme);
        if (!programmes.canCoordinate(programme)) {
            throw new AccessDeniedException("Only the programme's coordinators change its valuation");
        }
    }

    private static EconomicSettings defaultSettings() {
        int year = LocalDate.now().getYear();
        return EconomicSettings.defaults(year, year + 9);
    }

    private static BigDecimal number(String text, String field, Violations v, boolean required) {
        String value = Inputs.text(text).replace(" ", "").replace(',', '.');
        if (value.isEmpty()) {
            if (required) {
                v.add(field, "valuation.number", "");
            }
            return null;
        }
        try {
            return Inputs.bounded(new BigDecimal(value), field, v);
        } catch (NumberFormatException e) {
            v.add(field, "valuation.number", text);
            return null;
        }
    }
}
