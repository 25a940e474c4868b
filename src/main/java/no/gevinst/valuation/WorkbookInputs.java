package no.gevinst.valuation;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The inputs sheet: every number the valuation rests on, each in a named cell — the economic rules of R-109 and the
 * years their discount rates switch, the assumptions (derived ones as formulas over the others), each benefit's
 * phase-in share per year and each cost per year, kind and actor. Nothing else in the workbook is typed in.
 */
final class WorkbookInputs {

    /** The column of the first year in the phase-in and cost tables. */
    static final int FIRST_YEAR_COLUMN = 2;

    private final XSSFWorkbook workbook;
    private final Sheet sheet;
    private final EconomicSettings settings;
    private final WorkbookText text;
    private final WorkbookStyles styles;
    private int next;
    private int firstPhaseInRow;
    private int firstCostRow;

    WorkbookInputs(XSSFWorkbook workbook, EconomicSettings settings, WorkbookText text, WorkbookStyles styles) {
        this.workbook = workbook;
        this.sheet = workbook.createSheet(text.get("sheet.inputs"));
        this.settings = settings;
        this.text = text;
        this.styles = styles;
    }

    void write(AssumptionBook book, List<PricedBenefit> benefits, List<Cost> costs) {
        settings();
        assumptions(book);
        phaseIns(benefits);
        costs(costs);
        sheet.setColumnWidth(0, 62 * 256);
        sheet.setColumnWidth(1, 18 * 256);
        for (int c = FIRST_YEAR_COLUMN; c < FIRST_YEAR_COLUMN + years(); c++) {
            sheet.setColumnWidth(c, 14 * 256);
        }
        sheet.createFreezePane(1, 0);
    }

    private void settings() {
        styles.heading(sheet, next++, text.get("settings"));
        styles.heading(sheet, next++, text.get("col.input"), text.get("col.value"), text.get("col.name"));
        setting("baseYear", WorkbookNames.BASE_YEAR, settings.baseYear(), styles.year);
        setting("firstYear", WorkbookNames.FIRST_YEAR, settings.firstYear(), styles.year);
        setting("lastYear", WorkbookNames.LAST_YEAR, settings.lastYear(), styles.year);
        List<BigDecimal> rates = settings.discountRates();
        setting("rate1", WorkbookNames.RATE_1, rates.get(0).doubleValue(), styles.percent);
        // The years R-109 switches rates are EconomicSettings.discountRate's: after 40 and after 75 years.
        setting("rate1Until", WorkbookNames.RATE_1_UNTIL, 40, styles.year);
        setting("rate2", WorkbookNames.RATE_2, rates.get(1).doubleValue(), styles.percent);
        setting("rate2Until", WorkbookNames.RATE_2_UNTIL, 75, styles.year);
        setting("rate3", WorkbookNames.RATE_3, rates.get(2).doubleValue(), styles.percent);
        setting("taxRate", WorkbookNames.TAX_RATE, settings.taxFinancingRate().doubleValue(), styles.percent);
        setting(
                "realGrowth",
                WorkbookNames.REAL_GROWTH,
                settings.realPriceGrowth().doubleValue(),
                styles.percent);
        Row adjustment = WorkbookStyles.row(sheet, next);
        WorkbookStyles.text(adjustment, 0, text.get("settings.realAdjustment"));
        adjustment.createCell(1).setCellValue(settings.realPriceAdjustment());
        name(adjustment, WorkbookNames.REAL_ADJUSTMENT);
        setting(
                "cutShare",
                WorkbookNames.CUT_SHARE,
                settings.coFinancingCutShare().doubleValue(),
                styles.percent);
        next++;
    }

    private void setting(String key, String name, double value, CellStyle style) {
        Row row = WorkbookStyles.row(sheet, next);
        WorkbookStyles.text(row, 0, text.get("settings." + key));
        styles.value(row, 1, value, style);
        name(row, name);
    }

    /** Names the value in column B of the current row, shows the name beside it, and moves to the next row. */
    private void name(Row row, String name) {
        WorkbookStyles.text(row, 2, name);
        WorkbookNames.define(workbook, name, sheet, row.getRowNum(), 1);
        next++;
    }

