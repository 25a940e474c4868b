package no.gevinst.portfolio.domain;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import no.gevinst.indicator.Indicator;

/**
 * What makes two indicators "the same measure". Indicators belong to one benefit each, so two benefits claiming the
 * same gain show up as two indicators that measure the same thing. We take them to be the same when either
 *
 * <ul>
 *   <li>their name, unit and scope coincide: name and unit compared without regard to case and runs of whitespace,
 *       the scope by its kind, organisation and unit text (likewise normalised); or
 *   <li>they are delivered by the same FHIR Measure canonical URL, ignoring a {@code |version} suffix and a trailing
 *       slash, since one Measure's reports can only measure one thing.
 * </ul>
 *
 * Two programmes that both scope an indicator to the whole programme therefore share a key: we would rather show
 * the coordinators a possible double count to accept than hide a real one.
 */
public final class IndicatorKeys {

    private IndicatorKeys() {}

    public static Set<String> of(Indicator indicator) {
        Set<String> keys = new LinkedHashSet<>();
        keys.add(measureKey(
                indicator.name(),
                indicator.unit(),
                indicator.scope() == null ? "" : indicator.scope().name(),
                indicator.scopeOrganisation() == null
                        ? ""
                        : indicator.scopeOrganisation().toString(),
                indicator.scopeUnit()));
        canonicalKey(indicator.canonicalUrl()).ifPresent(keys::add);
        return keys;
    }

    static String measureKey(String name, String unit, String scope, String scopeOrganisation, String scopeUnit) {
        return "measure:"
                + String.join("|", normalised(name), normalised(unit), scope, scopeOrganisation, normalised(scopeUnit));
    }

    static java.util.Optional<String> canonicalKey(String canonicalUrl) {
        String url = canonicalUrl == null ? "" : canonicalUrl.strip();
        int version = url.indexOf('|');
        if (version >= 0) {
            url = url.substring(0, version);
        }
        while (url.endsWith("/")) {
            url = url.substring(0, url.length() - 1);
        }
        return url.isEmpty() ? java.util.Optional.empty() : java.util.Optional.of("canonical:" + url);
    }

    /**
     * Stripped, each run of whitespace ({@code \s}: space, tab, line breaks, form feed) one space, in lower case. A
     * plain loop rather than a regular expression: the control normalises every title and indicator of the portfolio.
     */
    static String normalised(String text) {
        if (text == null) {
            return "";
        }
        String stripped = text.strip();
        StringBuilder out = new StringBuilder(stripped.length());
        boolean inRun = false;
        for (int i = 0; i < stripped.length(); i++) {
            char c = stripped.charAt(i);
            if (c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r') {
                if (!inRun) {
                    out.append(' ');
                }
                inRun = true;
            } else {
                out.append(c);
                inRun = false;
            }
        }
        return out.toString().toLowerCase(Locale.ROOT);
    }
}
