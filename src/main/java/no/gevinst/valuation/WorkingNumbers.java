package no.gevinst.valuation;

import java.text.NumberFormat;
import java.util.Locale;

/** The Norwegian number format of a valuation's workings (1 234 567,5), made once; copied for each use. */
final class WorkingNumbers {

    static final NumberFormat NORWEGIAN = norwegian();

    private WorkingNumbers() {}

    private static NumberFormat norwegian() {
        NumberFormat format = NumberFormat.getNumberInstance(Locale.forLanguageTag("nb-NO"));
        format.setMaximumFractionDigits(2);
        return format;
    }
}
