package no.gevinst.valuation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Stream;
import no.gevinst.benefit.BenefitClass;
import no.gevinst.shared.BenefitId;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

/**
 * The exported workbook re-runs the whole case: each kind of input changed in it (an assumption, a discount rate, a
 * phase-in share, a cost, the economic rules, the period) and recalculated by Apache POI's formula evaluator gives
 * every result the engine gives for the same change, to the krone.
 */
class ValuationWorkbookTest {

    private static final Offset<Double> KRONE = Offset.offset(0.01);
    private static final Offset<Double> SHARE = Offset.offset(1e-6);

    private static final java.util.Map<String, byte[]> WRITTEN = new java.util.concurrent.ConcurrentHashMap<>();

    private final AssumptionBook book = book();
    private final EconomicSettings settings = EconomicSettings.defaults(2022, 2071);
    private final List<PricedBenefit> benefits = benefits(phaseIn());
    private final List<Cost> costs = costs(new BigDecimal("15000000"));

    @Test
    void theWorkbookAsWrittenCarriesTheEnginesFiguresForPreviewersThatDoNotCalculate() throws IOException {
        try (XSSFWorkbook workbook = read(written(Locale.forLanguageTag("nb-NO")))) {
            // No evaluation here: what a previewer shows is what was cached when the workbook was written.
            assertSameResults(workbook, engine(settings, book, benefits, costs));
            assertThat(workbook.getSheetAt(0).getSheetName()).isEqualTo("Resultater");
        }
    }

    @Test
    void unchangedTheRecalculatedWorkbookGivesEveryFigureOfTheEngine() throws IOException {
        assertRecalculated(workbook -> {}, engine(settings, book, benefits, costs));
    }

    @Test
    void anAssumptionChangedInTheWorkbookChangesWhatTheEngineChanges() throws IOException {
        AssumptionBook changed = book().add(Assumption.exactly("timekost", "750", "kr", "Endret"));
        assertRecalculated(workbook -> set(workbook, "f_timekost", 750), engine(settings, changed, benefits, costs));
    }

    @Test
    void aDiscountRateChangedInTheWorkbookChangesWhatTheEngineChanges() throws IOException {
        EconomicSettings changed = settings.withDiscountRates(
                List.of(new BigDecimal("0.035"), new BigDecimal("0.025"), new BigDecimal("0.02")));
        assertRecalculated(
                workbook -> {
                    set(workbook, WorkbookNames.RATE_1, 0.035);
                    set(workbook, WorkbookNames.RATE_2, 0.025);
                },
                engine(changed, book, benefits, costs));
    }

    @Test
    void aPhaseInShareChangedInTheWorkbookChangesWhatTheEngineChanges() throws IOException {
        List<BigDecimal> cumulative = new ArrayList<>(phaseIn().cumulative());
        cumulative.set(3, new BigDecimal("30")); // 2025: 40 % → 30 %
        List<PricedBenefit> changed = benefits(new PhaseIn(2022, cumulative));
        assertRecalculated(
                workbook -> yearCell(workbook, WorkbookNames.phaseIn(1), 2025).setCellValue(0.30),
                engine(settings, book, changed, costs));
    }

    @Test
    void aCostChangedInTheWorkbookChangesWhatTheEngineChanges() throws IOException {
        List<Cost> changed = new ArrayList<>(costs(new BigDecimal("18000000")));
        changed.add(new Cost(Cost.Kind.RUNNING, Actor.MUNICIPALITIES, 2030, new BigDecimal("1250000")));
        assertRecalculated(
                workbook -> {
                    yearCell(workbook, WorkbookNames.cost(Cost.Kind.INVESTMENT, Actor.OTHER_STATE), 2023)
                            .setCellValue(18_000_000);
                    yearCell(workbook, WorkbookNames.cost(Cost.Kind.RUNNING, Actor.MUNICIPALITIES), 2030)
                            .setCellValue(1_250_000);
                },
                engine(settings, book, benefits, changed));
    }

