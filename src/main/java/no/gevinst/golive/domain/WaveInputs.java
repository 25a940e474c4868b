package no.gevinst.golive.domain;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import no.gevinst.golive.Wave;
import no.gevinst.golive.WaveId;
import no.gevinst.golive.WaveInput;
import no.gevinst.organisation.Organisation;
import no.gevinst.programme.Programme;
import no.gevinst.shared.Ids;
import no.gevinst.shared.Inputs;
import no.gevinst.shared.OrganisationId;
import no.gevinst.shared.TextLimits;
import no.gevinst.shared.Violations;
import org.springframework.stereotype.Component;

/** Checks a wave as sent and builds it, or names every bad field at once. */
@Component
class WaveInputs {

    static final String UNITS = "organisationIds";

    private final ProgrammeUnits units;
    private final WaveRepository repository;

    WaveInputs(ProgrammeUnits units, WaveRepository repository) {
        this.units = units;
        this.repository = repository;
    }

    Wave wave(WaveId id, Programme programme, WaveInput input, long version) {
        Violations violations = new Violations();
        String name = Inputs.text(input.name());
        Inputs.check("name", input.name(), violations);
        if (name.isEmpty()) {
            violations.add("name", "golive.name.required");
        } else if (name.length() > TextLimits.LINE) {
            violations.add("name", "text.tooLong", TextLimits.LINE, name.length());
        }
        LocalDate planned = Inputs.date(input.plannedDate(), "plannedDate", violations);
        if (planned == null && !violations.has("plannedDate")) {
            violations.add("plannedDate", "golive.plannedDate.required");
        }
        LocalDate actual = Inputs.date(input.actualDate(), "actualDate", violations);
        List<OrganisationId> chosen = units(id, programme, input.organisationIds(), violations);
        violations.throwIfAny();
        return new Wave(id, programme.id(), name, planned, actual, chosen, version);
    }

    /**
     * The units named, each once: each must be the programme's owner, a party or a unit under one, and in no other
     * wave of the programme (a unit goes live once).
     */
    private List<OrganisationId> units(WaveId id, Programme programme, List<String> texts, Violations violations) {
        Map<OrganisationId, Organisation> eligible =
                units.of(programme).stream().collect(Collectors.toMap(Organisation::id, Function.identity()));
        Set<OrganisationId> chosen = new LinkedHashSet<>();
        for (String text : texts) {
            Optional<OrganisationId> unit = Ids.parse(text, OrganisationId::new);
            if (unit.isEmpty()) {
                violations.add(UNITS, "golive.unit.invalid", shown(text));
            } else if (!eligible.containsKey(unit.get())) {
                violations.add(UNITS, "golive.unit.notOfParty", shown(text), programme.name());
            } else {
                chosen.add(unit.get());
            }
        }
        if (chosen.isEmpty() && !violations.has(UNITS)) {
            violations.add(UNITS, "golive.units.required");
        }
        repository
                .takenElsewhere(programme.id(), id, chosen)
                .forEach((unit, wave) -> violations.add(
                        UNITS, "golive.unit.taken", eligible.get(unit).name(), wave));
        return List.copyOf(chosen);
    }

    /** What the user sent, short and without control characters, to name it in a message. */
    static String shown(String text) {
        String cleaned = Inputs.text(text).replaceAll("\\p{Cntrl}", "?");
        return cleaned.length() > 60 ? cleaned.substring(0, 60) + "…" : cleaned;
    }
}
