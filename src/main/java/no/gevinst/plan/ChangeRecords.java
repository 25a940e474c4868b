package no.gevinst.plan;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * The records on change, learning and configuration that the plan document prints beside the plan's own content
 * (issue 19): the organisations' maturity, the evidence for the benefits, the processes with both diagrams, and the
 * configuration decisions with the machine delivery of the indicators and the ranked optimisations. An approved
 * version freezes them with its snapshot, so that its document shows them as they were at approval; a draft reads them
 * as they are now. Words are kept as codes (kinds, levels, stages) so that the document says them in its reader's
 * language.
 */
public record ChangeRecords(
        List<MaturityRound> maturity,
        List<EvidenceEntry> evidence,
        List<ProcessEntry> processes,
        Configuration configuration) {

    public ChangeRecords {
        maturity = List.copyOf(maturity);
        evidence = List.copyOf(evidence);
        processes = List.copyOf(processes);
    }

    /**
     * The latest closed maturity round of some units, pooled as its results are.
     *
     * @param dimensions the dimensions' codes, in the order of each row's cells
     * @param withheldGroups how many groups were too small to show, even pooled
     */
    public record MaturityRound(
            String name,
            boolean demo,
            LocalDate opensOn,
            LocalDate closesOn,
            List<String> dimensions,
            List<MaturityRow> rows,
            int withheldGroups) {

        public MaturityRound {
            dimensions = List.copyOf(dimensions);
            rows = List.copyOf(rows);
        }
    }

    /** A unit's (or a pool of units') row: each dimension's mean and level (weak, middle, strong, none). */
    public record MaturityRow(String name, List<String> pooledFrom, int respondents, List<MaturityCell> cells) {

        public MaturityRow {
            pooledFrom = List.copyOf(pooledFrom);
            cells = List.copyOf(cells);
        }

        public boolean pooled() {
            return !pooledFrom.isEmpty();
        }
    }

    /** @param mean null when too few answered */
    public record MaturityCell(BigDecimal mean, String level) {}

    /**
     * An evaluation of the plan's benefits.
     *
     * @param kind the evidence kind by name
     * @param benefits the codes of the plan's benefits it is linked to
     */
    public record EvidenceEntry(
            String title,
            String kind,
            List<String> benefits,
            String design,
            String result,
            BigDecimal effectSize,
            String effectUnit,
            BigDecimal ciLow,
            BigDecimal ciHigh) {

        public EvidenceEntry {
            benefits = List.copyOf(benefits);
        }
    }

    /**
     * A process with its two diagrams; a diagram not drawn yet is null.
     *
     * @param kind the process kind by name
     */
    public record ProcessEntry(
            String name, String kind, String owner, String description, DiagramEntry asIs, DiagramEntry toBe) {}

    /** A diagram as the server drew it (SVG) and its named steps in order. */
    public record DiagramEntry(String svg, List<String> steps) {

        public DiagramEntry {
            steps = List.copyOf(steps);
        }
    }

    /**
     * The programme's benefit-driven configuration (seed 000 §2.3.1, §2.3.4).
     *
     * @param indicators how many indicators the programme's benefits have
     * @param byMachine how many of them are delivered by machine (by API or FHIR)
     * @param percent byMachine ÷ indicators × 100, to whole percent rounded half up
     * @param notYet the indicators not delivered by machine yet
     * @param optimisations the proposed optimisations, the most valuable first
     */
    public record Configuration(
            List<DecisionEntry> decisions,
            int indicators,
            int byMachine,
            int percent,
            List<GapEntry> notYet,
            List<OptimisationEntry> optimisations) {

        public Configuration {
            decisions = List.copyOf(decisions);
            notYet = List.copyOf(notYet);
            optimisations = List.copyOf(optimisations);
        }
    }

    /**
     * A configuration decision; kinds and stages by name.
     *
     * @param decidedOn null while proposed
     */
    public record DecisionEntry(
            String title,
            String workflow,
            String solutionKind,
            String solution,
            String release,
            String stage,
            LocalDate decidedOn,
            String rationale,
            List<KpiEntry> kpis) {

        public DecisionEntry {
            kpis = List.copyOf(kpis);
        }
    }

    /**
     * A KPI a decision serves and how the solution delivers it.
     *
     * @param indicator the indicator as labelled by its benefit's code and its name
     * @param production how it is produced, by name (NOT_BY_SOLUTION, REPORT, FHIR_MEASURE)
     * @param reference the report's name or the FHIR Measure's canonical URL; empty otherwise
     */
    public record KpiEntry(String indicator, String production, String reference) {}

    /** An indicator not delivered by machine yet, with who answers for it (null when no one) and the promises. */
    public record GapEntry(String benefitCode, String indicator, String owner, List<String> promisedBy) {

        public GapEntry {
            promisedBy = List.copyOf(promisedBy);
        }
    }

    /** A proposed optimisation with the value of the benefits it serves (zero when none is priced), by code. */
    public record OptimisationEntry(String title, String release, BigDecimal value, List<String> benefits) {

        public OptimisationEntry {
            benefits = List.copyOf(benefits);
        }
    }
}
