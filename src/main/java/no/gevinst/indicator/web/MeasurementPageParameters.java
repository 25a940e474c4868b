package no.gevinst.indicator.web;

import java.util.ArrayList;
import java.util.List;
import no.gevinst.indicator.MeasurementPaging;
import no.gevinst.shared.FieldViolation;

/**
 * The indicator page's page number and page size as a link carries them. A value that is no number, or out of
 * range, is named beside the measurements and the first page of the default size is shown instead: the page stays
 * the page, not a dead end.
 */
record MeasurementPageParameters(int page, int size, List<FieldViolation> refused) {

    static MeasurementPageParameters of(String page, String size) {
        List<FieldViolation> refused = new ArrayList<>();
        Integer number = number(page);
        if (page != null && !page.isBlank() && (number == null || number < 1)) {
            refused.add(FieldViolation.of("page", "query.page"));
            number = null;
        }
        Integer rows = number(size);
        if (size != null && !size.isBlank() && (rows == null || rows < 1 || rows > MeasurementPaging.MAX_SIZE)) {
            refused.add(FieldViolation.of("size", "query.size", MeasurementPaging.MAX_SIZE));
            rows = null;
        }
        return new MeasurementPageParameters(
                number == null ? 1 : number, rows == null ? MeasurementPaging.DEFAULT_SIZE : rows, refused);
    }

    private static Integer number(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(text.strip());
        } catch (NumberFormatException notANumber) {
            return null;
        }
    }
}
