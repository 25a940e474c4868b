package no.gevinst.benefit;

import java.util.List;

/**
 * One reason an import was refused: the spreadsheet row (as numbered in Excel), the column's heading and a
 * message key with its arguments.
 */
public record ImportError(int row, String column, String messageKey, List<Object> arguments)
        implements java.io.Serializable {

    public ImportError {
        arguments = List.copyOf(arguments);
    }
}
