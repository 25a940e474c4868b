package no.gevinst.decision.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import no.gevinst.benefit.BenefitClass;
import no.gevinst.decision.BoardDecision;

/**
 * What one organisation's appendix to the oppdragsdokument for a year holds, gathered from the decision, the
 * programme's benefits and indicators: the kroner it shall realise by benefit class with the benefits that arise
 * there, and the indicator targets due in the year. Both the PDF and the workbook are written from it.
 */
record Appendix(
        String programmeCode,
        String programmeName,
        String organisation,
        int year,
        BoardDecision decision,
        List<EconomicRequirement> economic,
        BigDecimal economicTotal,
        List<KpiRequirement> kpis) {

    /** The kroner of one benefit class, and the organisation's benefits of that class that are to realise them. */
    record EconomicRequirement(BenefitClass benefitClass, BigDecimal nok, List<BenefitBehind> benefits) {}

    /**
     * @param share the part of the benefit that arises in the organisation, in percent
     * @param deadline when the benefit shall have its full effect (or start, when no full effect date is set)
     */
    record BenefitBehind(
            String code, String title, BigDecimal share, String owner, String responsible, LocalDate deadline) {}

    record KpiRequirement(
            String indicator,
            String unit,
            String benefit,
            BigDecimal targetValue,
            LocalDate due,
            String owner,
            String measuredBy) {}
}
