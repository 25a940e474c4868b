package no.gevinst.benefit.domain;

import java.util.LinkedHashMap;
import java.util.Map;
import no.gevinst.benefit.BenefitClass;
import no.gevinst.benefit.BenefitKind;
import no.gevinst.benefit.BenefitStatus;
import no.gevinst.benefit.Priority;

/**
 * The values of the register spreadsheet's choice columns (type, class, priority, status) as people read them
 * ("Gevinst", "Høy", "Identifisert"), in bokmål like the sheet's headings. A sheet is read with these names or with
 * the machine names systems use (BENEFIT, HIGH, IDENTIFIED), in any case.
 */
final class RegisterValues {

    private static final Map<RegisterColumn, Map<String, String>> NAMES = Map.of(
            RegisterColumn.KIND,
            names(BenefitKind.BENEFIT, "Gevinst", BenefitKind.DISBENEFIT, "Ulempe"),
            RegisterColumn.BENEFIT_CLASS,
            names(
                    BenefitClass.CASH_RELEASING, "Budsjettmessig virkning i egen virksomhet",
                    BenefitClass.CAPACITY, "Alternativ anvendelse i virksomheten",
                    BenefitClass.OTHER_PUBLIC, "Prissatt nyttevirkning i øvrig offentlig sektor",
                    BenefitClass.NON_PRICED, "Ikke-prissatt virkning"),
            RegisterColumn.PRIORITY,
            names(Priority.HIGH, "Høy", Priority.MEDIUM, "Middels", Priority.LOW, "Lav"),
            RegisterColumn.STATUS,
            names(
                    BenefitStatus.IDENTIFIED, "Identifisert",
                    BenefitStatus.PRIORITISED, "Prioritert",
                    BenefitStatus.PLANNED, "Planlagt",
                    BenefitStatus.REALISING, "Under realisering",
                    BenefitStatus.REALISED, "Realisert",
                    BenefitStatus.CLOSED, "Avsluttet",
                    BenefitStatus.ABANDONED, "Forkastet"));

    private RegisterValues() {}

    /** The name a person reads for a value of the column. */
    static String written(RegisterColumn column, Enum<?> value) {
        return NAMES.get(column).getOrDefault(value.name(), value.name());
    }

    /** The machine name of a cell's value: its Norwegian name translated, anything else as written. */
    static String read(RegisterColumn column, String text) {
        Map<String, String> names = NAMES.get(column);
        if (names == null || text == null) {
            return text;
        }
        for (Map.Entry<String, String> e : names.entrySet()) {
            if (e.getValue().equalsIgnoreCase(text.strip())) {
                return e.getKey();
            }
        }
        return text;
    }

    private static Map<String, String> names(Object... pairs) {
        Map<String, String> names = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            names.put(((Enum<?>) pairs[i]).name(), (String) pairs[i + 1]);
        }
        return names;
    }
}
