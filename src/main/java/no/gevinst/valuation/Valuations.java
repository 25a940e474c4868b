package no.gevinst.valuation;

import java.io.OutputStream;
import java.util.List;
import no.gevinst.shared.BenefitId;
import no.gevinst.shared.ProgrammeId;

/** The valuation of a programme's priced benefits by the state's economic rules. */
public interface Valuations {

    /**
     * The valuation at the most likely values; the programme must be visible.
     *
     * @throws ValuationUnavailableException when what is stored cannot be computed
     */
    ProgrammeValuation of(ProgrammeId programme);

    /** The same, from the programme's register as already read (every benefit of it the user may see). */
    ProgrammeValuation of(ProgrammeId programme, java.util.List<no.gevinst.benefit.Benefit> register);

    /** The versions a writer names to change the programme's settings, assumptions and models. */
    ValuationVersions versions(ProgrammeId programme);

    /**
     * One benefit's value per year as its home programme's valuation gives it (issue 18: a benefit shared with
     * another programme counts there at its share). The caller passes the benefit as it found it, so sees it; the
     * home programme need not be visible to the caller, and nothing but this benefit's value is told. Empty when it
     * is not priced or its valuation cannot be computed.
     */
    java.util.SortedMap<Integer, java.math.BigDecimal> valueByYear(no.gevinst.benefit.Benefit benefit);

    /**
     * Refuses a user who may not change the programme's valuation (its coordinators may): asked before anything the
     * user sent is read, so that a refused user learns nothing from what is wrong with it.
     *
     * @throws no.gevinst.shared.NotFoundException when the programme is not visible to the user
     * @throws org.springframework.security.access.AccessDeniedException when it is visible but not theirs to change
     */
    void requireMayChange(ProgrammeId programme);

    /**
     * Adds or changes an assumption by its name; coordinators of the programme. The whole valuation is recomputed
     * with it before anything is written, so that a change that breaks it is refused and leaves nothing behind.
     * Changing an existing assumption needs the version read ({@code input.version()}); a stale one gets a
     * {@link no.gevinst.shared.VersionConflictException}.
     *
     * @return the assumption's new version
     */
    long saveAssumption(ProgrammeId programme, ValuationInputs.AssumptionInput input);

    /**
     * Sets the calculation model of a priced benefit; checked by computing the programme's valuation with it.
     * Changing an existing model needs the version read ({@code input.version()}).
     *
     * @return the model's new version
     */
    long setModel(BenefitId benefit, ValuationInputs.ModelInput input);

    /** Adds a cost read at the edge ({@link ValuationInputs.CostInput#command()}). */
    void addCost(ProgrammeId programme, ValuationInputs.NewCost cost);

    /**
     * Sets the analysis period and economic rules; without it R-109's defaults over ten years apply.
     *
     * @param expectedVersion the version of the settings read; null when none were stored (the defaults were read)
     * @return the new version
     */
    long saveSettings(ProgrammeId programme, EconomicSettings settings, Long expectedVersion);

    /** The same, over whatever is stored: for the application's own loaders (the demo), never for requests. */
    default void saveSettings(ProgrammeId programme, EconomicSettings settings) {
        saveSettings(programme, settings, versions(programme).settings());
    }

    List<Uncertainty.Sensitivity> tornado(ProgrammeId programme);

    Uncertainty.Simulation simulate(ProgrammeId programme, Uncertainty.Distribution distribution, int draws, long seed);

    void workbook(ProgrammeId programme, OutputStream out);
}
