package no.gevinst.benefit.domain;

import java.util.Arrays;
import no.gevinst.benefit.BenefitClass;
import no.gevinst.benefit.BenefitKind;
import no.gevinst.benefit.BenefitStatus;
import no.gevinst.benefit.Priority;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;

/** The register spreadsheet's fixed parts: headings, date style, the template's example row and its guide. */
final class RegisterSheets {

    private static final String[][] GUIDE_LINES = {
        {"Kolonne", "Hva den skal inneholde"},
        {"Programkode", "Koden til et program du koordinerer, for eksempel HP."},
        {"Kode", "Tom for ny gevinst (neste nummer velges), eller en eksisterende kode som da oppdateres."},
        {"Tittel", "Påkrevd. Formulert som en endring."},
        {"Type", "Gevinst eller Ulempe (BENEFIT eller DISBENEFIT leses også)."},
        {"Gevinstområde", "Navnet på et gevinstområde i programmets rammeverk."},
        {"Prioriterte områder", "Navn på prioriterte områder, skilt med semikolon."},
        {
            "Gevinstklasse",
            "Budsjettmessig virkning i egen virksomhet, Alternativ anvendelse i virksomheten, Prissatt "
                    + "nyttevirkning i øvrig offentlig sektor eller Ikke-prissatt virkning."
        },
        {"Effektmål", "Numrene på programmets effektmål, skilt med semikolon, for eksempel 6; 8."},
        {"Fordeling", "Virksomhet=andel, skilt med semikolon, for eksempel St. Olavs hospital HF=60; 997005562=40."},
        {"Investerende virksomheter", "Navn eller organisasjonsnummer, skilt med semikolon."},
        {"Gevinsteier / Gevinstansvarlig", "E-postadressen eller navnet til en person i registeret."},
        {"Forventet start / Full effekt", "Dato (dd.mm.åååå eller åååå-mm-dd)."},
        {"Prioritet", "Høy, Middels eller Lav (HIGH, MEDIUM eller LOW leses også)."},
        {"Forutsetninger / Dokumentasjon", "Én per linje; dokumentasjon er lenker som begynner med https://."},
        {
            "Status",
            "Identifisert, Prioritert, Planlagt, Under realisering, Realisert eller Avsluttet. Statusen må oppfylle "
                    + "livsløpets krav (planlagt krever eier, ansvarlig og effektmål)."
        }
    };

    private RegisterSheets() {}

    static String[] headings() {
        return Arrays.stream(RegisterColumn.values()).map(c -> c.heading).toArray(String[]::new);
    }

    static void writeHeadings(Workbook workbook, Sheet sheet) {
        Font bold = workbook.createFont();
        bold.setBold(true);
        CellStyle style = workbook.createCellStyle();
        style.setFont(bold);
        Row heading = sheet.createRow(0);
        for (RegisterColumn column : RegisterColumn.values()) {
            Cell cell = heading.createCell(column.ordinal());
            cell.setCellValue(column.heading);
            cell.setCellStyle(style);
            sheet.setColumnWidth(column.ordinal(), 20 * 256);
        }
        sheet.createFreezePane(0, 1);
    }

    static CellStyle dateStyle(Workbook workbook) {
        CellStyle style = workbook.createCellStyle();
        style.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("dd.mm.yyyy"));
        return style;
    }

    /** The template's one example row, for the given programme code. */
    static void writeExample(Sheet sheet, String programme) {
        Row example = sheet.createRow(1);
        example.createCell(RegisterColumn.PROGRAMME.ordinal()).setCellValue(programme);
        example.createCell(RegisterColumn.TITLE.ordinal()).setCellValue("Redusert tid brukt på dokumentasjon");
        example.createCell(RegisterColumn.KIND.ordinal())
                .setCellValue(RegisterValues.written(RegisterColumn.KIND, BenefitKind.BENEFIT));
        example.createCell(RegisterColumn.BENEFIT_CLASS.ordinal())
                .setCellValue(RegisterValues.written(RegisterColumn.BENEFIT_CLASS, BenefitClass.CAPACITY));
        example.createCell(RegisterColumn.PRIORITY.ordinal())
                .setCellValue(RegisterValues.written(RegisterColumn.PRIORITY, Priority.MEDIUM));
        example.createCell(RegisterColumn.STATUS.ordinal())
                .setCellValue(RegisterValues.written(RegisterColumn.STATUS, BenefitStatus.IDENTIFIED));
    }

    static void writeGuide(Sheet guide) {
        for (int i = 0; i < GUIDE_LINES.length; i++) {
            Row row = guide.createRow(i);
            row.createCell(0).setCellValue(GUIDE_LINES[i][0]);
            row.createCell(1).setCellValue(GUIDE_LINES[i][1]);
        }
        guide.setColumnWidth(0, 32 * 256);
        guide.setColumnWidth(1, 110 * 256);
    }
}
