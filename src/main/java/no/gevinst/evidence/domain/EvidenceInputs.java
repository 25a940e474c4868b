package no.gevinst.evidence.domain;

import java.math.BigDecimal;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import no.gevinst.evidence.Evidence;
import no.gevinst.evidence.EvidenceId;
import no.gevinst.evidence.EvidenceInput;
import no.gevinst.evidence.EvidenceKind;
import no.gevinst.evidence.EvidenceStatus;
import no.gevinst.shared.BenefitId;
import no.gevinst.shared.Ids;
import no.gevinst.shared.Inputs;
import no.gevinst.shared.NorwegianNumbers;
import no.gevinst.shared.ProgrammeId;
import no.gevinst.shared.TextLimits;
import no.gevinst.shared.Violations;

/** Reads an evaluation as typed, once, naming every field that is wrong. */
final class EvidenceInputs {

    private EvidenceInputs() {}

    /**
     * The evaluation the input describes.
     *
     * @param benefitsOfProgramme the benefits it may be linked to: the programme's own
     */
    static Evidence read(
            EvidenceId id, ProgrammeId programme, EvidenceInput in, Set<BenefitId> benefitsOfProgramme, long version) {
        Violations v = new Violations();
        EvidenceKind kind = choice(in.kind(), EvidenceKind.class, "kind", v);
        EvidenceStatus status = choice(in.status(), EvidenceStatus.class, "status", v);
        String title = title(in.title(), v);
        LocalDate start = Inputs.date(in.periodStart(), "periodStart", v);
        LocalDate end = Inputs.date(in.periodEnd(), "periodEnd", v);
        if (start != null && end != null && end.isBefore(start)) {
            v.add("periodEnd", "evidence.periodEnd.beforeStart");
        }
        Effect effect = effect(in, v);
        String url = sourceUrl(in.sourceUrl(), v);
        List<BenefitId> benefits = benefits(in.benefitIds(), benefitsOfProgramme, v);
        Evidence evidence = new Evidence(
                id,
                programme,
                kind == null ? EvidenceKind.OTHER : kind,
                title,
                text(in.design(), "design", TextLimits.PARAGRAPHS, v),
                text(in.performedBy(), "performedBy", TextLimits.LINE, v),
                start,
                end,
                status == null ? EvidenceStatus.PLANNED : status,
                text(in.result(), "result", TextLimits.PARAGRAPHS, v),
                effect.size(),
                text(in.effectUnit(), "effectUnit", TextLimits.LINE, v),
                effect.low(),
                effect.high(),
                text(in.source(), "source", TextLimits.LINE, v),
                url,
                benefits,
                version);
        v.throwIfAny();
        return evidence;
    }

    /** An effect size with its confidence interval, each null when not given. */
    private record Effect(BigDecimal size, BigDecimal low, BigDecimal high) {}

    private static String title(String text, Violations v) {
        String title = text(text, "title", TextLimits.LINE, v);
        if (title.isEmpty() && !v.has("title")) {
            v.add("title", "evidence.title.required");
        }
        return title;
    }

    /** The effect size and its interval: the interval in order, and the size given and inside it. */
    private static Effect effect(EvidenceInput in, Violations v) {
        BigDecimal effect = number(in.effectSize(), "effectSize", v);
        BigDecimal low = number(in.ciLow(), "ciLow", v);
        BigDecimal high = number(in.ciHigh(), "ciHigh", v);
        if (low != null && high != null && low.compareTo(high) > 0) {
            v.add("ciLow", "evidence.ciLow.aboveHigh");
        }
        if ((low != null || high != null) && effect == null && !v.has("effectSize")) {
            v.add("effectSize", "evidence.effectSize.requiredForInterval");
        }
        if (effect != null
                && (low != null && effect.compareTo(low) < 0 || high != null && effect.compareTo(high) > 0)) {
            v.add("effectSize", "evidence.effectSize.outsideInterval");
        }
        return new Effect(effect, low, high);
    }

    private static String sourceUrl(String text, Violations v) {
        String url = text(text, "sourceUrl", TextLimits.URL, v);
        if (!url.isEmpty() && !v.has("sourceUrl") && !webAddress(url)) {
            v.add("sourceUrl", "evidence.sourceUrl.invalid");
        }
        return url;
    }

    private static <E extends Enum<E>> E choice(String text, Class<E> type, String field, Violations v) {
        E value = Inputs.choice(text, type).orElse(null);
        if (value == null) {
            v.add(field, "evidence." + field + ".invalid");
        }
        return value;
    }

    private static String text(String text, String field, int limit, Violations v) {
        Inputs.check(field, text, v);
        String value = Inputs.text(text);
        if (value.length() > limit && !v.has(field)) {
            v.add(field, "text.tooLong", limit, value.length());
        }
        return value;
    }

    /** A number as typed in Norway or by a machine: "1 234,5", "-0,8" or "12.5"; null when blank or no number. */
    static BigDecimal number(String text, String field, Violations v) {
        if (Inputs.text(text).isEmpty()) {
            return null;
        }
        try {
            return Inputs.bounded(NorwegianNumbers.parseDecimal(text), field, v);
        } catch (NumberFormatException e) {
            v.add(field, "value.invalid");
            return null;
        }
    }

    private static boolean webAddress(String text) {
        try {
            URI uri = new URI(text);
            return uri.getScheme() != null
                    && (uri.getScheme().equals("http") || uri.getScheme().equals("https"))
                    && uri.getHost() != null;
        } catch (URISyntaxException e) {
            return false;
        }
    }

    private static List<BenefitId> benefits(List<String> ids, Set<BenefitId> allowed, Violations v) {
        List<BenefitId> chosen = ids.stream()
                .map(t -> Ids.parse(t, BenefitId::new).filter(allowed::contains))
                .flatMap(java.util.Optional::stream)
                .distinct()
                .toList();
        if (chosen.size() != ids.stream().map(String::strip).distinct().count()) {
            v.add("benefitIds", "evidence.benefitIds.invalid");
        } else if (chosen.isEmpty()) {
            v.add("benefitIds", "evidence.benefitIds.required");
        }
        return chosen;
    }
}
