package no.gevinst.report.domain;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;
import no.gevinst.portfolio.OrganisationFigures;
import no.gevinst.portfolio.OrganisationStatus;
import no.gevinst.shared.DocumentWriter;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.stereotype.Component;

/**
 * The organisation's status report as a workbook: the same rows as the PDF ({@link OrganisationStatusDocument}), with
 * the kroner as numbers and each share as a live formula (share × whole ÷ 100), so that the owner can add them up.
 */
@Component
class OrganisationStatusWorkbook {

    private final OrganisationStatusDocument document;

    OrganisationStatusWorkbook(OrganisationStatusDocument document) {
        this.document = document;
    }

    byte[] xlsx(OrganisationStatus s) {
        DocumentWriter w = document.writer();
        try (XSSFWorkbook book = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            CellStyle bold = book.createCellStyle();
            Font font = book.createFont();
            font.setBold(true);
            bold.setFont(font);
            CellStyle kroner = book.createCellStyle();
            kroner.setDataFormat(book.createDataFormat().getFormat("# ##0"));
            Sheet summary = sheet(book, w.word("portfolio.organisation.status.sheetSummary"));
            text(
                    summary,
                    0,
                    bold,
                    List.of(w.word(
                            "portfolio.organisation.status.title",
                            s.organisation().name())));
            text(summary, 1, null, List.of(OrganisationStatusDocument.periodName(w, s)));
            text(summary, 2, null, List.of(String.join(", ", s.programmes())));
            int r = 4;
            for (List<String> row : OrganisationStatusDocument.economy(w, s)) {
                text(summary, r++, null, row);
            }
            requirements(book, w, s, bold);
            kpiTargets(book, w, s, bold);
            money(book, w, s, bold, kroner);
            Sheet deviations = sheet(book, w.word("portfolio.report.deviations"));
            text(deviations, 0, bold, words(w, OrganisationStatusDocument.DEVIATION_HEADINGS));
            r = 1;
            for (OrganisationStatus.Deviation d : s.deviations()) {
                text(deviations, r++, null, OrganisationStatusDocument.deviationCells(w, d));
            }
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void requirements(XSSFWorkbook book, DocumentWriter w, OrganisationStatus s, CellStyle bold) {
        Sheet sheet = sheet(book, w.word("portfolio.organisation.status.sheetRequirements"));
        text(sheet, 0, bold, words(w, OrganisationStatusDocument.REQUIREMENT_HEADINGS));
        int r = 1;
        for (OrganisationStatusDocument.RequirementRow row : OrganisationStatusDocument.requirementRows(s)) {
            text(sheet, r++, null, OrganisationStatusDocument.requirementCells(w, row));
        }
    }

    /** The KPI targets decided for the organisation against its own measurements, with how each actual was picked. */
    private static void kpiTargets(XSSFWorkbook book, DocumentWriter w, OrganisationStatus s, CellStyle bold) {
        Sheet sheet = sheet(book, w.word("portfolio.organisation.kpi.sheet"));
        text(sheet, 0, bold, words(w, OrganisationKpiRows.HEADINGS));
        int r = 1;
        for (OrganisationStatus.KpiRequirement k : OrganisationKpiRows.rows(s)) {
            text(sheet, r++, null, OrganisationKpiRows.cells(w, s, k));
        }
        for (int c = 0; c < OrganisationKpiRows.HEADINGS.size(); c++) {
            sheet.setColumnWidth(c, c == OrganisationKpiRows.HEADINGS.size() - 1 ? 100 * 256 : 24 * 256);
        }
    }

    /** Benefit, share %, forecast, its share (a formula), realised, its share (a formula), signed. */
    private static void money(XSSFWorkbook book, DocumentWriter w, OrganisationStatus s, CellStyle bold, CellStyle kr) {
        Sheet sheet = sheet(book, w.word("portfolio.organisation.status.sheetMoney"));
        text(
                sheet,
                0,
                bold,
                words(
                        w,
                        List.of(
                                "portfolio.report.benefit",
                                "portfolio.organisation.status.percent",
                                "portfolio.dashboard.forecast",
                                "portfolio.organisation.status.forecastShare",
                                "portfolio.dashboard.realised",
                                "portfolio.organisation.status.realisedShare",
                                "portfolio.organisation.status.signed")));
        int r = 1;
        for (OrganisationFigures.Part p : s.year().parts()) {
            Row row = sheet.createRow(r);
            int excel = r + 1;
            row.createCell(0).setCellValue(p.code() + " " + p.title());
            row.createCell(1).setCellValue(p.percent().doubleValue());
            number(row, 2, p.forecast(), kr);
            row.createCell(3).setCellFormula("B" + excel + "*C" + excel + "/100");
            row.getCell(3).setCellStyle(kr);
            if (p.realised() != null) {
                number(row, 4, p.realised(), kr);
                row.createCell(5).setCellFormula("B" + excel + "*E" + excel + "/100");
                row.getCell(5).setCellStyle(kr);
                row.createCell(6)
                        .setCellValue(w.word(
                                p.signed() ? "portfolio.organisation.status.yes" : "portfolio.organisation.status.no"));
            }
            r++;
        }
        for (int c = 0; c < 7; c++) {
            sheet.setColumnWidth(c, c == 0 ? 60 * 256 : 18 * 256);
        }
    }

    private static void number(Row row, int column, BigDecimal value, CellStyle style) {
        row.createCell(column).setCellValue(value.doubleValue());
        row.getCell(column).setCellStyle(style);
    }

    private static Sheet sheet(XSSFWorkbook book, String name) {
        return book.createSheet(WorkbookUtil.createSafeSheetName(name));
    }

    private static List<String> words(DocumentWriter w, List<String> keys) {
        return keys.stream().map(w::word).toList();
    }

    private static void text(Sheet sheet, int r, CellStyle style, List<String> cells) {
        Row row = sheet.createRow(r);
        for (int c = 0; c < cells.size(); c++) {
            row.createCell(c).setCellValue(cells.get(c));
            if (style != null) {
                row.getCell(c).setCellStyle(style);
            }
        }
    }
}
