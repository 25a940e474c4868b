package no.gevinst.valuation;

import static no.gevinst.valuation.WorkbookCostBenefit.BEHIND;
import static no.gevinst.valuation.WorkbookCostBenefit.BEHIND_PV;
import static no.gevinst.valuation.WorkbookCostBenefit.BUDGET_CUT;
import static no.gevinst.valuation.WorkbookCostBenefit.CO_FINANCING;
import static no.gevinst.valuation.WorkbookCostBenefit.CUMULATIVE;
import static no.gevinst.valuation.WorkbookCostBenefit.CUMULATIVE_PV;
import static no.gevinst.valuation.WorkbookCostBenefit.FACTOR;
import static no.gevinst.valuation.WorkbookCostBenefit.INVESTMENT;
import static no.gevinst.valuation.WorkbookCostBenefit.PV_BENEFITS;
import static no.gevinst.valuation.WorkbookCostBenefit.PV_COSTS;
import static no.gevinst.valuation.WorkbookCostBenefit.PV_NET;
import static no.gevinst.valuation.WorkbookCostBenefit.PV_TAX;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Resultater: the economic results, each a named formula over the cost-benefit sheet, with its definition in its
 * label. Present values of benefits and of costs are sums of non-negative yearly values, so never negative; the tax
 * financing effect is its own line. Benefit/cost, NPV per invested krone and the two paybacks are defined here from
 * the yearly lines (see each label and comment), so that they can be checked against the engine's yearly figures.
 */
final class WorkbookResults {

    private static final int LABEL_WIDTH = 75;

    private final XSSFWorkbook workbook;
    private final Sheet sheet;
    private final WorkbookText text;
    private final WorkbookStyles styles;
    private int next;

    WorkbookResults(XSSFWorkbook workbook, WorkbookText text, WorkbookStyles styles) {
        this.workbook = workbook;
        this.sheet = workbook.createSheet(text.get("sheet.results"));
        this.text = text;
        this.styles = styles;
    }

    String name() {
        return sheet.getSheetName();
    }

    void write(WorkbookCostBenefit table) {
        styles.heading(sheet, next++, text.get("results"));
        WorkbookStyles.text(WorkbookStyles.row(sheet, next++), 0, text.get("results.howTo"));
        next++;
        result("pvBenefits", WorkbookNames.PV_BENEFITS, "SUM(" + table.range(PV_BENEFITS) + ")", styles.kroner);
        result("pvCosts", WorkbookNames.PV_COSTS, "SUM(" + table.range(PV_COSTS) + ")", styles.kroner);
        result("pvTax", WorkbookNames.PV_TAX, "SUM(" + table.range(PV_TAX) + ")", styles.kroner);
        result("npv", WorkbookNames.NPV, "SUM(" + table.range(PV_NET) + ")", styles.kroner);
        result(
                "pvInvestment",
                WorkbookNames.PV_INVESTMENT,
                "SUMPRODUCT(" + table.range(INVESTMENT) + "," + table.range(FACTOR) + ")",
                styles.kroner);
        ratios(table);
        result("coFinancing", WorkbookNames.CO_FINANCING, "SUM(" + table.range(CO_FINANCING) + ")", styles.kroner);
        comment(result("budgetCuts", WorkbookNames.BUDGET_CUTS, "SUM(" + table.range(BUDGET_CUT) + ")", styles.kroner));
        sheet.setColumnWidth(0, LABEL_WIDTH * 256);
        // Printed, the labels and their values share one page's width.
        sheet.setFitToPage(true);
        sheet.getPrintSetup().setFitWidth((short) 1);
        sheet.getPrintSetup().setFitHeight((short) 0);
        sheet.setColumnWidth(1, 20 * 256);
        sheet.setColumnWidth(2, 30 * 256);
    }

    /** Benefit/cost, NPV per invested krone and the two payback years: each "none" where it is undefined. */
    private void ratios(WorkbookCostBenefit table) {
        String none = "\"" + text.get("none") + "\"";
        String taxCost = "MAX(0," + WorkbookNames.PV_TAX + ")";
        String taxGain = "MAX(0,-" + WorkbookNames.PV_TAX + ")";
        comment(result(
                "ratio",
                WorkbookNames.RATIO,
                "IF(" + WorkbookNames.PV_COSTS + "+" + taxCost + "=0," + none + ",(" + WorkbookNames.PV_BENEFITS + "+"
                        + taxGain + ")/(" + WorkbookNames.PV_COSTS + "+" + taxCost + "))",
                styles.ratio));
        comment(result(
                "perKrone",
                WorkbookNames.PER_KRONE,
                "IF(" + WorkbookNames.PV_INVESTMENT + "=0," + none + "," + WorkbookNames.NPV + "/"
                        + WorkbookNames.PV_INVESTMENT + ")",
                styles.ratio));
        comment(result("payback", WorkbookNames.PAYBACK, payback(table, BEHIND_PV, CUMULATIVE_PV, none), styles.year));
        comment(result(
                "paybackPlain", WorkbookNames.PAYBACK_PLAIN, payback(table, BEHIND, CUMULATIVE, none), styles.year));
    }

    /**
     * The year after the last year whose running total is negative, when the total ends non-negative; none when it
     * was never negative (nothing to pay back) or is negative at the end (not paid back within the period).
     */
    private static String payback(WorkbookCostBenefit table, int behind, int cumulative, String none) {
        String lastBehind = "MAX(" + table.range(behind) + ")";
        return "IF(OR(" + lastBehind + "=0," + table.lastCell(cumulative) + "<0)," + none + "," + lastBehind + "+1)";
    }

    private Cell result(String key, String name, String formula, CellStyle style) {
        Row row = WorkbookStyles.row(sheet, next++);
        String label = text.get("r." + key);
        WorkbookStyles.text(row, 0, label).setCellStyle(styles.wrapped);
        // Rows do not grow by themselves in every spreadsheet: a definition that wraps gets the lines it needs.
        row.setHeightInPoints(sheet.getDefaultRowHeightInPoints() * (1 + label.length() / LABEL_WIDTH));
        Cell cell = styles.formula(row, 1, formula, style);
        WorkbookStyles.text(row, 2, name);
        WorkbookNames.define(workbook, name, sheet, row.getRowNum(), 1);
        return cell;
    }

    /** A figure the rules leave to the workbook: its definition and why, beside its value. */
    private void comment(Cell cell) {
        String label = cell.getRow().getCell(0).getStringCellValue();
        styles.comment(cell, label + "\n\n" + text.get("results.defined"));
    }
}
