package no.gevinst.portfolio;

import java.math.BigDecimal;
import java.util.List;
import java.util.SortedMap;
import no.gevinst.shared.ProgrammeId;

/**
 * Benefits shared between programmes on the dashboard (issue 18): each programme counts a shared benefit at its
 * share, the home programme what the others' accepted shares leave, so that the portfolio counts it once.
 */
public interface SharedBenefits {

    /**
     * The shared benefits each programme counted (one, or every visible one when null) counts, with its share of the
     * forecast and of the realised kroner of the years up to {@code thisYear}.
     */
    List<SharedBenefitLine> of(ProgrammeId selected, int thisYear);

    /**
     * The programme's forecast per year with its shared benefits at its share: its own forecast, less what it shares
     * out, plus its shares of other programmes' benefits.
     */
    SortedMap<Integer, BigDecimal> atShare(ProgrammeId programme, SortedMap<Integer, BigDecimal> own);
}
