package no.gevinst.shared;

import java.util.Map;
import java.util.Set;

/**
 * How long each kind of text may be, in characters, in one place: the edge checks every form field, API field and
 * file column against these, and migration V19 bounds the columns with the same numbers, so that nothing can store
 * a text that the register's exports (a spreadsheet cell holds 32 767) or the pages cannot show.
 */
public final class TextLimits {

    /** Names, titles, labels, codes, units, references: one line. */
    public static final int LINE = 300;

    /** Descriptions, comments, reasons, methods: a few paragraphs. This is also the limit of unnamed fields. */
    public static final int PARAGRAPHS = 4_000;

    /** The long prose of a plan's sections and of a change's description. */
    public static final int PROSE = 20_000;

    /** A valuation formula; longer ones are no longer readable, and cost more to evaluate than they are worth. */
    public static final int FORMULA = 1_000;

    /** A web address. */
    public static final int URL = 2_000;

    /** The plausible years of a valuation, its costs and phase-in; years outside are typing mistakes. */
    public static final int FIRST_YEAR = 1900;

    public static final int LAST_YEAR = 2200;

    /** The most characters a BPMN diagram's XML may have (issue 19); 1 MiB, as its parser bounds its bytes. */
    public static final int BPMN = 1_048_576;

    /**
     * The largest magnitude a measured or target value may have: the columns hold 14 digits before the decimal
     * point ({@code numeric(18,4)}).
     */
    public static final java.math.BigDecimal MAX_VALUE = new java.math.BigDecimal("1e14");

    private static final Set<String> LINES = Set.of(
            "name",
            "title",
            "label",
            "code",
            "unit",
            "unitOfMeasure",
            "subUnit",
            "scopeUnit",
            "units",
            "release",
            "email",
            "role",
            "owner",
            "measuredBy",
            "onBehalfOf",
            "reference",
            "q");

    private static final Set<String> PROSE_FIELDS = Set.of(
            "background",
            "goalsAndProducts",
            "responsibilities",
            "measuresAndRisks",
            "nonPricedFollowUp",
            "reportingSchedule",
            "today",
            "future",
            "process",
            "technology",
            "organisation",
            "organisationalBarriers",
            "financialBarriers",
            "barrierRemoval");

    private static final Map<String, Integer> OTHERS = Map.of(
            "formula",
            FORMULA,
            "parameters",
            FORMULA,
            "canonicalUrl",
            URL,
            "evidenceLinks",
            URL,
            // A BPMN 2.0 diagram as XML (issue 19, processes); its parser bounds it in bytes as well.
            "bpmn",
            BPMN);

    private TextLimits() {}

    // Compiled once: the measurement intake asks for every text of every row (issue 15).
    private static final java.util.regex.Pattern INDEX = java.util.regex.Pattern.compile("\\[\\d*]");

    /**
     * The limit of a field as a request names it: {@code title}, {@code sections.background},
     * {@code allocations[2].organisation} or {@code parameters.hours} are each judged by the name that says what
     * they hold.
     */
    public static int of(String field) {
        String path = field == null ? "" : field;
        for (String part : path.split("\\.")) {
            String name = INDEX.matcher(part).replaceAll("");
            if (OTHERS.containsKey(name)) {
                return OTHERS.get(name);
            }
        }
        String last = INDEX.matcher(path.substring(path.lastIndexOf('.') + 1)).replaceAll("");
        if (LINES.contains(last)) {
            return LINE;
        }
        if (PROSE_FIELDS.contains(last)) {
            return PROSE;
        }
        return PARAGRAPHS;
    }
}
