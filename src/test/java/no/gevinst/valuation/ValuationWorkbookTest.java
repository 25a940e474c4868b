package no.gevinst.valuation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.List;
import no.gevinst.benefit.BenefitClass;
import org.apache.poi.ss.usermodel.FormulaEvaluator;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

/** The exported workbook, recalculated by Apache POI's formula evaluator, gives the engine's figures to the krone. */
class ValuationWorkbookTest {

    @Test
    void theRecalculatedWorkbookAgreesWithTheEngineToTheKrone() throws IOException {
        AssumptionBook book = new AssumptionBook()
                .add(Assumption.exactly("helsepersonell", "189505", "personer", "Tilbakeregnet"))
                .add(Assumption.exactly("andel_malgruppe", "0.70", "", "Brevet"))
                .add(Assumption.exactly("andel_med_besparelse", "0.50", "", "Brevet"))
                .add(Assumption.exactly("andel_tatt_i_bruk", "0.15", "", "Brevet"))
                .add(Assumption.exactly("timekost", "600", "kr", "Demoverdi"))
                .add(Assumption.exactly("ab12", "3", "", "A name that looks like a cell"))
                .derive("personer", "helsepersonell * andel_malgruppe * andel_med_besparelse * andel_tatt_i_bruk");
        List<PricedBenefit> benefits = List.of(
                new PricedBenefit(
                        "Tidsbesparelse",
                        BenefitClass.CAPACITY,
                        Actor.MUNICIPALITIES,
                        new CalculationModel.TimeSaving(
                                Formula.parse("personer", "persons"), Formula.parse("25", "minutes"),
                                Formula.parse("12", "periods"), Formula.parse("timekost", "hourlyCost")),
                        PhaseIn.increases(2022, List.of("5", "11", "12", "12", "12", "12", "12", "12", "12"))),
                new PricedBenefit(
                        "Lisenser",
                        BenefitClass.CASH_RELEASING,
                        Actor.OWN_ORGANISATION,
                        new CalculationModel.RenegotiatedContract(
                                Formula.parse("1200000", "oldPrice"),
                                Formula.parse("800000 + ab12 * 1000", "newPrice")),
                        PhaseIn.immediate(2024)),
                new PricedBenefit(
                        "Reiser",
                        BenefitClass.OTHER_PUBLIC,
                        Actor.CITIZENS,
                        new CalculationModel.FormulaModel(Formula.parse("MAX(2000 * 150, 100000) / 2", "formula")),
                        PhaseIn.cumulative(2023, List.of("50", "100"))));
        List<Cost> costs = List.of(
                new Cost(Cost.Kind.INVESTMENT, Actor.OTHER_STATE, 2022, new BigDecimal("20000000")),
                new Cost(Cost.Kind.INVESTMENT, Actor.OTHER_STATE, 2023, new BigDecimal("15000000")),
                new Cost(Cost.Kind.RUNNING, Actor.OWN_ORGANISATION, 2025, new BigDecimal("2500000")),
                new Cost(Cost.Kind.RUNNING, Actor.OWN_ORGANISATION, 2026, new BigDecimal("2500000")),
                new Cost(Cost.Kind.CO_FINANCING, Actor.OTHER_STATE, 2022, new BigDecimal("13911667")));
        EconomicSettings settings = EconomicSettings.defaults(2022, 2030);
        Valuation engine = ValuationEngine.value(settings, benefits, costs, book.likely());

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ValuationWorkbook.write(book, settings, benefits, costs, out);

        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            FormulaEvaluator evaluator = workbook.getCreationHelper().createFormulaEvaluator();
            evaluator.evaluateAll();
            Sheet table = workbook.getSheet(ValuationWorkbook.COST_BENEFIT);
            for (int i = 0; i < engine.years().size(); i++) {
                Row row = table.getRow(i + 1);
                Valuation.YearLine year = engine.years().get(i);
                assertThat(row.getCell(0).getNumericCellValue()).isEqualTo(year.year());
                assertThat(row.getCell(1).getNumericCellValue())
                        .as("benefits %d", year.year())
                        .isCloseTo(year.benefits().doubleValue(), Offset.offset(0.5));
                assertThat(row.getCell(7).getNumericCellValue())
                        .as("tax financing cost %d", year.year())
                        .isCloseTo(year.taxFinancingCost().doubleValue(), Offset.offset(0.5));
                assertThat(row.getCell(8).getNumericCellValue())
                        .as("net %d", year.year())
                        .isCloseTo(year.net().doubleValue(), Offset.offset(0.5));
            }
            Row total = table.getRow(engine.years().size() + 2);
            assertThat(total.getCell(9).getStringCellValue()).isEqualTo(ValuationWorkbook.NPV_LABEL);
            assertThat(total.getCell(10).getNumericCellValue())
                    .isCloseTo(engine.result().netPresentValue().doubleValue(), Offset.offset(0.5));
            assertThat(workbook.getSheet(ValuationWorkbook.BENEFITS)
                            .getRow(1)
                            .getCell(3)
                            .getCellFormula())
                    .contains("f_personer")
                    .contains("f_timekost");
        }
    }
}
