package no.gevinst.valuation;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import no.gevinst.benefit.BenefitClass;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Name;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The valuation as a workbook with live formulas, in the shape of Digdir's template for benefit calculations: the
 * assumptions (each a named cell), the priced benefits per year (prissatte nyttevirkninger) and the cost-benefit
 * table (nytte-kost) down to the net present value. Recalculated by any spreadsheet, it gives the app's figures.
 */
public final class ValuationWorkbook {

    static final String ASSUMPTIONS = "Forutsetninger";
    static final String BENEFITS = "Prissatte nyttevirkninger";
    static final String COST_BENEFIT = "Nytte-kost";
    static final String INVESTMENTS = "Investeringsanalyse";
    /** The cell of the net present value on the cost-benefit sheet, for readers and tests. */
    public static final String NPV_LABEL = "Netto nåverdi";

    private static final Pattern NAME = Pattern.compile("[A-Za-zÆØÅæøå][A-Za-zÆØÅæøå0-9_]*");
    private static final int FIRST_YEAR_COLUMN = 4;

    private ValuationWorkbook() {}

    public static void write(
            AssumptionBook book,
            EconomicSettings settings,
            List<PricedBenefit> benefits,
            List<Cost> costs,
            OutputStream out) {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            CellStyle bold = bold(workbook);
            assumptions(workbook, book, bold);
            int benefitRows = benefits(workbook, settings, benefits, bold);
            costBenefit(workbook, settings, benefits, costs, benefitRows, bold);
            investments(workbook, settings, costs, bold);
            workbook.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void assumptions(XSSFWorkbook workbook, AssumptionBook book, CellStyle bold) {
        Sheet sheet = workbook.createSheet(ASSUMPTIONS);
        heading(sheet, bold, "Navn", "Verdi (mest sannsynlig)", "Lav", "Høy", "Enhet", "Kilde");
        int r = 1;
        for (Assumption a : book.assumptions().values()) {
            Row row = sheet.createRow(r);
            row.createCell(0).setCellValue(a.name());
            row.createCell(1).setCellValue(a.likely().doubleValue());
            row.createCell(2).setCellValue(a.low().doubleValue());
            row.createCell(3).setCellValue(a.high().doubleValue());
            row.createCell(4).setCellValue(a.unit() == null ? "" : a.unit());
            row.createCell(5)
                    .setCellValue((a.source() == null ? "" : a.source()) + (a.demoValue() ? " (demoverdi)" : ""));
            name(workbook, a.name(), r);
            r++;
        }
        for (Map.Entry<String, Formula> derived : book.derived().entrySet()) {
            Row row = sheet.createRow(r);
            row.createCell(0).setCellValue(derived.getKey());
            row.createCell(1).setCellFormula(excel(derived.getValue().text()));
            row.createCell(5).setCellValue("Avledet: " + derived.getValue().text());
            name(workbook, derived.getKey(), r);
            r++;
        }
        sheet.setColumnWidth(0, 28 * 256);
        sheet.setColumnWidth(1, 22 * 256);
        sheet.setColumnWidth(5, 60 * 256);
    }

    /** One row per benefit: its full-effect formula, then its value in each year. Answers the number of rows. */
    private static int benefits(
            XSSFWorkbook workbook, EconomicSettings settings, List<PricedBenefit> benefits, CellStyle bold) {
        Sheet sheet = workbook.createSheet(BENEFITS);
        Row heading = heading(sheet, bold, "Gevinst", "Klasse", "Aktør", "Full effekt (kr/år)");
        for (int year = settings.firstYear(); year <= settings.lastYear(); year++) {
            Cell cell = heading.createCell(FIRST_YEAR_COLUMN + year - settings.firstYear());
            cell.setCellValue(year);
            cell.setCellStyle(bold);
        }
        for (int i = 0; i < benefits.size(); i++) {
            PricedBenefit b = benefits.get(i);
            Row row = sheet.createRow(i + 1);
            row.createCell(0).setCellValue(b.name());
            row.createCell(1).setCellValue(b.benefitClass().name());
            row.createCell(2).setCellValue(b.actor().name());
            row.createCell(3).setCellFormula(fullEffect(b.model()));
            String full = "$D$" + (i + 2);
            boolean timeValue = b.model() instanceof CalculationModel.TimeSaving;
            for (int year = settings.firstYear(); year <= settings.lastYear(); year++) {
                BigDecimal share = b.phaseIn().fraction(year);
                BigDecimal price = timeValue ? settings.realPriceFactor(year) : BigDecimal.ONE;
                row.createCell(FIRST_YEAR_COLUMN + year - settings.firstYear())
                        .setCellFormula(full + "*" + share.toPlainString() + "*" + price.toPlainString());
            }
        }
        sheet.setColumnWidth(0, 50 * 256);
        sheet.setColumnWidth(3, 20 * 256);
        return benefits.size();
    }

    private static void costBenefit(
            XSSFWorkbook workbook,
            EconomicSettings settings,
            List<PricedBenefit> benefits,
            List<Cost> costs,
            int benefitRows,
            CellStyle bold) {
        Sheet sheet = workbook.createSheet(COST_BENEFIT);
        heading(
                sheet,
                bold,
                "År",
                "Nytte",
                "Investering",
                "Drift",
                "Kostnader i offentlig sektor",
                "Frigjort budsjett i offentlig sektor",
                "Netto budsjettvirkning",
                "Skattefinansieringskostnad",
                "Netto nytte",
                "Diskonteringsfaktor",
                "Nåverdi");
        int r = 1;
        for (int year = settings.firstYear(); year <= settings.lastYear(); year++, r++) {
            int excelRow = r + 1;
            String column = CellReference.convertNumToColString(FIRST_YEAR_COLUMN + year - settings.firstYear());
            Row row = sheet.createRow(r);
            row.createCell(0).setCellValue(year);
            row.createCell(1)
                    .setCellFormula(
                            benefitRows == 0
                                    ? "0"
                                    : "SUM('" + BENEFITS + "'!" + column + "2:" + column + (benefitRows + 1) + ")");
            row.createCell(2)
                    .setCellValue(sum(costs, year, Cost.Kind.INVESTMENT, false).doubleValue());
            row.createCell(3)
                    .setCellValue(sum(costs, year, Cost.Kind.RUNNING, false).doubleValue());
            row.createCell(4).setCellValue(sum(costs, year, null, true).doubleValue());
            row.createCell(5).setCellFormula(publicCash(benefits, column));
            row.createCell(6).setCellFormula("E" + excelRow + "-F" + excelRow);
            row.createCell(7)
                    .setCellFormula(
                            "G" + excelRow + "*" + settings.taxFinancingRate().toPlainString());
            row.createCell(8).setCellFormula("B" + excelRow + "-C" + excelRow + "-D" + excelRow + "-H" + excelRow);
            row.createCell(9).setCellFormula(discountFactor(settings, "A" + excelRow));
            row.createCell(10).setCellFormula("I" + excelRow + "*J" + excelRow);
        }
        Row total = sheet.createRow(r + 1);
        Cell label = total.createCell(9);
        label.setCellValue(NPV_LABEL);
        label.setCellStyle(bold);
        total.createCell(10).setCellFormula("SUM(K2:K" + r + ")");
        for (int c = 0; c <= 10; c++) {
            sheet.setColumnWidth(c, 18 * 256);
        }
    }

    /** Investeringsanalyse: investment, running costs and co-financing per year and actor, with totals. */
    private static void investments(
            XSSFWorkbook workbook, EconomicSettings settings, List<Cost> costs, CellStyle bold) {
        Sheet sheet = workbook.createSheet(INVESTMENTS);
        Actor[] actors = Actor.values();
        Row heading = heading(sheet, bold, "År", "Type");
        for (int a = 0; a < actors.length; a++) {
            Cell cell = heading.createCell(2 + a);
            cell.setCellValue(actors[a].name());
            cell.setCellStyle(bold);
        }
        Cell totalHeading = heading.createCell(2 + actors.length);
        totalHeading.setCellValue("Sum");
        totalHeading.setCellStyle(bold);
        int r = 1;
        for (int year = settings.firstYear(); year <= settings.lastYear(); year++) {
            for (Cost.Kind kind : Cost.Kind.values()) {
                Row row = sheet.createRow(r++);
                row.createCell(0).setCellValue(year);
                row.createCell(1).setCellValue(kind.name());
                for (int a = 0; a < actors.length; a++) {
                    Actor actor = actors[a];
                    int y = year;
                    row.createCell(2 + a)
                            .setCellValue(costs.stream()
                                    .filter(c -> c.year() == y && c.kind() == kind && c.actor() == actor)
                                    .map(Cost::amount)
                                    .reduce(BigDecimal.ZERO, BigDecimal::add)
                                    .doubleValue());
                }
                String last = CellReference.convertNumToColString(1 + actors.length);
                row.createCell(2 + actors.length).setCellFormula("SUM(C" + r + ":" + last + r + ")");
            }
        }
        for (int c = 0; c <= 2 + actors.length; c++) {
            sheet.setColumnWidth(c, 18 * 256);
        }
    }

    /** R-109's declining rates as one formula of the years since the base year. */
    private static String discountFactor(EconomicSettings settings, String yearCell) {
        String t = "(" + yearCell + "-" + settings.baseYear() + ")";
        List<BigDecimal> rates = settings.discountRates();
        return "1/((1+" + rates.get(0).toPlainString() + ")^MIN(" + t + ",40)*(1+"
                + rates.get(1).toPlainString() + ")^MAX(0,MIN(" + t + ",75)-40)*(1+"
                + rates.get(2).toPlainString() + ")^MAX(0," + t + "-75))";
    }

    private static String publicCash(List<PricedBenefit> benefits, String column) {
        List<String> cells = new ArrayList<>();
        for (int i = 0; i < benefits.size(); i++) {
            PricedBenefit b = benefits.get(i);
            if (b.benefitClass() == BenefitClass.CASH_RELEASING && b.actor().publicSector()) {
                cells.add("'" + BENEFITS + "'!" + column + (i + 2));
            }
        }
        return cells.isEmpty() ? "0" : String.join("+", cells);
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
        return excel(formula.text());
    }

    /**
     * A formula in Excel's terms: each assumption name becomes its named cell, prefixed so that no name can be
     * mistaken for a cell reference (a name like {@code ab12} would be).
     */
    static String excel(String formula) {
        Matcher m = NAME.matcher(formula);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            boolean function = m.end() < formula.length() && formula.charAt(m.end()) == '(';
            m.appendReplacement(out, Matcher.quoteReplacement(function ? m.group() : cellName(m.group())));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static String cellName(String assumption) {
        return "f_" + assumption.toLowerCase(java.util.Locale.ROOT);
    }

    private static void name(XSSFWorkbook workbook, String assumption, int row) {
        Name name = workbook.createName();
        name.setNameName(cellName(assumption));
        name.setRefersToFormula("'" + ASSUMPTIONS + "'!$B$" + (row + 1));
    }

    private static BigDecimal sum(List<Cost> costs, int year, Cost.Kind kind, boolean publicOnly) {
        return costs.stream()
                .filter(c -> c.year() == year)
                .filter(c -> kind == null ? c.kind() != Cost.Kind.CO_FINANCING : c.kind() == kind)
                .filter(c -> !publicOnly || c.actor().publicSector())
                .map(Cost::amount)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private static Row heading(Sheet sheet, CellStyle bold, String... titles) {
        Row row = sheet.createRow(0);
        for (int i = 0; i < titles.length; i++) {
            Cell cell = row.createCell(i);
            cell.setCellValue(titles[i]);
            cell.setCellStyle(bold);
        }
        return row;
    }

    private static CellStyle bold(XSSFWorkbook workbook) {
        Font font = workbook.createFont();
        font.setBold(true);
        CellStyle style = workbook.createCellStyle();
        style.setFont(font);
        return style;
    }
}
