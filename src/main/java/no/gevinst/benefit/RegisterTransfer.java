package no.gevinst.benefit;

import java.io.InputStream;
import java.io.OutputStream;
import java.io.Writer;

/**
 * The register as spreadsheets: export of a filtered list to XLSX and CSV, the import template, and the
 * all-or-nothing import of benefits from XLSX. Columns use names and codes people can type, not ids.
 */
public interface RegisterTransfer {

    void exportXlsx(BenefitQuery query, OutputStream out);

    void exportCsv(BenefitQuery query, Writer out);

    /** A workbook with the headings, a guide to the allowed values and one example row. */
    void template(OutputStream out);

    /**
     * Imports every row or none: rows whose code exists update that benefit, others create one.
     *
     * @return the number of benefits imported
     * @throws ImportRefusedException naming every bad row and column; nothing is stored then
     */
    int importXlsx(InputStream in);
}
