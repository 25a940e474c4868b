package no.gevinst.maturity.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import no.gevinst.golive.GoLiveWaves;
import no.gevinst.golive.Wave;
import no.gevinst.golive.WaveId;
import no.gevinst.maturity.MaturityTemplate;
import no.gevinst.maturity.Round;
import no.gevinst.maturity.RoundId;
import no.gevinst.maturity.RoundInput;
import no.gevinst.maturity.RoundStatus;
import no.gevinst.maturity.RoundUnit;
import no.gevinst.organisation.Organisation;
import no.gevinst.organisation.Organisations;
import no.gevinst.programme.Programme;
import no.gevinst.shared.Ids;
import no.gevinst.shared.Inputs;
import no.gevinst.shared.OrganisationId;
import no.gevinst.shared.TextLimits;
import no.gevinst.shared.Violations;
import org.springframework.stereotype.Component;

/** Checks a round as sent and builds it with the units it reaches, or names every bad field at once. */
@Component
class RoundInputs {

    static final String UNITS = "organisationIds";

    private final Organisations organisations;
    private final GoLiveWaves waves;

    RoundInputs(Organisations organisations, GoLiveWaves waves) {
        this.organisations = organisations;
        this.waves = waves;
    }

    Round round(RoundId id, Programme programme, RoundInput input, boolean demo, long version) {
        Violations violations = new Violations();
        String name = Inputs.text(input.name());
        Inputs.check("name", input.name(), violations);
        if (name.isEmpty()) {
            violations.add("name", "maturity.name.required");
        } else if (name.length() > TextLimits.LINE) {
            violations.add("name", "text.tooLong", TextLimits.LINE, name.length());
        }
        String code = Inputs.text(input.template()).isEmpty()
                ? MaturityTemplate.DEFAULT.code()
                : Inputs.text(input.template());
        if (MaturityTemplate.find(code).isEmpty()) {
            violations.add("template", "maturity.template.unknown", shown(code));
        }
        LocalDate opens = required(input.opensOn(), "opensOn", violations);
        LocalDate closes = required(input.closesOn(), "closesOn", violations);
        if (opens != null && closes != null && closes.isBefore(opens)) {
            violations.add("closesOn", "maturity.closesOn.beforeOpens");
        }
        List<RoundUnit> units = units(programme, chosen(programme, input, violations));
        violations.throwIfAny();
        return new Round(id, programme.id(), code, name, opens, closes, RoundStatus.DRAFT, demo, units, version);
    }

    /** The organisations a round of the programme may be sent to: its owner, parties and every unit under them. */
    List<RoundUnit> eligible(Programme programme) {
        Map<OrganisationId, Organisation> byId = byId();
        Set<OrganisationId> parties = Set.copyOf(programme.organisations());
        return byId.values().stream()
                .filter(o -> ancestry(o.id(), byId).stream().anyMatch(parties::contains))
                .sorted(java.util.Comparator.comparing(Organisation::name))
                .map(o -> unit(o, byId, true))
                .toList();
    }

    private Set<OrganisationId> chosen(Programme programme, RoundInput input, Violations violations) {
        Set<OrganisationId> eligible =
                eligible(programme).stream().map(RoundUnit::organisation).collect(Collectors.toSet());
        Set<OrganisationId> chosen = new LinkedHashSet<>();
        for (String text : input.organisationIds()) {
            Optional<OrganisationId> unit = Ids.parse(text, OrganisationId::new);
            if (unit.isEmpty()) {
                violations.add(UNITS, "maturity.unit.invalid", shown(text));
            } else if (!eligible.contains(unit.get())) {
                violations.add(UNITS, "maturity.unit.notOfParty", shown(text), programme.name());
            } else {
                chosen.add(unit.get());
            }
        }
        if (!Inputs.text(input.waveId()).isEmpty()) {
            Optional<Wave> wave = Ids.parse(input.waveId(), WaveId::new).flatMap(w -> waves.find(programme.id(), w));
            wave.ifPresentOrElse(
                    w -> chosen.addAll(w.units()),
                    () -> violations.add("waveId", "maturity.wave.unknown", shown(input.waveId())));
        }
        if (chosen.isEmpty() && !violations.has(UNITS) && !violations.has("waveId")) {
            violations.add(UNITS, "maturity.units.required");
        }
        return chosen;
    }

    /** The chosen organisations and every unit under them, each once, with its parent as it stands now. */
    private List<RoundUnit> units(Programme programme, Set<OrganisationId> chosen) {
        Map<OrganisationId, Organisation> byId = byId();
        List<RoundUnit> units = new ArrayList<>();
        Set<OrganisationId> seen = new HashSet<>();
        for (Organisation o : byId.values()) {
            List<OrganisationId> up = ancestry(o.id(), byId);
            if (up.stream().anyMatch(chosen::contains) && seen.add(o.id())) {
                units.add(unit(o, byId, chosen.contains(o.id())));
            }
        }
        return units;
    }

    private static RoundUnit unit(Organisation o, Map<OrganisationId, Organisation> byId, boolean chosen) {
        Organisation parent = o.parent() == null ? null : byId.get(o.parent());
        return new RoundUnit(
                o.id(), o.name(), parent == null ? null : parent.id(), parent == null ? null : parent.name(), chosen);
    }

    private Map<OrganisationId, Organisation> byId() {
        return organisations.all().stream()
                .collect(Collectors.toMap(
                        Organisation::id, Function.identity(), (a, b) -> a, java.util.LinkedHashMap::new));
    }

    /** The organisation and those above it, itself first; stops on a hierarchy someone managed to make circular. */
    static List<OrganisationId> ancestry(OrganisationId start, Map<OrganisationId, Organisation> byId) {
        List<OrganisationId> up = new ArrayList<>();
        OrganisationId current = start;
        while (current != null && up.size() < 20 && !up.contains(current)) {
            up.add(current);
            current = Optional.ofNullable(byId.get(current))
                    .map(Organisation::parent)
                    .orElse(null);
        }
        return up;
    }

    private static LocalDate required(String text, String field, Violations violations) {
        LocalDate date = Inputs.date(text, field, violations);
        if (date == null && !violations.has(field)) {
            violations.add(field, "maturity." + field + ".required");
        }
        return date;
    }

    /** What the user sent, short and without control characters, to name it in a message. */
    static String shown(String text) {
        String cleaned = Inputs.text(text).replaceAll("\\p{Cntrl}", "?");
        return cleaned.length() > 60 ? cleaned.substring(0, 60) + "…" : cleaned;
    }
}
