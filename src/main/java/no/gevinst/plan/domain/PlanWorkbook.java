package no.gevinst.plan.domain;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import no.gevinst.benefit.BenefitClass;
import no.gevinst.plan.Plan;
import no.gevinst.plan.PlanSections;
import no.gevinst.plan.PlanSnapshot;
import no.gevinst.plan.PlanVersion;
import no.gevinst.shared.WorkbookCells;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * The plan as a workbook in the same structure as its PDF (Digdir's Prosjektveiviseren): the plan's text, the
 * benefits by class, the indicators with their measurement schedule and targets, the measures, the risks and the
 * version with its decision. Numbers and dates are cells a spreadsheet can count with, and the risk score is a
 * live formula, so that whoever reworks the plan in a spreadsheet keeps the method's arithmetic.
 */
@Component
class PlanWorkbook {

    /** Kroner as whole numbers with thousands separators; the spreadsheet shows them in its reader's locale. */
    private final MessageSource messages;

    PlanWorkbook(MessageSource messages) {
        this.messages = messages;
    }

    void write(Plan plan, PlanVersion version, PlanSnapshot content, OutputStream out) {
        Locale locale = LocaleContextHolder.getLocale();
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            WorkbookCells styles = new WorkbookCells(workbook);
            WorkbookWords words = new WorkbookWords(messages, locale);
            text(workbook.createSheet(words.sheet("plan.xlsx.sheet.text")), styles, words, content.sections());
            benefits(workbook.createSheet(words.sheet("plan.xlsx.sheet.benefits")), styles, words, content);
            indicators(workbook.createSheet(words.sheet("plan.xlsx.sheet.indicators")), styles, words, content);
            PlanWorkbookSheets.measures(
                    workbook.createSheet(words.sheet("plan.xlsx.sheet.measures")), styles, words, content);
            PlanWorkbookSheets.risks(
                    workbook.createSheet(words.sheet("plan.xlsx.sheet.risks")), styles, words, content);
            PlanWorkbookSheets.version(
                    workbook.createSheet(words.sheet("plan.xlsx.sheet.version")),
                    styles,
                    words,
                    plan,
                    version,
                    content);
            workbook.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void text(Sheet sheet, WorkbookCells styles, WorkbookWords words, PlanSections s) {
        words.heading(sheet, styles, "plan.xlsx.section", "plan.xlsx.text");
        String[][] sections = {
            {"plan.doc.background", s.background()},
            {"plan.doc.goals", s.goalsAndProducts()},
            {"plan.doc.responsibilities", s.responsibilities()},
            {"plan.doc.measuresAndRisks", s.measuresAndRisks()},
            {"plan.doc.nonPriced", s.nonPricedFollowUp()},
            {"plan.doc.reporting", s.reportingSchedule()}
        };
        for (int i = 0; i < sections.length; i++) {
            Row row = sheet.createRow(i + 1);
            row.createCell(0).setCellValue(words.word(sections[i][0]));
            Cell text = row.createCell(1);
            text.setCellValue(sections[i][1].isBlank() ? words.word("plan.doc.notWritten") : sections[i][1]);
            text.setCellStyle(styles.wrapped);
        }
        sheet.setColumnWidth(0, 34 * 256);
        sheet.setColumnWidth(1, 100 * 256);
    }

    /** One row per benefit, grouped in the order of the classes, with the priced values summed by a formula. */
    private static void benefits(Sheet sheet, WorkbookCells styles, WorkbookWords words, PlanSnapshot content) {
        words.heading(
                sheet,
                styles,
                "plan.xlsx.code",
                "plan.field.title",
                "plan.field.benefitClass",
                "plan.field.status",
                "plan.field.owner",
                "plan.field.responsible",
                "plan.field.expectedStart",
                "plan.field.fullEffect",
                "plan.field.nokPerYear",
                "plan.xlsx.sharing");
        List<PlanSnapshot.BenefitEntry> byClass = content.benefits().stream()
                .sorted(Comparator.comparing(b -> classOrder(b.benefitClass())))
                .toList();
        int r = 1;
        for (PlanSnapshot.BenefitEntry b : byClass) {
            Row row = sheet.createRow(r++);
            row.createCell(0).setCellValue(b.code());
            row.createCell(1).setCellValue(b.title());
            row.createCell(2).setCellValue(words.word("benefit.class." + b.benefitClass()));
            row.createCell(3).setCellValue(words.word("benefit.status." + b.status()));
            WorkbookCells.text(row, 4, b.owner());
            WorkbookCells.text(row, 5, b.responsible());
            styles.date(row, 6, b.expectedStart());
            styles.date(row, 7, b.fullEffect());
            styles.money(row, 8, b.nokPerYear());
            WorkbookCells.text(row, 9, shared(words, b.sharing()));
        }
        totals(sheet, styles, words, r, content);
        WorkbookCells.widths(sheet, 12, 50, 34, 18, 22, 22, 14, 14, 22, 50);
    }

    /** Below the benefits (rows 2 to {@code r}): their sum as a formula, and the net present value when priced. */
    private static void totals(Sheet sheet, WorkbookCells styles, WorkbookWords words, int r, PlanSnapshot content) {
        Row total = sheet.createRow(r + 1);
        styles.label(total, 7, words.word("plan.xlsx.total"));
        Cell sum = total.createCell(8);
        sum.setCellFormula(r == 1 ? "0" : "SUM(I2:I" + r + ")");
        sum.setCellStyle(styles.money);
        if (content.netPresentValue() != null) {
            Row npv = sheet.createRow(r + 2);
            styles.label(npv, 7, words.word("plan.field.netPresentValue"));
            styles.money(npv, 8, content.netPresentValue());
        }
    }

    /** A benefit shared between programmes, its share and home programme as the plan PDF names them (issue 18). */
    private static String shared(WorkbookWords words, PlanSnapshot.SharingEntry s) {
        if (s == null) {
            return null;
        }
        String share = s.share().stripTrailingZeros().toPlainString().replace('.', ',');
        return s.atHome()
                ? words.word("plan.shared.kept", share, s.otherProgrammes())
                : words.word("plan.shared.received", share, s.home());
    }

    /**
     * The measurement schedule: who measures each indicator how often and at what cost, from which baseline, and
     * its targets as pairs of date and value, as many pairs as the longest trajectory has.
     */
    private static void indicators(Sheet sheet, WorkbookCells styles, WorkbookWords words, PlanSnapshot content) {
        int targets = content.benefits().stream()
                .flatMap(b -> b.indicators().stream())
                .mapToInt(i -> i.targets().size())
                .max()
                .orElse(0);
        List<String> headings = new ArrayList<>(List.of(
                "plan.field.indicator",
                "plan.field.benefit",
                "plan.field.unit",
                "plan.field.frequency",
                "plan.field.measuredBy",
                "plan.field.costHours",
                "plan.field.baseline",
                "plan.xlsx.baselineEnd"));
        Row heading = words.heading(sheet, styles, headings.toArray(String[]::new));
        for (int t = 0; t < targets; t++) {
            styles.label(heading, headings.size() + 2 * t, words.word("plan.xlsx.targetDate", t + 1));
            styles.label(heading, headings.size() + 2 * t + 1, words.word("plan.xlsx.targetValue", t + 1));
        }
        int r = 1;
        for (PlanSnapshot.BenefitEntry b : content.benefits()) {
            for (PlanSnapshot.IndicatorEntry i : b.indicators()) {
                indicator(sheet.createRow(r++), styles, words, b, i, headings.size());
            }
        }
        WorkbookCells.widths(sheet, 40, 40, 14, 12, 22, 12, 14, 14);
        for (int c = headings.size(); c < headings.size() + 2 * targets; c++) {
            sheet.setColumnWidth(c, 13 * 256);
        }
    }

    /** One indicator's row; its targets start in column {@code first}, a date and a value each. */
    private static void indicator(
            Row row,
            WorkbookCells styles,
            WorkbookWords words,
            PlanSnapshot.BenefitEntry b,
            PlanSnapshot.IndicatorEntry i,
            int first) {
        row.createCell(0).setCellValue(i.name());
        row.createCell(1).setCellValue(b.code() + " " + b.title());
        WorkbookCells.text(row, 2, i.unit());
        row.createCell(3).setCellValue(words.word("indicator.frequency." + i.frequency()));
        WorkbookCells.text(row, 4, i.measuredBy());
        WorkbookCells.number(row, 5, i.costHours());
        WorkbookCells.number(row, 6, i.baseline());
        styles.date(row, 7, i.baselineEnd());
        for (int t = 0; t < i.targets().size(); t++) {
            styles.date(row, first + 2 * t, i.targets().get(t).date());
            WorkbookCells.number(row, first + 2 * t + 1, i.targets().get(t).value());
        }
    }

    private static int classOrder(String benefitClass) {
        try {
            return BenefitClass.valueOf(benefitClass).ordinal();
        } catch (IllegalArgumentException e) {
            return BenefitClass.values().length;
        }
    }
}