    private void assumptions(AssumptionBook book) {
        styles.heading(sheet, next++, text.get("assumptions"));
        styles.heading(
                sheet,
                next++,
                text.get("col.assumption"),
                text.get("col.likely"),
                text.get("col.name"),
                text.get("col.low"),
                text.get("col.high"),
                text.get("col.unit"),
                text.get("col.source"));
        for (Assumption a : book.assumptions().values()) {
            Row row = WorkbookStyles.row(sheet, next);
            WorkbookStyles.text(row, 0, a.name());
            styles.value(row, 1, a.likely().doubleValue(), styles.number);
            styles.value(row, 3, a.low().doubleValue(), styles.number);
            styles.value(row, 4, a.high().doubleValue(), styles.number);
            WorkbookStyles.text(row, 5, a.unit() == null ? "" : a.unit());
            WorkbookStyles.text(
                    row, 6, (a.source() == null ? "" : a.source()) + (a.demoValue() ? " " + text.get("demo") : ""));
            name(row, WorkbookNames.assumption(a.name()));
        }
        for (Map.Entry<String, Formula> derived : book.derived().entrySet()) {
            Row row = WorkbookStyles.row(sheet, next);
            WorkbookStyles.text(row, 0, derived.getKey());
            styles.formula(row, 1, WorkbookNames.excel(derived.getValue().text()), styles.number);
            WorkbookStyles.text(row, 6, text.get("derived", derived.getValue().text()));
            name(row, WorkbookNames.assumption(derived.getKey()));
        }
        next++;
    }

    private void phaseIns(List<PricedBenefit> benefits) {
        styles.heading(sheet, next++, text.get("phaseIn"));
        yearHeading(text.get("col.benefit"), text.get("col.name"));
        firstPhaseInRow = next;
        for (int i = 0; i < benefits.size(); i++) {
            PricedBenefit b = benefits.get(i);
            Row row = WorkbookStyles.row(sheet, next++);
            WorkbookStyles.text(row, 0, b.name());
            WorkbookStyles.text(row, 1, WorkbookNames.phaseIn(i + 1));
            for (int year = settings.firstYear(); year <= settings.lastYear(); year++) {
                styles.value(row, column(year), b.phaseIn().fraction(year).doubleValue(), styles.percent);
            }
            WorkbookNames.defineRow(
                    workbook,
                    WorkbookNames.phaseIn(i + 1),
                    sheet,
                    row.getRowNum(),
                    column(settings.firstYear()),
                    column(settings.lastYear()));
        }
        next++;
    }

    private void costs(List<Cost> costs) {
        styles.heading(sheet, next++, text.get("costs"));
        yearHeading(text.get("col.kindAndActor"), text.get("col.name"));
        firstCostRow = next;
        for (Cost.Kind kind : Cost.Kind.values()) {
            for (Actor actor : Actor.values()) {
                Row row = WorkbookStyles.row(sheet, next++);
                WorkbookStyles.text(row, 0, text.costKind(kind) + " – " + text.actor(actor));
                WorkbookStyles.text(row, 1, WorkbookNames.cost(kind, actor));
                for (int year = settings.firstYear(); year <= settings.lastYear(); year++) {
                    int y = year;
                    BigDecimal amount = costs.stream()
                            .filter(c -> c.kind() == kind && c.actor() == actor && c.year() == y)
                            .map(Cost::amount)
                            .reduce(BigDecimal.ZERO, BigDecimal::add);
                    styles.value(row, column(year), amount.doubleValue(), styles.kroner);
                }
                WorkbookNames.defineRow(
                        workbook,
                        WorkbookNames.cost(kind, actor),
                        sheet,
                        row.getRowNum(),
                        column(settings.firstYear()),
                        column(settings.lastYear()));
            }
        }
    }

    /** The cell of the n-th benefit's (from 1) phase-in share in a year, in its named row. */
    String phaseInCell(int benefit, int year) {
        return cell(firstPhaseInRow + benefit - 1, year);
    }

    /** The cell of a cost in a year, in its named row. */
    String costCell(Cost.Kind kind, Actor actor, int year) {
        return cell(firstCostRow + kind.ordinal() * Actor.values().length + actor.ordinal(), year);
    }

    private String cell(int row, int year) {
        return "'" + sheet.getSheetName() + "'!"
                + new CellReference(row, column(year), true, true).formatAsString(false);
    }

    private void yearHeading(String first, String second) {
        Row heading = styles.heading(sheet, next++, first, second);
        for (int year = settings.firstYear(); year <= settings.lastYear(); year++) {
            styles.value(heading, column(year), year, styles.year).setCellStyle(styles.bold);
        }
    }

    private int column(int year) {
        return FIRST_YEAR_COLUMN + year - settings.firstYear();
    }

    private int years() {
        return settings.lastYear() - settings.firstYear() + 1;
    }
}
