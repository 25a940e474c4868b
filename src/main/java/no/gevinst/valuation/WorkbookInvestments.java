package no.gevinst.valuation;

import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Investeringsanalyse: investment, running costs and co-financing received per year and actor, each cell the named
 * cost on the inputs sheet, with the year's sum and the part borne by public budgets. The cost-benefit sheet links
 * here, so that a cost changed on the inputs sheet changes every result.
 */
final class WorkbookInvestments {

    private static final int FIRST_ACTOR_COLUMN = 2;
    private static final int SUM_COLUMN = FIRST_ACTOR_COLUMN + Actor.values().length;
    private static final int PUBLIC_COLUMN = SUM_COLUMN + 1;

    private final Sheet sheet;
    private final EconomicSettings settings;
    private final WorkbookText text;
    private final WorkbookStyles styles;

    WorkbookInvestments(XSSFWorkbook workbook, EconomicSettings settings, WorkbookText text, WorkbookStyles styles) {
        this.sheet = workbook.createSheet(text.get("sheet.investments"));
        this.settings = settings;
        this.text = text;
        this.styles = styles;
    }

    void write(WorkbookInputs inputs) {
        List<String> titles = new ArrayList<>(List.of(text.get("col.year"), text.get("col.kind")));
        for (Actor actor : Actor.values()) {
            titles.add(text.actor(actor));
        }
        titles.add(text.get("col.sum"));
        titles.add(text.get("col.publicSum"));
        styles.heading(sheet, 0, titles.toArray(String[]::new));
        for (int year = settings.firstYear(); year <= settings.lastYear(); year++) {
            for (Cost.Kind kind : Cost.Kind.values()) {
                row(year, kind, inputs);
            }
        }
        sheet.setColumnWidth(0, 8 * 256);
        sheet.setColumnWidth(1, 26 * 256);
        for (int c = FIRST_ACTOR_COLUMN; c <= PUBLIC_COLUMN; c++) {
            sheet.setColumnWidth(c, 18 * 256);
        }
        sheet.createFreezePane(2, 1);
    }

    private void row(int year, Cost.Kind kind, WorkbookInputs inputs) {
        int rowIndex = rowIndex(year, kind);
        Row row = WorkbookStyles.row(sheet, rowIndex);
        styles.value(row, 0, year, styles.year);
        WorkbookStyles.text(row, 1, text.costKind(kind));
        List<String> publicCells = new ArrayList<>();
        Actor[] actors = Actor.values();
        for (int a = 0; a < actors.length; a++) {
            styles.formula(row, FIRST_ACTOR_COLUMN + a, inputs.costCell(kind, actors[a], year), styles.kroner);
            if (actors[a].publicSector()) {
                publicCells.add(column(FIRST_ACTOR_COLUMN + a) + (rowIndex + 1));
            }
        }
        int excelRow = rowIndex + 1;
        styles.formula(
                row,
                SUM_COLUMN,
                "SUM(" + column(FIRST_ACTOR_COLUMN) + excelRow + ":" + column(SUM_COLUMN - 1) + excelRow + ")",
                styles.kroner);
        styles.formula(row, PUBLIC_COLUMN, String.join("+", publicCells), styles.kroner);
    }

    /** The year's total of a kind of cost, for all actors. */
    String sumCell(int year, Cost.Kind kind) {
        return cell(SUM_COLUMN, year, kind);
    }

    /** The part of the year's total borne by public budgets. */
    String publicCell(int year, Cost.Kind kind) {
        return cell(PUBLIC_COLUMN, year, kind);
    }

    String actorCell(int year, Cost.Kind kind, Actor actor) {
        return cell(FIRST_ACTOR_COLUMN + actor.ordinal(), year, kind);
    }

    private String cell(int column, int year, Cost.Kind kind) {
        return "'" + sheet.getSheetName() + "'!" + column(column) + (rowIndex(year, kind) + 1);
    }

    private int rowIndex(int year, Cost.Kind kind) {
        return 1 + (year - settings.firstYear()) * Cost.Kind.values().length + kind.ordinal();
    }

    private static String column(int index) {
        return CellReference.convertNumToColString(index);
    }
}
