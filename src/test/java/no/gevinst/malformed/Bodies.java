package no.gevinst.malformed;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Fills in the corpus' placeholders and makes its binary bodies: garbage, zip bombs, odd workbooks. */
final class Bodies {

    private static final Pattern REPEAT = Pattern.compile("\\{x:(\\d+)(?::(.))?}");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-zA-Z]+)}");

    private Bodies() {}

    static String fill(String text, Map<String, String> records) {
        if (text == null) {
            return null;
        }
        Matcher repeat = REPEAT.matcher(text);
        StringBuilder out = new StringBuilder();
        while (repeat.find()) {
            String unit = repeat.group(2) == null ? "x" : repeat.group(2);
            repeat.appendReplacement(out, Matcher.quoteReplacement(unit.repeat(Integer.parseInt(repeat.group(1)))));
        }
        repeat.appendTail(out);
        Matcher placeholder = PLACEHOLDER.matcher(out.toString());
        StringBuilder filled = new StringBuilder();
        while (placeholder.find()) {
            String name = placeholder.group(1);
            String value = name.equals("NUL") ? "\u0000" : records.getOrDefault(name, placeholder.group());
            placeholder.appendReplacement(filled, Matcher.quoteReplacement(value));
        }
        placeholder.appendTail(filled);
        return filled.toString();
    }

    static byte[] generate(String kind, Map<String, String> records) {
        return switch (kind) {
            case "garbage" -> garbage();
            case "xlsx-garbage" -> concat("PK\u0003\u0004".getBytes(StandardCharsets.ISO_8859_1), garbage());
            case "xlsx-zipbomb" -> zipBomb();
            case "xlsx-empty-zip" -> zip(Map.of());
            case "xlsx-header-only" ->
                workbook(new String[][] {{"indicator", "organisation", "periodStart", "periodEnd", "value"}});
            case "xlsx-no-header" -> workbook(new String[][] {row(records, "12", "")});
            case "xlsx-wrong-columns" -> workbook(new String[][] {{"a", "b"}, {"1", "2"}});
            case "xlsx-value-1e20" -> workbook(new String[][] {heading(), row(records, "1e20", "")});
            // A workbook cannot carry a NUL (XML has none); a comment beyond its limit must be refused instead.
            case "xlsx-comment-5000" -> workbook(new String[][] {heading(), row(records, "12", "x".repeat(5000))});
            case "xlsx-long-comment" -> workbook(new String[][] {heading(), row(records, "12", "x".repeat(30_000))});
            default -> throw new IllegalArgumentException("No generator " + kind);
        };
    }

    private static String[] heading() {
        return new String[] {"indicator", "organisation", "periodStart", "periodEnd", "value", "comment"};
    }

    private static String[] row(Map<String, String> records, String value, String comment) {
        return new String[] {
            records.get("indicator"), records.get("organisationNumber"), "2025-10-01", "2025-10-31", value, comment
        };
    }

    private static byte[] garbage() {
        byte[] bytes = new byte[64 * 1024];
        new Random(13).nextBytes(bytes);
        return bytes;
    }

    private static byte[] workbook(String[][] rows) {
        try (XSSFWorkbook workbook = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XSSFSheet sheet = workbook.createSheet("Målinger");
            for (int r = 0; r < rows.length; r++) {
                XSSFRow row = sheet.createRow(r);
                for (int c = 0; c < rows[r].length; c++) {
                    row.createCell(c).setCellValue(rows[r][c]);
                }
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A "workbook" whose one sheet inflates from a few hundred kilobytes to 256 MB of zeros. */
    private static byte[] zipBomb() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write("<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>"
                    .getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
            byte[] zeros = new byte[1 << 20];
            for (int i = 0; i < 256; i++) {
                zip.write(zeros);
            }
            zip.closeEntry();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static byte[] zip(Map<String, String> entries) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (var entry : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(entry.getKey()));
                zip.write(entry.getValue().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = new byte[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
