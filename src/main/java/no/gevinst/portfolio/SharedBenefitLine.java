package no.gevinst.portfolio;

import java.math.BigDecimal;
import java.math.RoundingMode;
import no.gevinst.shared.BenefitId;
import no.gevinst.shared.Percent;
import no.gevinst.shared.ProgrammeId;

/**
 * A benefit shared between programmes as one programme counts it (issue 18): at its share of the benefit's kroner,
 * so that over all the programmes sharing it the benefit counts once ("40 % av 1 000 000 kr = 400 000 kr").
 *
 * @param programme the programme counting it
 * @param home the benefit's home programme, where its record, valuation and measurements are
 * @param otherProgrammes the names of the other programmes sharing it ("Helseplattformen" for the receiving one)
 * @param share the programme's share: its accepted share, or for the home programme what it keeps
 * @param whole the benefit's kroner over the years of its valuation
 * @param realisedWhole the benefit's realised kroner over the years reckoned so far; null when never measured
 */
public record SharedBenefitLine(
        ProgrammeId programme,
        String programmeName,
        BenefitId benefit,
        String code,
        String title,
        ProgrammeId home,
        String homeName,
        String otherProgrammes,
        Percent share,
        BigDecimal whole,
        BigDecimal realisedWhole) {

    /** True for the benefit's home programme, which keeps what the other programmes' shares leave. */
    public boolean atHome() {
        return programme.equals(home);
    }

    /** The share of the whole: what the programme counts. */
    public BigDecimal counted() {
        return whole.multiply(share.value()).divide(BigDecimal.valueOf(100), 2, RoundingMode.HALF_EVEN);
    }

    /** The share of the realised kroner so far: what the programme counts of them; null when never measured. */
    public BigDecimal realisedCounted() {
        return realisedWhole == null
                ? null
                : realisedWhole.multiply(share.value()).divide(BigDecimal.valueOf(100), 2, RoundingMode.HALF_EVEN);
    }
}
