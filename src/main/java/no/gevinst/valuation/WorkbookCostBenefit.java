package no.gevinst.valuation;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Nytte-kost: one row per year with the engine's yearly lines as formulas — benefits and costs linked from the
 * other sheets, the net effect on public budgets and its tax financing line (a cost when public budgets rise, a gain
 * when they fall), the net, R-109's discount factor from the named rates and the years they switch, the present
 * values, the running totals that payback is read from, and the budget cuts of co-financing with their basis.
 */
final class WorkbookCostBenefit {

    static final int YEAR = 0;
    static final int IN_PERIOD = 1;
    static final int BENEFITS = 2;
    static final int INVESTMENT = 3;
    static final int RUNNING = 4;
    static final int PUBLIC_COSTS = 5;
    static final int PUBLIC_CASH = 6;
    static final int BUDGET_EFFECT = 7;
    static final int TAX = 8;
    static final int NET = 9;
    static final int FACTOR = 10;
    static final int PV_BENEFITS = 11;
    static final int PV_COSTS = 12;
    static final int PV_TAX = 13;
    static final int PV_NET = 14;
    static final int CUMULATIVE = 15;
    static final int CUMULATIVE_PV = 16;
    static final int CO_FINANCING = 17;
    static final int INTERNAL_GAIN = 18;
    static final int BUDGET_CUT = 19;
    static final int BEHIND = 20;
    static final int BEHIND_PV = 21;

    private static final String[] HEADINGS = {
        "year", "inPeriod", "benefits", "investment", "running", "publicCosts", "publicCash", "budgetEffect", "tax",
        "net", "factor", "pvBenefits", "pvCosts", "pvTax", "pvNet", "cumulative", "cumulativePv", "coFinancing",
        "internalGain", "budgetCut", "behind", "behindPv"
    };

    private final Sheet sheet;
    private final EconomicSettings settings;
    private final WorkbookText text;
    private final WorkbookStyles styles;

    WorkbookCostBenefit(XSSFWorkbook workbook, EconomicSettings settings, WorkbookText text, WorkbookStyles styles) {
        this.sheet = workbook.createSheet(text.get("sheet.costBenefit"));
        this.settings = settings;
        this.text = text;
        this.styles = styles;
    }

    String name() {
        return sheet.getSheetName();
    }

    void write(WorkbookBenefits benefits, WorkbookInvestments investments, java.util.Set<Actor> receivers) {
        String[] titles = new String[HEADINGS.length];
        for (int i = 0; i < titles.length; i++) {
            titles[i] = text.get("cb." + HEADINGS[i]);
        }
        styles.heading(sheet, 0, titles).setHeightInPoints(64);
        for (int year = settings.firstYear(); year <= settings.lastYear(); year++) {
            year(year, benefits, investments, receivers);
        }
        total();
        sheet.setColumnWidth(YEAR, 8 * 256);
        for (int c = IN_PERIOD; c < HEADINGS.length; c++) {
            sheet.setColumnWidth(c, 17 * 256);
        }
        sheet.createFreezePane(1, 1);
    }

    private void year(
            int year, WorkbookBenefits benefits, WorkbookInvestments investments, java.util.Set<Actor> receivers) {
        int n = year - settings.firstYear() + 2;
        Row row = WorkbookStyles.row(sheet, n - 1);
        styles.value(row, YEAR, year, styles.year);
        styles.formula(
                row,
                IN_PERIOD,
                "IF(AND(A" + n + ">=" + WorkbookNames.FIRST_YEAR + ",A" + n + "<=" + WorkbookNames.LAST_YEAR + "),1,0)",
                styles.year);
        String in = "B" + n + "*";
        kroner(row, BENEFITS, in + benefits.benefitsCell(year));
        kroner(row, INVESTMENT, in + investments.sumCell(year, Cost.Kind.INVESTMENT));
        kroner(row, RUNNING, in + investments.sumCell(year, Cost.Kind.RUNNING));
        kroner(
                row,
                PUBLIC_COSTS,
                in + "(" + investments.publicCell(year, Cost.Kind.INVESTMENT) + "+"
                        + investments.publicCell(year, Cost.Kind.RUNNING) + ")");
        kroner(row, PUBLIC_CASH, in + benefits.publicCashCell(year));
        netAndPresentValues(row, n);
        budgetCut(row, n, year, benefits, investments, receivers);
    }

