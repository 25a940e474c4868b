package no.gevinst.valuation;

import java.io.OutputStream;
import java.util.List;
import no.gevinst.shared.BenefitId;
import no.gevinst.shared.ProgrammeId;

/** The valuation of a programme's priced benefits by the state's economic rules. */
public interface Valuations {

    /** The valuation at the most likely values; the programme must be visible. */
    ProgrammeValuation of(ProgrammeId programme);

    /** The same, from the programme's register as already read (every benefit of it the user may see). */
    ProgrammeValuation of(ProgrammeId programme, java.util.List<no.gevinst.benefit.Benefit> register);

    /** Adds or changes an assumption by its name; coordinators of the programme. Recomputes all that use it. */
    void saveAssumption(ProgrammeId programme, ValuationInputs.AssumptionInput input);

    /** Sets the calculation model of a priced benefit; checked by computing it at the most likely values. */
    void setModel(BenefitId benefit, ValuationInputs.ModelInput input);

    void addCost(ProgrammeId programme, ValuationInputs.CostInput input);

    /** Sets the analysis period and economic rules; without it R-109's defaults over ten years apply. */
    void saveSettings(ProgrammeId programme, EconomicSettings settings);

    List<Uncertainty.Sensitivity> tornado(ProgrammeId programme);

    Uncertainty.Simulation simulate(ProgrammeId programme, Uncertainty.Distribution distribution, int draws, long seed);

    void workbook(ProgrammeId programme, OutputStream out);
}
