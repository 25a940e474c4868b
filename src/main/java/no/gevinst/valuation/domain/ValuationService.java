package no.gevinst.valuation.domain;

import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import no.gevinst.audit.AuditLog;
import no.gevinst.audit.AuditScope;
import no.gevinst.benefit.Benefit;
import no.gevinst.benefit.BenefitQuery;
import no.gevinst.benefit.Benefits;
import no.gevinst.programme.Programme;
import no.gevinst.shared.BenefitId;
import no.gevinst.shared.FieldViolation;
import no.gevinst.shared.InvalidInputException;
import no.gevinst.shared.ProgrammeId;
import no.gevinst.valuation.EconomicSettings;
import no.gevinst.valuation.ProgrammeValuation;
import no.gevinst.valuation.Uncertainty;
import no.gevinst.valuation.ValuationInputs;
import no.gevinst.valuation.ValuationUnavailableException;
import no.gevinst.valuation.ValuationVersions;
import no.gevinst.valuation.ValuationWorkbook;
import no.gevinst.valuation.Valuations;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The valuation module's facade: reads compute the valuation of what is stored ({@link StoredValuations}); writes of
 * assumptions and models go through their writers, settings and costs are written here.
 */
@Service
@Transactional(readOnly = true)
class ValuationService implements Valuations {

    private final ValuationRepository repository;
    private final AssumptionRepository assumptions;
    private final BenefitModelRepository models;
    private final StoredValuations stored;
    private final AssumptionWriter assumptionWriter;
    private final ModelWriter modelWriter;
    private final ValuationWriteRules rules;
    private final Benefits benefits;
    private final AuditLog auditLog;

    ValuationService(
            ValuationRepository repository,
            AssumptionRepository assumptions,
            BenefitModelRepository models,
            StoredValuations stored,
            AssumptionWriter assumptionWriter,
            ModelWriter modelWriter,
            ValuationWriteRules rules,
            Benefits benefits,
            AuditLog auditLog) {
        this.repository = repository;
        this.assumptions = assumptions;
        this.models = models;
        this.stored = stored;
        this.assumptionWriter = assumptionWriter;
        this.modelWriter = modelWriter;
        this.rules = rules;
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
        Programme found = rules.existing(programme);
        try {
            return stored.stored(programme, register);
        } catch (InvalidInputException e) {
            throw new ValuationUnavailableException(programme, found.name(), e.violations());
        } catch (ArithmeticException e) {
            String message = String.valueOf(e.getMessage());
            throw unavailable(
                    found,
                    message.toLowerCase(Locale.ROOT).contains("zero")
                            ? FieldViolation.of("valuation", "valuation.formula.divisionByZero", "")
                            : FieldViolation.of("valuation", "valuation.unavailable.error", message));
        } catch (IllegalArgumentException | IllegalStateException | DateTimeException e) {
            throw unavailable(
                    found,
                    FieldViolation.of("valuation", "valuation.unavailable.error", String.valueOf(e.getMessage())));
        }
    }

    private static ValuationUnavailableException unavailable(Programme programme, FieldViolation cause) {
        return new ValuationUnavailableException(programme.id(), programme.name(), List.of(cause));
    }

    @Override
    public ValuationVersions versions(ProgrammeId programme) {
        rules.existing(programme);
        return new ValuationVersions(
                repository.settingsVersion(programme).orElse(null),
                assumptions.versions(programme),
                models.versions(programme));
    }

    @Override
    @Transactional(readOnly = true)
    public SortedMap<Integer, BigDecimal> valueByYear(Benefit benefit) {
        SortedMap<Integer, BigDecimal> byYear = new TreeMap<>();
        try {
            stored.stored(benefit.programme(), List.of(benefit))
                    .valuation()
                    .years()
                    .forEach(y -> byYear.merge(y.year(), y.benefits(), BigDecimal::add));
        } catch (InvalidInputException | ArithmeticException e) {
            return Collections.emptySortedMap(); // the home programme's dashboard names the problem
        }
        byYear.values().removeIf(v -> v.signum() == 0);
        return Collections.unmodifiableSortedMap(byYear);
    }

    @Override
    public void requireMayChange(ProgrammeId programme) {
        rules.requireCoordinator(programme);
    }

    @Override
    @Transactional
    public long saveAssumption(ProgrammeId programme, ValuationInputs.AssumptionInput in) {
        return assumptionWriter.save(programme, in);
    }

    @Override
    @Transactional
    public long setModel(BenefitId id, ValuationInputs.ModelInput in) {
        return modelWriter.set(id, in);
    }

    @Override
    @Transactional
    public void addCost(ProgrammeId programme, ValuationInputs.NewCost in) {
        rules.requireCoordinator(programme);
        repository.addCost(programme, in.cost(), in.description());
        auditLog.record(AuditScope.of(programme), "valuation-cost", programme, "create", null, in.cost());
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
        rules.requireCoordinator(programme);
        repository.lockValuation(programme);
        Optional<EconomicSettings> before = repository.settings(programme);
        Optional<Long> current = repository.settingsVersion(programme);
        ValuationWriteRules.requireVersion("valuation-settings", programme, expectedVersion, current);
        if (!repository.saveSettings(programme, settings, expectedVersion)) {
            throw ValuationWriteRules.writtenMeanwhile(
                    "valuation-settings", programme, expectedVersion, repository.settingsVersion(programme));
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
}
