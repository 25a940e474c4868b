package no.gevinst.configdecision.domain;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import no.gevinst.configdecision.ConfigDecision;
import no.gevinst.configdecision.ConfigDecisionId;
import no.gevinst.configdecision.ConfigDecisionInput;
import no.gevinst.configdecision.ConfigDecisionInput.KpiInput;
import no.gevinst.configdecision.Production;
import no.gevinst.configdecision.ServedKpi;
import no.gevinst.configdecision.SolutionKind;
import no.gevinst.configdecision.Stage;
import no.gevinst.shared.Ids;
import no.gevinst.shared.IndicatorId;
import no.gevinst.shared.Inputs;
import no.gevinst.shared.NorwegianTime;
import no.gevinst.shared.ProgrammeId;
import no.gevinst.shared.TextLimits;
import no.gevinst.shared.Violations;
import org.springframework.stereotype.Component;

/** Reads a configuration decision as typed, naming every field that is wrong. */
@Component
class ConfigDecisionInputs {

    /**
     * @param indicators the indicators of the programme's benefits: the only ones a decision may serve
     */
    ConfigDecision decision(
            ConfigDecisionId id,
            ProgrammeId programme,
            ConfigDecisionInput input,
            Set<IndicatorId> indicators,
            boolean demo,
            long version) {
        Violations v = new Violations();
        String title = text("title", input.title(), TextLimits.LINE, true, v);
        String workflow = text("workflow", input.workflow(), TextLimits.LINE, true, v);
        String solution = text("solution", input.solution(), TextLimits.LINE, true, v);
        String release = text("release", input.release(), TextLimits.LINE, false, v);
        String rationale = text("rationale", input.rationale(), TextLimits.PARAGRAPHS, false, v);
        Optional<SolutionKind> kind = choice("solutionKind", input.solutionKind(), SolutionKind.class, v);
        Optional<Stage> stage = choice("stage", input.stage(), Stage.class, v);
        LocalDate decidedOn = Inputs.date(input.decidedOn(), "decidedOn", v);
        if (decidedOn == null && stage.orElse(null) == Stage.DECIDED && !v.has("decidedOn")) {
            v.add("decidedOn", "configdecision.decidedOn.required");
        }
        List<ServedKpi> kpis = kpis(input.kpis(), indicators, v);
        v.throwIfAny();
        return new ConfigDecision(
                id,
                programme,
                title,
                workflow,
                kind.get(),
                solution,
                release,
                stage.get(),
                decidedOn,
                rationale,
                kpis,
                NorwegianTime.clock().instant(),
                demo,
                version);
    }

    private static List<ServedKpi> kpis(List<KpiInput> raw, Set<IndicatorId> indicators, Violations v) {
        List<ServedKpi> kpis = new ArrayList<>();
        if (raw.size() > ConfigDecisionInput.MAX_KPIS) {
            v.add("kpis", "configdecision.kpis.tooMany", ConfigDecisionInput.MAX_KPIS);
            return kpis;
        }
        for (int i = 0; i < raw.size(); i++) {
            KpiInput k = raw.get(i);
            String at = "kpis[" + i + "].";
            if (Inputs.text(k.indicatorId()).isEmpty()) {
                continue;
            }
            Optional<IndicatorId> indicator =
                    Ids.parse(k.indicatorId(), IndicatorId::new).filter(indicators::contains);
            if (indicator.isEmpty()) {
                v.add(at + "indicatorId", "configdecision.kpi.unknown");
            } else if (kpis.stream().anyMatch(s -> s.indicator().equals(indicator.get()))) {
                v.add(at + "indicatorId", "configdecision.kpi.twice");
            }
            Optional<Production> production = choice(at + "production", k.production(), Production.class, v);
            String reference = reference(at + "reference", k.reference(), production.orElse(null), v);
            if (indicator.isPresent() && production.isPresent() && !v.has(at + "reference")) {
                kpis.add(new ServedKpi(indicator.get(), production.get(), reference));
            }
        }
        return kpis;
    }

    /** A report's name for REPORT, an http(s) canonical URL for FHIR_MEASURE, nothing needed otherwise. */
    private static String reference(String field, String raw, Production production, Violations v) {
        String text = text(field, raw, TextLimits.LINE, false, v);
        if (production == null || production == Production.NOT_BY_SOLUTION || v.has(field)) {
            return production == Production.NOT_BY_SOLUTION ? "" : text;
        }
        if (text.isEmpty()) {
            v.add(field, "configdecision.reference.required." + production.name());
        } else if (production == Production.FHIR_MEASURE && !canonical(text)) {
            v.add(field, "configdecision.reference.canonical");
        }
        return text;
    }

    static boolean canonical(String text) {
        try {
            URI uri = new URI(text);
            return ("https".equals(uri.getScheme()) || "http".equals(uri.getScheme()))
                    && uri.getHost() != null
                    && !text.contains(" ");
        } catch (URISyntaxException e) {
            return false;
        }
    }

    private static <E extends Enum<E>> Optional<E> choice(String field, String raw, Class<E> type, Violations v) {
        Optional<E> chosen = Inputs.choice(raw, type);
        if (chosen.isEmpty()) {
            v.add(field, "configdecision.choice.invalid");
        }
        return chosen;
    }

    static String text(String field, String raw, int limit, boolean required, Violations v) {
        Inputs.check(field, raw, v);
        String text = Inputs.text(raw);
        if (required && text.isEmpty() && !v.has(field)) {
            v.add(field, "configdecision.required");
        } else if (text.length() > limit && !v.has(field)) {
            v.add(field, "text.tooLong", limit, text.length());
        }
        return text;
    }
}
