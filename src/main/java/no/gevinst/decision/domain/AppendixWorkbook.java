package no.gevinst.decision.domain;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.Locale;
import no.gevinst.decision.BoardDecision;
import no.gevinst.shared.WorkbookCells;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * The appendix as a workbook for the organisation's own follow-up: the kroner by class with their total as a live
 * formula, the benefits behind them, the indicator targets and the decision they come from. Amounts and dates are
 * cells a spreadsheet counts with.
 */
@Component
class AppendixWorkbook {

    private final MessageSource messages;

    AppendixWorkbook(MessageSource messages) {
        this.messages = messages;
    }

    byte[] write(Appendix appendix) {
        Locale locale = LocaleContextHolder.getLocale();
        try (XSSFWorkbook workbook = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            WorkbookCells styles = new WorkbookCells(workbook);
            economic(sheet(workbook, "decision.appendix.economic", locale), styles, appendix, locale);
            benefits(sheet(workbook, "decision.xlsx.benefits", locale), styles, appendix, locale);
            kpis(sheet(workbook, "decision.appendix.kpi", locale), styles, appendix, locale);
            decision(sheet(workbook, "decision.xlsx.decision", locale), styles, appendix, locale);
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void economic(Sheet sheet, WorkbookCells styles, Appendix a, Locale locale) {
        heading(
                sheet,
                styles,
                locale,
                "decision.field.organisation",
                "decision.field.year",
                "decision.field.benefitClass",
                "decision.appendix.kroner");
        int r = 1;
        for (Appendix.EconomicRequirement e : a.economic()) {
            Row row = sheet.createRow(r++);
            row.createCell(0).setCellValue(a.organisation());
            row.createCell(1).setCellValue(a.year());
            row.createCell(2).setCellValue(word("benefit.class." + e.benefitClass(), locale));
            styles.money(row, 3, e.nok());
        }
        Row total = sheet.createRow(r);
        total.createCell(0).setCellValue(word("decision.appendix.total", locale, String.valueOf(a.year())));
        Cell sum = total.createCell(3);
        // A live sum, so that whoever reworks the figures in the sheet keeps the arithmetic.
        sum.setCellFormula(r == 1 ? "0" : "SUM(D2:D" + r + ")");
        sum.setCellStyle(styles.money);
        WorkbookCells.widths(sheet, 34, 8, 44, 18);
    }

    private void benefits(Sheet sheet, WorkbookCells styles, Appendix a, Locale locale) {
        heading(
                sheet,
                styles,
                locale,
                "decision.field.benefitClass",
                "decision.appendix.benefit",
                "decision.appendix.share",
                "decision.appendix.owner",
                "decision.appendix.responsible",
                "decision.appendix.deadline");
        int r = 1;
        for (Appendix.EconomicRequirement e : a.economic()) {
            for (Appendix.BenefitBehind b : e.benefits()) {
                Row row = sheet.createRow(r++);
                row.createCell(0).setCellValue(word("benefit.class." + e.benefitClass(), locale));
                row.createCell(1).setCellValue(b.code() + " " + b.title());
                row.createCell(2).setCellValue(b.share().doubleValue());
                row.createCell(3).setCellValue(b.owner());
                row.createCell(4).setCellValue(b.responsible());
                styles.date(row, 5, b.deadline());
            }
        }
        WorkbookCells.widths(sheet, 44, 60, 10, 24, 24, 12);
    }

    private void kpis(Sheet sheet, WorkbookCells styles, Appendix a, Locale locale) {
        heading(
                sheet,
                styles,
                locale,
                "decision.appendix.indicator",
                "decision.appendix.benefit",
                "decision.field.targetValue",
                "decision.appendix.unit",
                "decision.field.due",
                "decision.appendix.owner",
                "decision.appendix.measuredBy");
        int r = 1;
        for (Appendix.KpiRequirement k : a.kpis()) {
            Row row = sheet.createRow(r++);
            row.createCell(0).setCellValue(k.indicator());
            row.createCell(1).setCellValue(k.benefit());
            row.createCell(2).setCellValue(k.targetValue().doubleValue());
            row.createCell(3).setCellValue(k.unit());
            styles.date(row, 4, k.due());
            row.createCell(5).setCellValue(k.owner());
            row.createCell(6).setCellValue(k.measuredBy());
        }
        WorkbookCells.widths(sheet, 40, 50, 12, 20, 12, 24, 24);
    }

    private void decision(Sheet sheet, WorkbookCells styles, Appendix a, Locale locale) {
        BoardDecision d = a.decision();
        Object[][] facts = {
            {"decision.field.programme", a.programmeCode() + " – " + a.programmeName()},
            {"decision.field.number", String.valueOf(d.number())},
            {"decision.field.decidingBody", d.decidingBody()},
            {"decision.field.decidedOn", d.decidedOn()},
            {"decision.field.caseNumber", d.caseNumber()},
            {"decision.field.documentReference", d.documentReference()},
            {
                "decision.field.status",
                d.inForce()
                        ? word("decision.status.inForce", locale)
                        : word("decision.status.superseded", locale, String.valueOf(d.supersededBy()))
            },
            {"decision.field.summary", d.summary()}
        };
        for (int i = 0; i < facts.length; i++) {
            Row row = sheet.createRow(i);
            Cell label = row.createCell(0);
            label.setCellValue(word((String) facts[i][0], locale));
            label.setCellStyle(styles.bold);
            if (facts[i][1] instanceof LocalDate day) {
                styles.date(row, 1, day);
            } else {
                Cell value = row.createCell(1);
                value.setCellValue((String) facts[i][1]);
                value.setCellStyle(styles.wrapped);
            }
        }
        WorkbookCells.widths(sheet, 28, 90);
    }

    private Sheet sheet(XSSFWorkbook workbook, String key, Locale locale) {
        return workbook.createSheet(WorkbookUtil.createSafeSheetName(word(key, locale)));
    }

    private void heading(Sheet sheet, WorkbookCells styles, Locale locale, String... keys) {
        Row row = sheet.createRow(0);
        for (int i = 0; i < keys.length; i++) {
            Cell cell = row.createCell(i);
            cell.setCellValue(word(keys[i], locale));
            cell.setCellStyle(styles.bold);
        }
    }

    private String word(String key, Locale locale, Object... arguments) {
        return messages.getMessage(key, arguments, key, locale);
    }
}
