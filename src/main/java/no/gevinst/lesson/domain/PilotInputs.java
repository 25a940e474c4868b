package no.gevinst.lesson.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import no.gevinst.lesson.Pilot;
import no.gevinst.lesson.PilotInput;
import no.gevinst.lesson.RollOut;
import no.gevinst.organisation.Organisation;
import no.gevinst.organisation.Organisations;
import no.gevinst.organisation.People;
import no.gevinst.organisation.Person;
import no.gevinst.programme.Programme;
import no.gevinst.shared.Ids;
import no.gevinst.shared.Inputs;
import no.gevinst.shared.OrganisationId;
import no.gevinst.shared.PersonId;
import no.gevinst.shared.TextLimits;
import no.gevinst.shared.Violations;
import org.springframework.stereotype.Component;

/** Reads a pilot as typed, naming every field that is wrong; and the units a programme's pilot may run in. */
@Component
class PilotInputs {

    private final Organisations organisations;
    private final People people;

    PilotInputs(Organisations organisations, People people) {
        this.organisations = organisations;
        this.people = people;
    }

    /** The programme's organisations and every unit under them, by name. */
    List<Organisation> eligibleUnits(Programme programme) {
        List<Organisation> all = organisations.all();
        Set<OrganisationId> inside = new HashSet<>(programme.organisations());
        boolean grew = true;
        while (grew) {
            grew = false;
            for (Organisation o : all) {
                if (o.parent() != null && inside.contains(o.parent()) && inside.add(o.id())) {
                    grew = true;
                }
            }
        }
        List<Organisation> units = new ArrayList<>(
                all.stream().filter(o -> inside.contains(o.id())).toList());
        units.sort(java.util.Comparator.comparing(Organisation::name));
        return units;
    }

    Pilot pilot(UUID id, Programme programme, PilotInput input, boolean demo, long version) {
        Violations v = new Violations();
        String what = LessonInputs.text("what", input.what(), TextLimits.LINE, true, v);
        String outcome = LessonInputs.text("outcome", input.outcome(), TextLimits.PARAGRAPHS, false, v);
        Optional<OrganisationId> unit = unit(programme, input.unitId(), v);
        LocalDate starts = Inputs.date(input.startsOn(), "startsOn", v);
        if (starts == null && !v.has("startsOn")) {
            v.add("startsOn", "lesson.pilot.startsOn.required");
        }
        LocalDate ends = Inputs.date(input.endsOn(), "endsOn", v);
        if (starts != null && ends != null && ends.isBefore(starts)) {
            v.add("endsOn", "lesson.pilot.endsOn.beforeStart");
        }
        Decision decision = decision(programme, input, v);
        v.throwIfAny();
        return new Pilot(
                id,
                programme.id(),
                what,
                unit.get(),
                starts,
                ends,
                outcome,
                decision.rollOut(),
                decision.on(),
                decision.by(),
                demo,
                version);
    }

    /** The decision on rolling out, with when and by whom; a pending decision has neither. */
    private record Decision(RollOut rollOut, LocalDate on, PersonId by) {}

    private Optional<OrganisationId> unit(Programme programme, String raw, Violations v) {
        Optional<OrganisationId> unit = Ids.parse(raw, OrganisationId::new)
                .filter(u -> eligibleUnits(programme).stream().anyMatch(o -> o.id().equals(u)));
        if (unit.isEmpty()) {
            v.add("unitId", "lesson.pilot.unit.invalid");
        }
        return unit;
    }

    private Decision decision(Programme programme, PilotInput input, Violations v) {
        RollOut decision = Inputs.choice(input.decision(), RollOut.class).orElse(null);
        if (decision == null) {
            v.add("decision", "lesson.pilot.decision.invalid");
        }
        LocalDate decidedOn = Inputs.date(input.decidedOn(), "decidedOn", v);
        PersonId decidedBy = decider(programme, input.decidedById(), v);
        if (decision != null && decision != RollOut.PENDING) {
            if (decidedOn == null && !v.has("decidedOn")) {
                v.add("decidedOn", "lesson.pilot.decidedOn.required");
            }
            if (decidedBy == null && !v.has("decidedById")) {
                v.add("decidedById", "lesson.pilot.decidedBy.required");
            }
        } else if (decision == RollOut.PENDING) {
            return new Decision(decision, null, null);
        }
        return new Decision(decision, decidedOn, decidedBy);
    }

    private PersonId decider(Programme programme, String raw, Violations v) {
        if (Inputs.text(raw).isEmpty()) {
            return null;
        }
        Optional<Person> person = Ids.parse(raw, PersonId::new).flatMap(people::find);
        if (person.isEmpty()) {
            v.add("decidedById", "lesson.pilot.decidedBy.invalid");
            return null;
        }
        return person.get().id();
    }
}
