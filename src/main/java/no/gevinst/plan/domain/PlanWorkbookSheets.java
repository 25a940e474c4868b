package no.gevinst.plan.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.function.Function;
import no.gevinst.plan.Approval;
import no.gevinst.plan.Plan;
import no.gevinst.plan.PlanSnapshot;
import no.gevinst.plan.PlanVersion;
import no.gevinst.shared.NorwegianTime;
import no.gevinst.shared.WorkbookCells;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;

/** The sheets of a plan's workbook that list its records: the measures, the risks and the version with its decision. */
final class PlanWorkbookSheets {

    private PlanWorkbookSheets() {}

    static void measures(Sheet sheet, WorkbookCells styles, WorkbookWords words, PlanSnapshot content) {
        words.heading(
                sheet,
                styles,
                "plan.field.action",
                "plan.field.benefits",
                "plan.field.responsible",
                "plan.field.deadline",
                "plan.field.status",
                "plan.field.costKr");
        int r = 1;
        for (PlanSnapshot.MeasureEntry m : content.measures()) {
            Row row = sheet.createRow(r++);
            row.createCell(0).setCellValue(m.action());
            row.createCell(1).setCellValue(String.join(", ", m.benefits()));
            WorkbookCells.text(row, 2, m.responsible());
            styles.date(row, 3, m.deadline());
            row.createCell(4).setCellValue(words.word("plan.measureStatus." + m.status()));
            styles.money(row, 5, m.cost());
        }
        WorkbookCells.widths(sheet, 50, 50, 22, 14, 14, 16);
    }

    /** The score is probability × impact as a formula, so that a changed estimate rescores itself. */
    static void risks(Sheet sheet, WorkbookCells styles, WorkbookWords words, PlanSnapshot content) {
        words.heading(
                sheet,
                styles,
                "plan.field.description",
                "plan.field.benefit",
                "plan.field.cause",
                "plan.field.consequence",
                "plan.field.probabilityScale",
                "plan.field.impactScale",
                "plan.field.score",
                "plan.field.mitigation",
                "plan.field.owner",
                "plan.field.status");
        int r = 1;
        for (PlanSnapshot.RiskEntry risk : content.risks()) {
            Row row = sheet.createRow(r++);
            row.createCell(0).setCellValue(risk.description());
            WorkbookCells.text(row, 1, risk.benefit() == null ? words.word("plan.risk.wholePlan") : risk.benefit());
            WorkbookCells.text(row, 2, risk.cause());
            WorkbookCells.text(row, 3, risk.consequence());
            row.createCell(4).setCellValue(risk.probability());
            row.createCell(5).setCellValue(risk.impact());
            row.createCell(6).setCellFormula("E" + r + "*F" + r);
            WorkbookCells.text(row, 7, risk.mitigation());
            WorkbookCells.text(row, 8, risk.owner());
            row.createCell(9).setCellValue(words.word("plan.riskStatus." + risk.status()));
        }
        WorkbookCells.widths(sheet, 40, 34, 30, 30, 14, 14, 12, 40, 22, 12);
    }

    static void version(
            Sheet sheet,
            WorkbookCells styles,
            WorkbookWords words,
            Plan plan,
            PlanVersion version,
            PlanSnapshot content) {
        int[] r = {0};
        Function<String, Row> line = key -> {
            Row row = sheet.createRow(r[0]++);
            styles.label(row, 0, words.word(key));
            return row;
        };
        line.apply("plan.field.titleLabel").createCell(1).setCellValue(plan.title());
        line.apply("plan.xlsx.programme").createCell(1).setCellValue(content.programme());
        WorkbookCells.text(
                line.apply("plan.field.party"),
                1,
                content.party() == null ? words.word("plan.xlsx.programmePlan") : content.party());
        line.apply("plan.version.number").createCell(1).setCellValue(version.number());
        line.apply("plan.field.status").createCell(1).setCellValue(words.word("plan.status." + version.status()));
        WorkbookCells.text(line.apply("plan.version.reason"), 1, version.reason());
        WorkbookCells.text(line.apply("plan.xlsx.createdBy"), 1, version.createdBy());
        styles.date(line.apply("plan.xlsx.createdAt"), 1, day(version.createdAt()));
        WorkbookCells.text(line.apply("plan.xlsx.submittedBy"), 1, version.submittedBy());
        styles.date(line.apply("plan.xlsx.submittedAt"), 1, day(version.submittedAt()));
        decision(line, styles, version.approval());
        WorkbookCells.widths(sheet, 34, 60);
    }

    /** The decision that approved the version; a draft says instead when its live content was read. */
    private static void decision(Function<String, Row> line, WorkbookCells styles, Approval approval) {
        if (approval != null) {
            line.apply("plan.approval.onBehalfOf").createCell(1).setCellValue(approval.onBehalfOf());
            styles.date(line.apply("plan.approval.date"), 1, approval.decisionDate());
            line.apply("plan.approval.reference").createCell(1).setCellValue(approval.reference());
            line.apply("plan.xlsx.approvedBy").createCell(1).setCellValue(approval.approvedBy());
        } else {
            // A draft shows the records as they are now; say when "now" was.
            styles.date(line.apply("plan.xlsx.liveAsOf"), 1, NorwegianTime.today());
        }
    }

    private static LocalDate day(Instant at) {
        return at == null ? null : NorwegianTime.date(at);
    }
}
