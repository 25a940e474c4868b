package no.gevinst.valuation.domain;

import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import no.gevinst.audit.AuditLog;
import no.gevinst.audit.AuditScope;
import no.gevinst.benefit.Benefit;
import no.gevinst.benefit.BenefitClass;
import no.gevinst.benefit.BenefitQuery;
import no.gevinst.benefit.Benefits;
import no.gevinst.programme.Programme;
import no.gevinst.programme.Programmes;
import no.gevinst.shared.BenefitId;
import no.gevinst.shared.FieldViolation;
import no.gevinst.shared.Inputs;
import no.gevinst.shared.InvalidInputException;
import no.gevinst.shared.NorwegianNumbers;
import no.gevinst.shared.NorwegianTime;
import no.gevinst.shared.NotFoundException;
import no.gevinst.shared.ProgrammeId;
import no.gevinst.shared.VersionConflictException;
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
import no.gevinst.valuation.ValuationUnavailableException;
import no.gevinst.valuation.ValuationVersions;
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
    @Transactional(readOnly = true, noRollbackFor = ValuationUnavailableException.class)
    public ProgrammeValuation of(ProgrammeId programme) {
        return of(programme, benefits.list(BenefitQuery.inProgramme(programme)));
    }

    @Override
    // A programme that cannot be valued is reported, not a failure of the request that reads it with others.
    @Transactional(readOnly = true, noRollbackFor = ValuationUnavailableException.class)
    public ProgrammeValuation of(ProgrammeId programme, List<Benefit> register) {
        Programme found = existing(programme);
        try {
            return computed(programme, register, repository.book(programme), repository.models(programme));
        } catch (InvalidInputException e) {
            throw new ValuationUnavailableException(programme, found.name(), e.violations());
        } catch (ArithmeticException e) {
            String message = String.valueOf(e.getMessage());
            throw new ValuationUnavailableException(
                    programme,
                    found.name(),
                    List.of(
                            message.toLowerCase(java.util.Locale.ROOT).contains("zero")
                                    ? FieldViolation.of("valuation", "valuation.formula.divisionByZero", "")
                                    : FieldViolation.of("valuation", "valuation.unavailable.error", message)));
        } catch (IllegalArgumentException | IllegalStateException | DateTimeException e) {
            throw new ValuationUnavailableException(
                    programme,
                    found.name(),
                    List.of(FieldViolation.of(
                            "valuation", "valuation.unavailable.error", String.valueOf(e.getMessage()))));
        }
    }

    @Override
    public ValuationVersions versions(ProgrammeId programme) {
        existing(programme);
        return repository.versions(programme);
    }

    /** The valuation of what is stored, or of what would be stored after a write being checked. */
    @Override
    @Transactional(readOnly = true)
    public java.util.SortedMap<Integer, BigDecimal> valueByYear(Benefit benefit) {
        ProgrammeId home = benefit.programme();
        java.util.SortedMap<Integer, BigDecimal> byYear = new java.util.TreeMap<>();
        try {
            computed(home, List.of(benefit), repository.book(home), repository.models(home))
                    .valuation()
                    .years()
                    .forEach(y -> byYear.merge(y.year(), y.benefits(), BigDecimal::add));
        } catch (InvalidInputException | ArithmeticException e) {
            return java.util.Collections.emptySortedMap(); // the home programme's dashboard names the problem
        }
        byYear.values().removeIf(v -> v.signum() == 0);
        return java.util.Collections.unmodifiableSortedMap(byYear);
    }

    private ProgrammeValuation computed(
            ProgrammeId programme,
            List<Benefit> register,
            AssumptionBook book,
            List<ValuationRepository.StoredModel> models) {
        EconomicSettings settings = repository.settings(programme).orElseGet(ValuationService::defaultSettings);
        List<PricedBenefit> priced = new ArrayList<>();
        // The register read once: a read per priced benefit made a thousand of them take seconds.
        Map<BenefitId, Benefit> byId = new HashMap<>();
        register.forEach(b -> byId.put(b.id(), b));
        for (ValuationRepository.StoredModel m : models) {
            Optional.ofNullable(byId.get(m.benefit()))
                    .filter(b -> b.benefitClass() != BenefitClass.NON_PRICED)
                    .ifPresent(b -> priced.add(priced(b, m)));
        }
        List<Cost> costs = repository.costs(programme);
        return new ProgrammeValuation(
                settings, book, priced, costs, ValuationEngine.value(settings, priced, costs, book.likely()));
    }

    @Override
    public void requireMayChange(ProgrammeId programme) {
        requireCoordinator(programme);
    }

    @Override
    @Transactional
    public long saveAssumption(ProgrammeId programme, ValuationInputs.AssumptionInput in) {
        requireCoordinator(programme);
        Violations v = new Violations();
        String name = Inputs.text(in.name()).toLowerCase(java.util.Locale.ROOT);
        if (!name.matches("[a-zæøå][a-zæøå0-9_]*")) {
            v.add("name", "valuation.assumption.name");
        }
        Long expected = version(in.version(), v);
        String formula = Inputs.text(in.formula());
        Assumption assumption = formula.isEmpty() ? assumption(name, in, v) : null;
        if (!formula.isEmpty()) {
            Inputs.date(
                    in.asOf(), "asOf", v); // a derived assumption's date is checked too, though its value is computed
        }
        v.throwIfAny();
        repository.lockValuation(programme);
        Optional<ValuationRepository.StoredAssumption> before = repository.assumption(programme, name);
        requireVersion("assumption", programme + "/" + name, expected, before.map(b -> b.version()));
        AssumptionBook changed = repository.book(programme);
        if (assumption != null) {
            changed.add(assumption);
        } else {
            changed.derive(name, formula);
        }
        // The whole valuation is recomputed before anything is written: a change that breaks it (a cycle, a model
        // that no longer evaluates) is refused and leaves nothing behind.
        check(programme, changed, repository.models(programme));
        String stored = formula.isEmpty() ? null : formula;
        if (!repository.saveAssumption(programme, assumption, stored, name, expected)) {
            // Someone wrote it between the read and the write: the conditional write changed nothing.
            throw new VersionConflictException(
                    "assumption",
                    programme + "/" + name,
                    expected == null ? -1 : expected,
                    repository.assumption(programme, name).map(a -> a.version()).orElse(-1L));
        }
        ValuationRepository.StoredAssumption after =
                repository.assumption(programme, name).orElseThrow();
        auditLog.record(
                AuditScope.of(programme),
                "assumption",
                programme + "/" + name,
                before.isPresent() ? "update" : "create",
                before.orElse(null),
                after);
        return after.version();
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

    @Override
    @Transactional
    public long setModel(BenefitId id, ValuationInputs.ModelInput in) {
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
        Long expected = version(in.version(), v);
        v.throwIfAny();
        List<String> shares = in.phaseInShares() == null ? List.of("100") : in.phaseInShares();
        PhaseIn phaseIn = "CUMULATIVE".equalsIgnoreCase(Inputs.text(in.phaseInForm()))
                ? PhaseIn.cumulative(first, shares)
                : PhaseIn.increases(first, shares);
        Map<String, String> parameters = in.parameters() == null ? Map.of() : in.parameters();
        CalculationModel model = kind.build(parameters);
        AssumptionBook book = repository.book(benefit.programme());
        model.evaluate(book.likely());
        repository.lockValuation(benefit.programme());
        Optional<ValuationRepository.StoredModel> before = repository.model(id);
        requireVersion("benefit-valuation", id, expected, before.map(ValuationRepository.StoredModel::version));
        ValuationRepository.StoredModel stored = new ValuationRepository.StoredModel(
                id, actor, kind, parameters, first, phaseIn.cumulative(), expected == null ? 0 : expected + 1);
        List<ValuationRepository.StoredModel> models = new ArrayList<>(repository.models(benefit.programme()));
        models.removeIf(m -> m.benefit().equals(id));
        models.add(stored);
        check(benefit.programme(), book, models);
        if (!repository.saveModel(stored, expected)) {
            throw new VersionConflictException(
                    "benefit-valuation",
                    id,
                    expected == null ? -1 : expected,
                    repository
                            .model(id)
                            .map(ValuationRepository.StoredModel::version)
                            .orElse(-1L));
        }
        auditLog.record(
                AuditScope.of(benefit.programme()),
                "benefit-valuation",
                id,
                before.isPresent() ? "update" : "create",
                before.orElse(null),
                stored);
        return stored.version();
    }

    @Override
    @Transactional
    public void addCost(ProgrammeId programme, ValuationInputs.NewCost in) {
        requireCoordinator(programme);
        Cost cost = in.cost();
        repository.addCost(programme, cost, in.description());
        auditLog.record(AuditScope.of(programme), "valuation-cost", programme, "create", null, cost);
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
    public long saveSettings(ProgrammeId programme, EconomicSettings settings, Long expectedVersion) {
        requireCoordinator(programme);
        repository.lockValuation(programme);
        Optional<EconomicSettings> before = repository.settings(programme);
        Optional<Long> current = repository.settingsVersion(programme);
        requireVersion("valuation-settings", programme, expectedVersion, current);
        if (!repository.saveSettings(programme, settings, expectedVersion)) {
            throw new VersionConflictException(
                    "valuation-settings",
                    programme,
                    expectedVersion == null ? -1 : expectedVersion,
                    repository.settingsVersion(programme).orElse(-1L));
        }
        long version = expectedVersion == null ? 0 : expectedVersion + 1;
        auditLog.record(
                AuditScope.of(programme),
                "valuation-settings",
                programme,
                before.isPresent() ? "update" : "create",
                before.map(b -> new VersionedSettings(b, current.orElseThrow())).orElse(null),
                new VersionedSettings(settings, version));
        return version;
    }

    @Override
    @Transactional
    public void saveSettings(ProgrammeId programme, EconomicSettings settings) {
        saveSettings(programme, settings, repository.settingsVersion(programme).orElse(null));
    }

    /** Settings as the audit log keeps them: with the version they had. */
    record VersionedSettings(EconomicSettings settings, long version) {}

    /** Recomputes the programme's whole valuation as it would be after the write; a failure refuses the write. */
    private void check(ProgrammeId programme, AssumptionBook book, List<ValuationRepository.StoredModel> models) {
        computed(programme, benefits.list(BenefitQuery.inProgramme(programme)), book, models);
    }

    /**
     * Refuses a write that names no version of a record that exists, or a version that is not the stored one (null
     * expected: the writer read no record).
     */
    private static void requireVersion(String entity, Object id, Long expected, Optional<Long> current) {
        if (expected == null && current.isPresent()) {
            throw InvalidInputException.of("version", "version.required");
        }
        if (expected != null && (current.isEmpty() || current.get().longValue() != expected)) {
            throw new VersionConflictException(entity, id, expected, current.orElse(-1L));
        }
    }

    /** The version a form or body names; blank when the writer read no record. */
    private static Long version(String text, Violations v) {
        String value = Inputs.text(text).replace("\"", "").replace("W/", "");
        if (value.isEmpty()) {
            return null;
        }
        try {
            return Long.valueOf(value);
        } catch (NumberFormatException e) {
            v.add("version", "version.invalid");
            return null;
        }
    }

    private static PricedBenefit priced(Benefit b, ValuationRepository.StoredModel m) {
        return new PricedBenefit(
                b.id(),
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
        int year = NorwegianTime.today().getYear();
        return EconomicSettings.defaults(year, year + 9);
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
