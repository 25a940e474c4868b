package no.gevinst.valuation;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The valuation as a workbook that re-runs the whole case, in the shape of Digdir's template for benefit
 * calculations: every input a named cell on the inputs sheet (economic rules, assumptions, phase-in per year, costs
 * per year, kind and actor), the priced benefits per year (prissatte nyttevirkninger), the investment analysis, the
 * cost-benefit table per year, and the results, each a formula over those names. The formulas are evaluated before
 * writing, so that previewers show the figures; any spreadsheet that recalculates gives the engine's figures.
 */
public final class ValuationWorkbook {

    private ValuationWorkbook() {}

    /** In bokmål. */
    public static void write(
            AssumptionBook book,
            EconomicSettings settings,
            List<PricedBenefit> benefits,
            List<Cost> costs,
            OutputStream out) {
        write(book, settings, benefits, costs, Locale.forLanguageTag("nb-NO"), out);
    }

    /** With labels in English when the locale asks for it, bokmål otherwise. */
    public static void write(
            AssumptionBook book,
            EconomicSettings settings,
            List<PricedBenefit> benefits,
            List<Cost> costs,
            Locale locale,
            OutputStream out) {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            WorkbookText text = WorkbookText.of(locale);
            WorkbookStyles styles = new WorkbookStyles(workbook);
            WorkbookInputs inputs = new WorkbookInputs(workbook, settings, text, styles);
            inputs.write(book, benefits, costs);
            WorkbookBenefits yearly = new WorkbookBenefits(workbook, settings, text, styles);
            // Budget cuts fall on the actors that receive co-financing, as the engine reckons them.
            java.util.Set<Actor> receivers = ValuationEngine.coFinanced(costs);
            yearly.write(benefits, inputs, receivers);
            WorkbookInvestments investments = new WorkbookInvestments(workbook, settings, text, styles);
            investments.write(inputs);
            WorkbookCostBenefit table = new WorkbookCostBenefit(workbook, settings, text, styles);
            table.write(yearly, investments, receivers);
            WorkbookResults results = new WorkbookResults(workbook, text, styles);
            results.write(table);
            workbook.setSheetOrder(results.name(), 0);
            workbook.setActiveSheet(0);
            workbook.setSelectedTab(0);
            // Cached values for previewers that do not calculate; spreadsheets recalculate on opening all the same.
            workbook.getCreationHelper().createFormulaEvaluator().evaluateAll();
            workbook.setForceFormulaRecalculation(true);
            workbook.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
