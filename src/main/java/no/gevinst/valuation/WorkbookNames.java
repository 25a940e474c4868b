package no.gevinst.valuation;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.Name;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The defined names of the valuation workbook: every input and every result is a named cell, so that its formulas
 * read as the rules do ({@code netto_nytte*diskonteringsfaktor}) and a reader can change any input by its name.
 * Names are ASCII, lower case, and shaped so that none can be mistaken for a cell reference.
 */
final class WorkbookNames {

    static final String BASE_YEAR = "basisaar";
    static final String FIRST_YEAR = "forste_aar";
    static final String LAST_YEAR = "siste_aar";
    static final String RATE_1 = "rente_1";
    static final String RATE_1_UNTIL = "rente_1_til_aar";
    static final String RATE_2 = "rente_2";
    static final String RATE_2_UNTIL = "rente_2_til_aar";
    static final String RATE_3 = "rente_3";
    static final String TAX_RATE = "skattefinansiering";
    static final String REAL_GROWTH = "realprisvekst";
    static final String REAL_ADJUSTMENT = "realprisjustering";
    static final String CUT_SHARE = "kuttandel";

    static final String PV_BENEFITS = "nv_nytte";
    static final String PV_COSTS = "nv_kostnader";
    static final String PV_INVESTMENT = "nv_investering";
    static final String PV_TAX = "nv_skattefinansiering";
    static final String NPV = "netto_naverdi";
    static final String RATIO = "nytte_kost";
    static final String PER_KRONE = "nnv_per_investert_krone";
    static final String PAYBACK = "tilbakebetaling_neddiskontert";
    static final String PAYBACK_PLAIN = "tilbakebetaling_udiskontert";
    static final String BUDGET_CUTS = "budsjettkutt";
    static final String CO_FINANCING = "medfinansiering_sum";

    private static final Pattern NAME = Pattern.compile("[A-Za-zÆØÅæøå][A-Za-zÆØÅæøå0-9_]*");

    private WorkbookNames() {}

    /** A formula over assumptions in Excel's terms: each assumption name becomes its named cell. */
    static String excel(String formula) {
        Matcher m = NAME.matcher(formula);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            boolean function = m.end() < formula.length() && formula.charAt(m.end()) == '(';
            m.appendReplacement(out, Matcher.quoteReplacement(function ? m.group() : assumption(m.group())));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** An assumption's cell, prefixed so that a name such as {@code ab12} is not read as a cell. */
    static String assumption(String name) {
        return "f_" + name.toLowerCase(Locale.ROOT);
    }

    /**
     * The row of the n-th benefit's (from 1) cumulative phase-in shares, one cell per year. Rows rather than cells are
     * named: POI looks a name up by scanning all names, and a name per benefit and year made a workbook of a
     * hundred benefits over fifty years take minutes to calculate.
     */
    static String phaseIn(int benefit) {
        return "innfasing_" + benefit;
    }

    /** The row of a kind of cost borne by an actor, one cell per year. */
    static String cost(Cost.Kind kind, Actor actor) {
        return "kostnad_" + kind(kind) + "_" + actor(actor);
    }

    private static String kind(Cost.Kind kind) {
        return switch (kind) {
            case INVESTMENT -> "investering";
            case RUNNING -> "drift";
            case CO_FINANCING -> "medfinansiering";
        };
    }

    private static String actor(Actor actor) {
        return switch (actor) {
            case OWN_ORGANISATION -> "egen";
            case OTHER_STATE -> "stat";
            case HEALTH_TRUSTS -> "hf";
            case MUNICIPALITIES -> "kommune";
            case CITIZENS -> "innbygger";
            case BUSINESS -> "naering";
        };
    }

    /** Names the cells of a row from one column to another (from 0). */
    static void defineRow(XSSFWorkbook workbook, String name, Sheet sheet, int row, int first, int last) {
        Name defined = workbook.createName();
        defined.setNameName(name);
        defined.setRefersToFormula("'" + sheet.getSheetName() + "'!"
                + new CellReference(row, first, true, true).formatAsString(false) + ":"
                + new CellReference(row, last, true, true).formatAsString(false));
    }

    /** Names the cell at a row and column (from 0) of a sheet. */
    static void define(XSSFWorkbook workbook, String name, Sheet sheet, int row, int column) {
        Name defined = workbook.createName();
        defined.setNameName(name);
        defined.setRefersToFormula(
                "'" + sheet.getSheetName() + "'!" + new CellReference(row, column, true, true).formatAsString(false));
    }
}
