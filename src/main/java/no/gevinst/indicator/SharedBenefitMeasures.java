package no.gevinst.indicator;

import java.util.List;
import java.util.Map;
import no.gevinst.shared.BenefitId;
import no.gevinst.shared.IndicatorId;

/**
 * What the realised kroner of a benefit shared between programmes are reckoned from, for a user who sees a programme
 * it is shared with but not its home programme (issue 18): its indicators' målbaner and annual actuals, figures only.
 * The benefit must be one the user sees ({@link no.gevinst.benefit.Benefits#find}, which shared benefits are to the
 * readers of the programmes sharing them); for any other both are empty. The home programme's pages, its
 * measurements as recorded, their comments and who recorded them stay its own readers'.
 */
public interface SharedBenefitMeasures {

    /** The målbane of each of the benefit's indicators that has a baseline and targets, as {@link Indicators#trajectories}. */
    Map<IndicatorId, Trajectory> trajectories(BenefitId benefit);

    /** Each of the benefit's indicators' actual per calendar year, as {@link Indicators#annualActuals}. */
    Map<IndicatorId, List<AnnualActual>> annualActuals(BenefitId benefit, int fromYear, int toYear);
}
