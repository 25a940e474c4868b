package no.gevinst.indicator.web;

import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import no.gevinst.indicator.Measurement;
import no.gevinst.indicator.MeasurementSource;
import no.gevinst.shared.MeasurementId;
import no.gevinst.shared.OrganisationId;
import org.springframework.context.MessageSource;
import org.thymeleaf.expression.Numbers;
import org.thymeleaf.expression.Temporals;

/**
 * The indicator page's measurements as its table shows them, prepared once per request: dates, values, names and
 * words as text, with Thymeleaf's own formatters ({@code #temporals}, {@code #numbers}) so that the page reads as
 * before. A hundred rows each asking the template for two dates, a number, a name, a word and the user's rights cost
 * the page more than its SQL (issue 15).
 */
final class MeasurementRows {

    /** One measurement as a row of the table. */
    record Row(
            MeasurementId id,
            boolean current,
            String period,
            String value,
            String organisation,
            String source,
            String recordedBy,
            String superseded,
            /* shown only on a current measurement, and only when there is one */
            String comment,
            boolean correctable) {

        /**
         * Whether the row's last cell holds anything: most rows are current, uncommented and not the reader's to
         * correct, and the template then skips the cell's three parts with one test instead of three (a hundred rows
         * a page, issue 15).
         */
        public boolean annotated() {
            return !current || comment != null || correctable;
        }
    }

    private MeasurementRows() {}

    static List<Row> of(
            Collection<Measurement> measurements,
            Collection<OrganisationId> recordsFor,
            Map<OrganisationId, String> organisationNames,
            Map<String, String> fullNames,
            MessageSource messages,
            Locale locale) {
        Temporals dates = new Temporals(locale);
        Numbers numbers = new Numbers(locale);
        Map<MeasurementSource, String> sources = new EnumMap<>(MeasurementSource.class);
        return measurements.stream()
                .map(m -> new Row(
                        m.id(),
                        m.isCurrent(),
                        dates.format(m.periodStart(), "dd.MM.yyyy") + "–" + dates.format(m.periodEnd(), "dd.MM.yyyy"),
                        numbers.formatDecimal(m.value(), 1, "DEFAULT", 2, "DEFAULT"),
                        organisationNames.get(m.organisation()),
                        sources.computeIfAbsent(m.source(), s -> word(messages, "indicator.source." + s, locale)),
                        m.recordedBy() == null ? null : fullNames.getOrDefault(m.recordedBy(), m.recordedBy()),
                        m.isCurrent()
                                ? null
                                : messages.getMessage(
                                        "indicator.measurement.superseded", new Object[] {m.supersedeReason()}, locale),
                        m.isCurrent() && m.comment() != null && !m.comment().isEmpty() ? m.comment() : null,
                        m.isCurrent() && recordsFor.contains(m.organisation())))
                .toList();
    }

    /** A word from the bundles, or what Thymeleaf shows for a key it lacks. */
    private static String word(MessageSource messages, String key, Locale locale) {
        return messages.getMessage(key, null, "??" + key + "_" + locale + "??", locale);
    }
}
