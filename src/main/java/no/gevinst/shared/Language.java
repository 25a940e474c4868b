package no.gevinst.shared;

import java.util.Locale;
import java.util.Optional;

/**
 * The three languages Gevinst writes: the two written standards of Norwegian (bokmål and nynorsk, both owed to
 * readers by the Language Act) and English. Numbers and dates are written the same way in both Norwegian standards;
 * only the words differ, so {@link #formatting()} is bokmål's for nynorsk too.
 */
public enum Language {
    BOKMAL("nb", Locale.forLanguageTag("nb-NO")),
    NYNORSK("nn", Locale.forLanguageTag("nn-NO")),
    ENGLISH("en", Locale.ENGLISH);

    private final String tag;
    private final Locale locale;

    Language(String tag, Locale locale) {
        this.tag = tag;
        this.locale = locale;
    }

    /** The language tag a page or document declares ({@code <html lang>}, a PDF's /Lang): nb, nn or en. */
    public String tag() {
        return tag;
    }

    /** The locale the message bundles are read in: nb-NO reads messages.properties, nn-NO messages_nn. */
    public Locale locale() {
        return locale;
    }

    /** The locale numbers and dates are formatted in: Norwegian for both written standards. */
    public Locale formatting() {
        return this == ENGLISH ? Locale.UK : BOKMAL.locale;
    }

    /** The language of a locale; bokmål for any locale that is not nynorsk or English (and for none). */
    public static Language of(Locale locale) {
        if (locale == null) {
            return BOKMAL;
        }
        return switch (locale.getLanguage()) {
            case "nn" -> NYNORSK;
            case "en" -> ENGLISH;
            // Java's old name for nynorsk: no_NO_NY.
            case "no" -> "NY".equals(locale.getVariant()) ? NYNORSK : BOKMAL;
            default -> BOKMAL;
        };
    }

    /**
     * The language a reader asked for ({@code ?lang=}): nb, nn, en, no (Norwegian, read as bokmål) or any of them
     * with a region (nn-NO, nb_NO, en-GB), in any case; empty for anything else.
     */
    public static Optional<Language> parse(String asked) {
        if (asked == null) {
            return Optional.empty();
        }
        String[] parts = asked.trim().toLowerCase(Locale.ROOT).split("[-_]", 2);
        if (parts.length == 2 && !parts[1].matches("[a-z]{2}|\\d{3}")) {
            return Optional.empty();
        }
        return switch (parts[0]) {
            case "nb", "no" -> Optional.of(BOKMAL);
            case "nn" -> Optional.of(NYNORSK);
            case "en" -> Optional.of(ENGLISH);
            default -> Optional.empty();
        };
    }
}
