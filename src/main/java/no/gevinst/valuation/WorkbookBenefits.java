package no.gevinst.valuation;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import no.gevinst.benefit.BenefitClass;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Prissatte nyttevirkninger: each benefit's full effect as a formula over the assumptions, and its value in each
 * year = full effect × the year's phase-in share (× the real price factor for time values), as the engine computes
 * it; below, the yearly sums the cost-benefit sheet takes: all benefits, the cash released in public budgets (the
 * basis of the tax financing effect) and the cash released in the own organisation (the basis of budget cuts).
 */
final class WorkbookBenefits {

    static final int FIRST_YEAR_COLUMN = 4;
    private static final int REAL_PRICE_ROW = 1;
    private static final int FIRST_BENEFIT_ROW = 2;

    private final Sheet sheet;
    private final EconomicSettings settings;
    private final WorkbookText text;
    private final WorkbookStyles styles;
    private int sumRow;

    WorkbookBenefits(XSSFWorkbook workbook, EconomicSettings settings, WorkbookText text, WorkbookStyles styles) {
        this.sheet = workbook.createSheet(text.get("sheet.benefits"));
        this.settings = settings;
        this.text = text;
        this.styles = styles;
    }

    void write(List<PricedBenefit> benefits, WorkbookInputs inputs, java.util.Set<Actor> receivers) {
        headingAndRealPrice();
        for (int i = 0; i < benefits.size(); i++) {
            benefit(i, benefits.get(i), inputs);
        }
        sumRow = FIRST_BENEFIT_ROW + benefits.size() + 1;
        sum(benefits, sumRow, "benefitsSum", b -> true);
        sum(
                benefits,
                sumRow + 1,
                "publicCash",
                b -> b.benefitClass() == BenefitClass.CASH_RELEASING
                        && b.actor().publicSector());
        sum(
                benefits,
                sumRow + 2,
                "receivedCash",
                b -> b.benefitClass() == BenefitClass.CASH_RELEASING && receivers.contains(b.actor()));
        sheet.setColumnWidth(0, 50 * 256);
        sheet.setColumnWidth(1, 30 * 256);
        sheet.setColumnWidth(2, 22 * 256);
        sheet.setColumnWidth(3, 18 * 256);
        for (int year = settings.firstYear(); year <= settings.lastYear(); year++) {
            sheet.setColumnWidth(column(year), 15 * 256);
        }
        sheet.createFreezePane(FIRST_YEAR_COLUMN, 1);
    }

    /** The heading row with the years, and the row of each year's real price factor for time values. */
    private void headingAndRealPrice() {
        Row heading = styles.heading(
                sheet,
                0,
                text.get("col.benefit"),
                text.get("col.class"),
                text.get("col.actor"),
                text.get("col.fullEffect"));
        Row realPrice = WorkbookStyles.row(sheet, REAL_PRICE_ROW);
        WorkbookStyles.text(realPrice, 0, text.get("realPriceFactor"));
        for (int year = settings.firstYear(); year <= settings.lastYear(); year++) {
            styles.value(heading, column(year), year, styles.year).setCellStyle(styles.bold);
            styles.formula(
                    realPrice,
                    column(year),
                    "IF(" + WorkbookNames.REAL_ADJUSTMENT + ",(1+" + WorkbookNames.REAL_GROWTH + ")^(" + yearCell(year)
                            + "-" + WorkbookNames.BASE_YEAR + "),1)",
                    styles.factor);
        }
    }

    private void benefit(int index, PricedBenefit b, WorkbookInputs inputs) {
        int rowIndex = FIRST_BENEFIT_ROW + index;
        Row row = WorkbookStyles.row(sheet, rowIndex);
        WorkbookStyles.text(row, 0, b.name());
        WorkbookStyles.text(row, 1, text.benefitClass(b.benefitClass()));
        WorkbookStyles.text(row, 2, text.actor(b.actor()));
        styles.formula(row, 3, fullEffect(b.model()), styles.kroner);
        String full = "$D$" + (rowIndex + 1);
        boolean timeValue = b.model() instanceof CalculationModel.TimeSaving;
        for (int year = settings.firstYear(); year <= settings.lastYear(); year++) {
            String column = CellReference.convertNumToColString(column(year));
            String price = timeValue ? "*" + column + "$" + (REAL_PRICE_ROW + 1) : "";
            styles.formula(row, column(year), full + "*" + inputs.phaseInCell(index + 1, year) + price, styles.kroner);
        }
    }

    private void sum(List<PricedBenefit> benefits, int rowIndex, String label, Predicate<PricedBenefit> which) {
        Row row = WorkbookStyles.row(sheet, rowIndex);
        WorkbookStyles.text(row, 0, text.get(label)).setCellStyle(styles.bold);
        for (int year = settings.firstYear(); year <= settings.lastYear(); year++) {
            String column = CellReference.convertNumToColString(column(year));
            List<String> cells = new ArrayList<>();
            for (int i = 0; i < benefits.size(); i++) {
                if (which.test(benefits.get(i))) {
                    cells.add(column + (FIRST_BENEFIT_ROW + i + 1));
                }
            }
            String formula = cells.isEmpty() ? "0" : String.join("+", cells);
            if (cells.size() == benefits.size() && !cells.isEmpty()) {
                // All of them: a range, which stays within Excel's formula length however many benefits there are.
                formula = "SUM(" + cells.getFirst() + ":" + cells.getLast() + ")";
            }
            styles.formula(row, column(year), formula, styles.kroner);
        }
    }

    /** The cell of a yearly sum, as the cost-benefit sheet refers to it. */
    String benefitsCell(int year) {
        return cell(sumRow, year);
    }

    String publicCashCell(int year) {
        return cell(sumRow + 1, year);
    }

    /** Cash-releasing benefits of the actors that receive co-financing: with their running costs, the cuts' basis. */
    String receivedCashCell(int year) {
        return cell(sumRow + 2, year);
    }

    private String cell(int rowIndex, int year) {
        return "'" + sheet.getSheetName() + "'!" + CellReference.convertNumToColString(column(year)) + (rowIndex + 1);
    }

    private String yearCell(int year) {
        return CellReference.convertNumToColString(column(year)) + "$1";
    }

    private int column(int year) {
        return FIRST_YEAR_COLUMN + year - settings.firstYear();
    }

    private static String fullEffect(CalculationModel model) {
        return switch (model) {
            case CalculationModel.TimeSaving t ->
                "(" + excel(t.persons()) + ")*(" + excel(t.minutesPerPeriod()) + ")*(" + excel(t.periodsPerYear())
                        + ")/60*(" + excel(t.hourlyCost()) + ")";
            case CalculationModel.AvoidedTasks a -> "(" + excel(a.count()) + ")*(" + excel(a.costPerTask()) + ")";
            case CalculationModel.ReducedConsumption c ->
                "(" + excel(c.quantity()) + ")*(" + excel(c.unitPrice()) + ")";
            case CalculationModel.RenegotiatedContract c ->
                "(" + excel(c.oldPrice()) + ")-(" + excel(c.newPrice()) + ")";
            case CalculationModel.AvoidedYearlyCost c -> "(" + excel(c.amount()) + ")";
            case CalculationModel.FormulaModel f -> "(" + excel(f.formula()) + ")";
        };
    }

    private static String excel(Formula formula) {
        return WorkbookNames.excel(formula.text());
    }
}
