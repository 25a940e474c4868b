package no.gevinst.plan;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A plan's content at one moment: its prose and, read from the records, the benefits with their owners, indicators,
 * baselines, targets and money values, the measures and the risks. An approved version keeps the snapshot taken
 * when it was approved; a draft shows the records as they are now.
 *
 * @param netPresentValue the programme's net present value by R-109, null when nothing is priced
 * @param records (issue 19) the maturity, evidence, processes and configuration decisions beside the content: frozen
 *     at approval; null when not read (a draft's content outside its document) and in snapshots frozen before they
 *     were kept
 */
public record PlanSnapshot(
        String programme,
        String party,
        PlanSections sections,
        List<BenefitEntry> benefits,
        List<MeasureEntry> measures,
        List<RiskEntry> risks,
        BigDecimal netPresentValue,
        ChangeRecords records) {

    public PlanSnapshot {
        benefits = List.copyOf(benefits);
        measures = List.copyOf(measures);
        risks = List.copyOf(risks);
    }

    /** Content without the records beside it. */
    public PlanSnapshot(
            String programme,
            String party,
            PlanSections sections,
            List<BenefitEntry> benefits,
            List<MeasureEntry> measures,
            List<RiskEntry> risks,
            BigDecimal netPresentValue) {
        this(programme, party, sections, benefits, measures, risks, netPresentValue, null);
    }

    /** The same content with the records on change, learning and configuration beside it (issue 19). */
    public PlanSnapshot withRecords(ChangeRecords changeRecords) {
        return new PlanSnapshot(programme, party, sections, benefits, measures, risks, netPresentValue, changeRecords);
    }

    /**
     * A benefit as the plan shows it.
     *
     * @param benefitClass the class by name (CASH_RELEASING, …), as the plan groups them
     * @param nokPerYear the priced value at full effect, null when not priced
     * @param valueByYear the priced value in each year of the analysis period, phase-in (and real price growth)
     *     included, as the valuation gave it when the snapshot was taken; empty when not priced, null in snapshots
     *     frozen before it was kept
     * @param sharing the benefit's sharing between programmes (issue 18) when the snapshot was taken: its home
     *     programme and the plan's programme's share; null when not shared, and in snapshots frozen before it was kept
     */
    public record BenefitEntry(
            String id,
            String code,
            String title,
            String benefitClass,
            String status,
            String owner,
            String responsible,
            LocalDate expectedStart,
            LocalDate fullEffect,
            BigDecimal nokPerYear,
            List<IndicatorEntry> indicators,
            java.util.Map<Integer, BigDecimal> valueByYear,
            SharingEntry sharing) {

        public BenefitEntry {
            indicators = List.copyOf(indicators);
            valueByYear = valueByYear == null
                    ? null
                    : java.util.Collections.unmodifiableSortedMap(new java.util.TreeMap<>(valueByYear));
        }
    }

    /**
     * A benefit shared between programmes as the plan's programme shares it (issue 18).
     *
     * @param home the name of the benefit's home programme, which holds its record, valuation and measurements
     * @param atHome true when the plan is the home programme's own: it keeps what the other programmes' shares leave
     * @param share the plan's programme's share in percent: its accepted share, or at home what it keeps
     * @param otherProgrammes the names of the other programmes sharing it
     */
    public record SharingEntry(String home, boolean atHome, BigDecimal share, String otherProgrammes) {}

    /** An indicator with where it starts and where it should go, and who measures it how often. */
    public record IndicatorEntry(
            String id,
            String name,
            String unit,
            String frequency,
            String measuredBy,
            BigDecimal costHours,
            BigDecimal baseline,
            LocalDate baselineEnd,
            List<TargetEntry> targets) {

        public IndicatorEntry {
            targets = List.copyOf(targets);
        }
    }

    public record TargetEntry(LocalDate date, BigDecimal value) {}

    public record MeasureEntry(
            String id,
            String action,
            List<String> benefits,
            String responsible,
            LocalDate deadline,
            String status,
            BigDecimal cost) {

        public MeasureEntry {
            benefits = List.copyOf(benefits);
        }
    }

    public record RiskEntry(
            String id,
            String description,
            String benefit,
            String cause,
            String consequence,
            int probability,
            int impact,
            String mitigation,
            String owner,
            String status) {

        /** Probability × impact, from 1 to 25. */
        public int score() {
            return probability * impact;
        }
    }
}
