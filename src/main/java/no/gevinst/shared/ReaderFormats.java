package no.gevinst.shared;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Amounts, numbers and dates as a reader of the page's language writes them: {@code 25 036 425 kr} and
 * {@code 31.12.2027} in bokmål and nynorsk, {@code 25,036,425 kr} and {@code 31 Dec 2027} in English. Years are
 * never grouped: they are written as they are, not as numbers ({@link #year}).
 */
public final class ReaderFormats {

    /** A space that keeps "25 036 425 kr" on one line. */
    static final char NO_BREAK_SPACE = '\u00A0';

    private static final DateTimeFormatter NORWEGIAN_DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");
    private static final DateTimeFormatter ENGLISH_DATE = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK);

    private ReaderFormats() {}

    /** Whole kroner, grouped, with "kr"; rounded half to even only for display. */
    public static String kroner(BigDecimal amount, Locale locale) {
        return grouped(amount.setScale(0, RoundingMode.HALF_EVEN), 0, locale) + NO_BREAK_SPACE + "kr";
    }

    /** A number grouped, with up to four decimals and no trailing zeros. */
    public static String number(BigDecimal value, Locale locale) {
        return grouped(value, 4, locale);
    }

    public static String date(LocalDate date, Locale locale) {
        return (english(locale) ? ENGLISH_DATE : NORWEGIAN_DATE).format(date);
    }

    /** A year as written in running text: "2026", never "2 026". */
    public static String year(int year) {
        return Integer.toString(year);
    }

    private static String grouped(BigDecimal value, int maxDecimals, Locale locale) {
        DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(Locale.ROOT);
        boolean english = english(locale);
        symbols.setGroupingSeparator(english ? ',' : NO_BREAK_SPACE);
        symbols.setDecimalSeparator(english ? '.' : ',');
        symbols.setMinusSign('−');
        DecimalFormat format = new DecimalFormat("#,##0", symbols);
        format.setMaximumFractionDigits(maxDecimals);
        format.setRoundingMode(RoundingMode.HALF_EVEN);
        return format.format(value);
    }

    private static boolean english(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage());
    }
}