    /** The year's budget effect, tax financing, net, discounting and running sums: formulas of the row alone. */
    private void netAndPresentValues(Row row, int n) {
        kroner(row, BUDGET_EFFECT, "F" + n + "-G" + n);
        kroner(row, TAX, "H" + n + "*" + WorkbookNames.TAX_RATE);
        kroner(row, NET, "C" + n + "-D" + n + "-E" + n + "-I" + n);
        styles.formula(row, FACTOR, discountFactor("A" + n), styles.factor);
        kroner(row, PV_BENEFITS, "C" + n + "*K" + n);
        kroner(row, PV_COSTS, "(D" + n + "+E" + n + ")*K" + n);
        kroner(row, PV_TAX, "I" + n + "*K" + n);
        kroner(row, PV_NET, "J" + n + "*K" + n);
        kroner(row, CUMULATIVE, "SUM(J$2:J" + n + ")");
        kroner(row, CUMULATIVE_PV, "SUM(O$2:O" + n + ")");
    }

    /** The co-financing received, the internal gain of its receivers and the budget cut taken from it. */
    private void budgetCut(
            Row row,
            int n,
            int year,
            WorkbookBenefits benefits,
            WorkbookInvestments investments,
            java.util.Set<Actor> receivers) {
        String in = "B" + n + "*";
        kroner(row, CO_FINANCING, in + investments.sumCell(year, Cost.Kind.CO_FINANCING));
        kroner(
                row,
                INTERNAL_GAIN,
                in + "MAX(0," + benefits.receivedCashCell(year) + receiversRunning(year, investments, receivers) + ")");
        kroner(
                row,
                BUDGET_CUT,
                // Only a programme with co-financing owes budget cuts: the co-financing received over the period,
                // in the total row below.
                "IF($R$" + (lastRow() + 2) + ">0," + WorkbookNames.CUT_SHARE + "*S" + n + ",0)");
        styles.formula(row, BEHIND, "IF(P" + n + "<0,A" + n + ",0)", styles.year);
        styles.formula(row, BEHIND_PV, "IF(Q" + n + "<0,A" + n + ",0)", styles.year);
    }

    /** Minus the running costs of each actor that receives co-financing, in the year. */
    private static String receiversRunning(int year, WorkbookInvestments investments, java.util.Set<Actor> receivers) {
        StringBuilder terms = new StringBuilder();
        receivers.forEach(a -> terms.append('-').append(investments.actorCell(year, Cost.Kind.RUNNING, a)));
        return terms.toString();
    }

    /**
     * R-109's declining rates as one formula of the years t since the base year: rate 1 up to its last year, rate 2
     * up to its, rate 3 after; as {@link EconomicSettings#discountFactor}, also for years before the base year.
     */
    private static String discountFactor(String yearCell) {
        String t = "(" + yearCell + "-" + WorkbookNames.BASE_YEAR + ")";
        return "1/((1+" + WorkbookNames.RATE_1 + ")^MIN(" + t + "," + WorkbookNames.RATE_1_UNTIL + ")*(1+"
                + WorkbookNames.RATE_2 + ")^MAX(0,MIN(" + t + "," + WorkbookNames.RATE_2_UNTIL + ")-"
                + WorkbookNames.RATE_1_UNTIL + ")*(1+" + WorkbookNames.RATE_3 + ")^MAX(0," + t + "-"
                + WorkbookNames.RATE_2_UNTIL + "))";
    }

    /** The sums over the years: undiscounted or present values, as each column's heading says. */
    private void total() {
        int last = lastRow();
        Row row = WorkbookStyles.row(sheet, last + 1);
        WorkbookStyles.text(row, YEAR, text.get("cb.total")).setCellStyle(styles.bold);
        int[] summed = {
            BENEFITS,
            INVESTMENT,
            RUNNING,
            PUBLIC_COSTS,
            PUBLIC_CASH,
            BUDGET_EFFECT,
            TAX,
            NET,
            PV_BENEFITS,
            PV_COSTS,
            PV_TAX,
            PV_NET,
            CO_FINANCING,
            INTERNAL_GAIN,
            BUDGET_CUT
        };
        for (int c : summed) {
            kroner(row, c, "SUM(" + range(c) + ")");
        }
    }

    /** The column's yearly cells, for the results. */
    String range(int column) {
        String letter = CellReference.convertNumToColString(column);
        return "'" + name() + "'!" + letter + "$2:" + letter + "$" + lastRow();
    }

    /** The column's cell in the last year of the table. */
    String lastCell(int column) {
        return "'" + name() + "'!" + CellReference.convertNumToColString(column) + "$" + lastRow();
    }

    /** The row number (from 1) of the last year. */
    int lastRow() {
        return settings.lastYear() - settings.firstYear() + 2;
    }

    private void kroner(Row row, int column, String formula) {
        styles.formula(row, column, formula, styles.kroner);
    }
}