    @Test
    void theBaseYearTheRealPriceAndTheTaxRateChangedInTheWorkbookChangeWhatTheEngineChanges() throws IOException {
        EconomicSettings changed = new EconomicSettings(
                2024,
                2022,
                2071,
                EconomicSettings.R109_RATES,
                new BigDecimal("0.25"),
                new BigDecimal("0.012"),
                true,
                new BigDecimal("0.40"),
                settings.workingHoursPerPerson());
        assertRecalculated(
                workbook -> {
                    set(workbook, WorkbookNames.BASE_YEAR, 2024);
                    set(workbook, WorkbookNames.TAX_RATE, 0.25);
                    set(workbook, WorkbookNames.REAL_GROWTH, 0.012);
                    cell(workbook, WorkbookNames.REAL_ADJUSTMENT).setCellValue(true);
                    set(workbook, WorkbookNames.CUT_SHARE, 0.40);
                },
                engine(changed, book, benefits, costs));
    }

    @Test
    void aShorterPeriodSetInTheWorkbookGivesTheEnginesFiguresForThatPeriod() throws IOException {
        EconomicSettings shorter = EconomicSettings.defaults(2022, 2035);
        byte[] bytes = written(Locale.forLanguageTag("nb-NO"));
        try (XSSFWorkbook workbook = read(bytes)) {
            set(workbook, WorkbookNames.LAST_YEAR, 2035);
            workbook.getCreationHelper().createFormulaEvaluator().evaluateAll();
            assertSameResults(workbook, engine(shorter, book, benefits, costs));
        }
    }

    @Test
    void withoutCoFinancingNoBudgetCutsAreDemanded() throws IOException {
        try (XSSFWorkbook workbook = read(written(Locale.forLanguageTag("nb-NO")))) {
            assertThat(number(workbook, WorkbookNames.BUDGET_CUTS)).isGreaterThan(0);
            yearCell(workbook, WorkbookNames.cost(Cost.Kind.CO_FINANCING, Actor.OWN_ORGANISATION), 2022)
                    .setCellValue(0);
            workbook.getCreationHelper().createFormulaEvaluator().evaluateAll();
            assertThat(number(workbook, WorkbookNames.BUDGET_CUTS)).isZero();
        }
    }

