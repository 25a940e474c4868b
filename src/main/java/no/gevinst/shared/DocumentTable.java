package no.gevinst.shared;

import java.util.List;

/**
 * A table of a printed document as its template lays it out: the headings in the reader's language and each row's
 * cells, each marked when it is an amount, count or date (right-aligned, never broken inside).
 */
public record DocumentTable(List<String> headings, List<List<Cell>> rows) {

    public DocumentTable {
        headings = List.copyOf(headings);
        rows = List.copyOf(rows);
    }

    public boolean isEmpty() {
        return rows.isEmpty();
    }

    public record Cell(String text, boolean numeric) {}
}
