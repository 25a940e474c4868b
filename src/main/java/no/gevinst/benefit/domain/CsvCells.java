package no.gevinst.benefit.domain;

/**
 * Keeps exported text from being run as a formula when the CSV file is opened in Excel or LibreOffice (OWASP's
 * "CSV injection"): a cell starting with {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage return gets a
 * leading {@code '}, which the spreadsheet shows as text. The writer also quotes every field, so that no separator
 * inside a value can start a new cell behind the guard.
 */
final class CsvCells {

    private static final String FORMULA_STARTS = "=+-@\t\r";

    private CsvCells() {}

    static String neutralised(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        return FORMULA_STARTS.indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
    }
}