    @Test
    void everyFigureOutsideTheInputsIsAFormulaAndTheInputsAreNamed() throws IOException {
        try (XSSFWorkbook workbook = read(written(Locale.forLanguageTag("nb-NO")))) {
            for (Sheet sheet : workbook) {
                if (sheet.getSheetName().equals("Inndata")) {
                    continue;
                }
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        boolean yearLabel = cell.getColumnIndex() == 0 || row.getRowNum() == 0;
                        if (cell.getCellType() == CellType.NUMERIC && !yearLabel) {
                            assertThat(cell.getAddress() + " on " + sheet.getSheetName())
                                    .as("a typed-in number")
                                    .isNull();
                        }
                    }
                }
            }
            assertThat(workbook.getSheet("Nytte-kost")
                            .getRow(1)
                            .getCell(WorkbookCostBenefit.INVESTMENT)
                            .getCellFormula())
                    .contains("Investeringsanalyse");
            assertThat(workbook.getSheet("Nytte-kost")
                            .getRow(1)
                            .getCell(WorkbookCostBenefit.FACTOR)
                            .getCellFormula())
                    .contains(WorkbookNames.RATE_1)
                    .contains(WorkbookNames.RATE_1_UNTIL)
                    .contains(WorkbookNames.BASE_YEAR);
            assertThat(workbook.getSheet("Prissatte nyttevirkninger")
                            .getRow(2)
                            .getCell(4)
                            .getCellFormula())
                    .contains("Inndata");
            assertThat(workbook.getSheet("Prissatte nyttevirkninger")
                            .getRow(2)
                            .getCell(3)
                            .getCellFormula())
                    .contains("f_personer")
                    .contains("f_timekost");
        }
    }

    @Test
    void classActorAndCostTypeAreWordsInBokmalAndInEnglish() throws IOException {
        List<String> codes = Stream.of(
                        Stream.of(Actor.values()).map(Enum::name),
                        Stream.of(BenefitClass.values()).map(Enum::name),
                        Stream.of(Cost.Kind.values()).map(Enum::name))
                .flatMap(Function.identity())
                .toList();
        try (XSSFWorkbook nb = read(written(Locale.forLanguageTag("nb-NO")));
                XSSFWorkbook en = read(written(Locale.ENGLISH))) {
            List<String> norwegian = texts(nb);
            assertThat(norwegian)
                    .doesNotContainAnyElementsOf(codes)
                    .contains(
                            "Kommuner",
                            "Investering",
                            "Netto nåverdi: nåverdi av nytte − nåverdi av kostnader − nåverdi av skattefinansiering (kr)");
            assertThat(texts(en)).doesNotContainAnyElementsOf(codes).contains("Municipalities", "Investment");
            assertThat(en.getSheetAt(0).getSheetName()).isEqualTo("Results");
            assertThat(en.getSheet("Cost-benefit")).isNotNull();
        }
    }

    /** Nynorsk readers get the workbook's words in nynorsk (issue 17), its formulas and numbers as bokmål's. */
    @Test
    void theWorkbookIsWordedInNynorskWhenAskedFor() throws IOException {
        try (XSSFWorkbook nn = read(written(Locale.forLanguageTag("nn-NO")));
                XSSFWorkbook nb = read(written(Locale.forLanguageTag("nb-NO")))) {
            assertThat(texts(nn))
                    .contains("Kommunar", "Investering", "Føresetnader for gevinstane")
                    .doesNotContain("Kommuner", "Forutsetninger for gevinstene");
            assertThat(nn.getSheetAt(0).getSheetName()).isEqualTo("Resultat");
            assertThat(nn.getNumberOfSheets()).isEqualTo(nb.getNumberOfSheets());
        }
    }

    /** Changes the workbook, recalculates it and compares every result with the engine's for the same change. */
    private void assertRecalculated(java.util.function.Consumer<XSSFWorkbook> change, Valuation engine)
            throws IOException {
        try (XSSFWorkbook workbook = read(written(Locale.forLanguageTag("nb-NO")))) {
            change.accept(workbook);
            workbook.getCreationHelper().createFormulaEvaluator().evaluateAll();
            assertSameResults(workbook, engine);
        }
    }

    private static void assertSameResults(XSSFWorkbook workbook, Valuation engine) {
        Sheet table = workbook.getSheet("Nytte-kost");
        BigDecimal pvCosts = BigDecimal.ZERO;
        BigDecimal pvTax = BigDecimal.ZERO;
        BigDecimal pvInvestment = BigDecimal.ZERO;
        for (int i = 0; i < engine.years().size(); i++) {
            Row row = table.getRow(i + 1);
            Valuation.YearLine y = engine.years().get(i);
            assertThat(row.getCell(WorkbookCostBenefit.YEAR).getNumericCellValue())
                    .isEqualTo(y.year());
            kroner(row, WorkbookCostBenefit.BENEFITS, y.benefits(), "benefits", y.year());
            kroner(row, WorkbookCostBenefit.INVESTMENT, y.investment(), "investment", y.year());
            kroner(row, WorkbookCostBenefit.RUNNING, y.running(), "running", y.year());
            kroner(row, WorkbookCostBenefit.BUDGET_EFFECT, y.publicBudgetEffect(), "public budgets", y.year());
            kroner(row, WorkbookCostBenefit.TAX, y.taxFinancingCost(), "tax financing", y.year());
            kroner(row, WorkbookCostBenefit.NET, y.net(), "net", y.year());
            kroner(row, WorkbookCostBenefit.PV_NET, y.presentValue(), "present value", y.year());
            kroner(row, WorkbookCostBenefit.CO_FINANCING, y.coFinancing(), "co-financing", y.year());
            kroner(row, WorkbookCostBenefit.BUDGET_CUT, y.budgetCut(), "budget cut", y.year());
            assertThat(row.getCell(WorkbookCostBenefit.FACTOR).getNumericCellValue())
                    .as("discount factor %d", y.year())
                    .isCloseTo(y.discountFactor().doubleValue(), Offset.offset(1e-12));
            pvCosts = pvCosts.add(y.investment().add(y.running()).multiply(y.discountFactor()));
            pvTax = pvTax.add(y.taxFinancingCost().multiply(y.discountFactor()));
            pvInvestment = pvInvestment.add(y.investment().multiply(y.discountFactor()));
        }
        Valuation.EconomicResult r = engine.result();
        assertThat(number(workbook, WorkbookNames.NPV))
                .isCloseTo(r.netPresentValue().doubleValue(), KRONE);
        assertThat(number(workbook, WorkbookNames.PV_BENEFITS))
                .isCloseTo(r.presentBenefits().doubleValue(), KRONE);
        assertThat(number(workbook, WorkbookNames.PV_COSTS)).isCloseTo(pvCosts.doubleValue(), KRONE);
        assertThat(number(workbook, WorkbookNames.PV_TAX)).isCloseTo(pvTax.doubleValue(), KRONE);
        assertThat(number(workbook, WorkbookNames.BUDGET_CUTS))
                .isCloseTo(r.budgetCuts().doubleValue(), KRONE);
        // Benefit/cost as the workbook defines it: a tax financing gain counts with the benefits, a cost with costs.
        double benefitSide = r.presentBenefits().doubleValue() + Math.max(0, -pvTax.doubleValue());
        double costSide = pvCosts.doubleValue() + Math.max(0, pvTax.doubleValue());
        assertThat(number(workbook, WorkbookNames.RATIO)).isCloseTo(benefitSide / costSide, SHARE);
        assertThat(number(workbook, WorkbookNames.PER_KRONE))
                .isCloseTo(r.netPresentValue().doubleValue() / pvInvestment.doubleValue(), SHARE);
        assertThat(number(workbook, WorkbookNames.PAYBACK_PLAIN))
                .isEqualTo(payback(engine, Valuation.YearLine::net).doubleValue());
        assertThat(number(workbook, WorkbookNames.PAYBACK))
                .isEqualTo(payback(engine, Valuation.YearLine::presentValue).doubleValue());
    }

    /**
     * The engine's rule of payback over its yearly lines: the first year the running total turns non-negative after
     * having been negative, reset if it falls below again.
     */
    private static Integer payback(Valuation engine, Function<Valuation.YearLine, BigDecimal> line) {
        BigDecimal total = BigDecimal.ZERO;
        Integer payback = null;
        boolean behind = false;
        for (Valuation.YearLine y : engine.years()) {
            total = total.add(line.apply(y));
            if (total.signum() < 0) {
                behind = true;
                payback = null;
            } else if (behind && payback == null) {
                payback = y.year();
            }
        }
        assertThat(payback).as("a case that pays back within the period").isNotNull();
        return payback;
    }

    private static void kroner(Row row, int column, BigDecimal expected, String what, int year) {
        assertThat(row.getCell(column).getNumericCellValue())
                .as("%s %d", what, year)
                .isCloseTo(expected.doubleValue(), KRONE);
    }

    private static double number(XSSFWorkbook workbook, String name) {
        return cell(workbook, name).getNumericCellValue();
    }

    private static void set(XSSFWorkbook workbook, String name, double value) {
        cell(workbook, name).setCellValue(value);
    }

    private static Cell cell(XSSFWorkbook workbook, String name) {
        assertThat(workbook.getName(name)).as("named cell %s", name).isNotNull();
        CellReference ref = new CellReference(workbook.getName(name).getRefersToFormula());
        return workbook.getSheet(ref.getSheetName()).getRow(ref.getRow()).getCell(ref.getCol());
    }

    /** The cell of a year in a named row of the inputs sheet, whose first cell is the analysis' first year. */
    private static Cell yearCell(XSSFWorkbook workbook, String row, int year) {
        assertThat(workbook.getName(row)).as("named row %s", row).isNotNull();
        org.apache.poi.ss.util.AreaReference area = new org.apache.poi.ss.util.AreaReference(
                workbook.getName(row).getRefersToFormula(), workbook.getSpreadsheetVersion());
        CellReference first = area.getFirstCell();
        return workbook.getSheet(first.getSheetName()).getRow(first.getRow()).getCell(first.getCol() + year - 2022);
    }

    private static List<String> texts(XSSFWorkbook workbook) {
        List<String> texts = new ArrayList<>();
        for (Sheet sheet : workbook) {
            for (Row row : sheet) {
                for (Cell cell : row) {
                    if (cell.getCellType() == CellType.STRING) {
                        texts.add(cell.getStringCellValue());
                    }
                }
            }
        }
        return texts;
    }

    /** The case's workbook, written once per language for all the tests (each reads its own copy). */
    private byte[] written(Locale locale) {
        return WRITTEN.computeIfAbsent(locale.getLanguage(), language -> {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ValuationWorkbook.write(book, settings, benefits, costs, locale, out);
            return out.toByteArray();
        });
    }

    private static XSSFWorkbook read(byte[] bytes) throws IOException {
        return new XSSFWorkbook(new ByteArrayInputStream(bytes));
    }

    private static Valuation engine(
            EconomicSettings settings, AssumptionBook book, List<PricedBenefit> benefits, List<Cost> costs) {
        return ValuationEngine.value(settings, benefits, costs, book.likely());
    }

    private static AssumptionBook book() {
        return new AssumptionBook()
                .add(Assumption.exactly("helsepersonell", "189505", "personer", "Tilbakeregnet"))
                .add(Assumption.exactly("andel_malgruppe", "0.70", "", "Brevet"))
                .add(Assumption.exactly("andel_med_besparelse", "0.50", "", "Brevet"))
                .add(Assumption.exactly("andel_tatt_i_bruk", "0.15", "", "Brevet"))
                .add(Assumption.exactly("timekost", "600", "kr", "Demoverdi"))
                .add(Assumption.exactly("ab12", "3", "", "A name that looks like a cell"))
                .derive("personer", "helsepersonell * andel_malgruppe * andel_med_besparelse * andel_tatt_i_bruk");
    }

    private static PhaseIn phaseIn() {
        return PhaseIn.increases(2022, List.of("5", "11", "12", "12", "12", "12", "12", "12", "12"));
    }

    private static List<PricedBenefit> benefits(PhaseIn timeSaving) {
        return List.of(
                new PricedBenefit(
                        BenefitId.newId(),
                        "Tidsbesparelse",
                        BenefitClass.CAPACITY,
                        Actor.MUNICIPALITIES,
                        new CalculationModel.TimeSaving(
                                Formula.parse("personer", "persons"), Formula.parse("25", "minutes"),
                                Formula.parse("12", "periods"), Formula.parse("timekost", "hourlyCost")),
                        timeSaving),
                new PricedBenefit(
                        BenefitId.newId(),
                        "Lisenser",
                        BenefitClass.CASH_RELEASING,
                        Actor.OWN_ORGANISATION,
                        new CalculationModel.RenegotiatedContract(
                                Formula.parse("4200000", "oldPrice"),
                                Formula.parse("800000 + ab12 * 1000", "newPrice")),
                        PhaseIn.immediate(2024)),
                new PricedBenefit(
                        BenefitId.newId(),
                        "Reiser",
                        BenefitClass.OTHER_PUBLIC,
                        Actor.CITIZENS,
                        new CalculationModel.FormulaModel(Formula.parse("MAX(2000 * 150, 100000) / 2", "formula")),
                        PhaseIn.cumulative(2023, List.of("50", "100"))));
    }

    private static List<Cost> costs(BigDecimal secondInvestment) {
        return List.of(
                new Cost(Cost.Kind.INVESTMENT, Actor.OTHER_STATE, 2022, new BigDecimal("20000000")),
                new Cost(Cost.Kind.INVESTMENT, Actor.OTHER_STATE, 2023, secondInvestment),
                new Cost(Cost.Kind.RUNNING, Actor.OWN_ORGANISATION, 2025, new BigDecimal("2500000")),
                new Cost(Cost.Kind.RUNNING, Actor.OWN_ORGANISATION, 2026, new BigDecimal("2500000")),
                new Cost(Cost.Kind.RUNNING, Actor.CITIZENS, 2026, new BigDecimal("300000")),
                new Cost(Cost.Kind.CO_FINANCING, Actor.OWN_ORGANISATION, 2022, new BigDecimal("13911667")));
    }
}
