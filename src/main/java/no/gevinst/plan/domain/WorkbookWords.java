package no.gevinst.plan.domain;

import java.util.Locale;
import no.gevinst.shared.WorkbookCells;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.WorkbookUtil;
import org.springframework.context.MessageSource;

/** A plan workbook's headings and values in the reader's language. */
final class WorkbookWords {

    private final MessageSource messages;
    private final Locale locale;

    WorkbookWords(MessageSource messages, Locale locale) {
        this.messages = messages;
        this.locale = locale;
    }

    String word(String key, Object... arguments) {
        return messages.getMessage(key, arguments, key, locale);
    }

    /** A sheet's name as Excel allows it: at most 31 characters, none of []:*?/\. */
    String sheet(String key) {
        return WorkbookUtil.createSafeSheetName(word(key));
    }

    /** The sheet's first row, the headings named by the keys, frozen above the rows that follow. */
    Row heading(Sheet sheet, WorkbookCells styles, String... keys) {
        Row row = sheet.createRow(0);
        for (int i = 0; i < keys.length; i++) {
            styles.label(row, i, word(keys[i]));
        }
        sheet.createFreezePane(0, 1);
        return row;
    }
}
