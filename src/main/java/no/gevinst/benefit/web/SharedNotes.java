package no.gevinst.benefit.web;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import no.gevinst.benefit.Benefit;
import no.gevinst.benefit.BenefitShare;
import no.gevinst.benefit.BenefitSharing;
import no.gevinst.shared.BenefitId;
import no.gevinst.shared.ProgrammeId;
import org.springframework.context.MessageSource;

/**
 * The register's note on each shared benefit of a page, by code: "delt med Trondheim kommune (40 %)", naming the
 * programmes other than the one the register shows (or than the home programme, when it shows all), and the share
 * of the programme shown. Read for the whole page at once.
 */
final class SharedNotes {

    private SharedNotes() {}

    static Map<String, String> of(
            List<Benefit> page,
            ProgrammeId shown,
            BenefitSharing sharing,
            Map<ProgrammeId, String> programmes,
            MessageSource messages,
            Locale locale) {
        Map<BenefitId, List<BenefitShare>> shares =
                sharing.shares(page.stream().map(Benefit::id).toList());
        Map<String, String> notes = new HashMap<>();
        for (Benefit b : page) {
            List<BenefitShare> accepted = shares.getOrDefault(b.id(), List.of()).stream()
                    .filter(BenefitShare::accepted)
                    .toList();
            if (accepted.isEmpty()) {
                continue;
            }
            ProgrammeId here = shown == null ? b.programme() : shown;
            java.math.BigDecimal home = java.math.BigDecimal.valueOf(100)
                    .subtract(accepted.stream()
                            .map(s -> s.share().value())
                            .reduce(java.math.BigDecimal.ZERO, java.math.BigDecimal::add));
            String others = java.util.stream.Stream.concat(
                            java.util.stream.Stream.of(new Party(b.programme(), home)),
                            accepted.stream()
                                    .map(s -> new Party(s.programme(), s.share().value())))
                    .filter(p -> !p.programme().equals(here))
                    .map(p -> name(programmes, p.programme()) + " (" + percent(p.share(), locale) + ")")
                    .collect(Collectors.joining(", "));
            notes.put(b.code(), messages.getMessage("register.sharedWith", new Object[] {others}, locale));
        }
        return notes;
    }

    private record Party(ProgrammeId programme, java.math.BigDecimal share) {}

    private static String name(Map<ProgrammeId, String> programmes, ProgrammeId id) {
        return programmes.getOrDefault(id, "–");
    }

    private static String percent(java.math.BigDecimal value, Locale locale) {
        String plain = value.stripTrailingZeros().toPlainString();
        return ("en".equals(locale.getLanguage()) ? plain : plain.replace('.', ',')) + "\u00a0%";
    }
}
