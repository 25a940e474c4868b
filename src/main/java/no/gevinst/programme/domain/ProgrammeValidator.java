package no.gevinst.programme.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import no.gevinst.organisation.Organisations;
import no.gevinst.organisation.People;
import no.gevinst.programme.EconomicTarget;
import no.gevinst.programme.FrameworkItem;
import no.gevinst.programme.Objective;
import no.gevinst.programme.ObjectiveInput;
import no.gevinst.programme.Party;
import no.gevinst.programme.Phase;
import no.gevinst.programme.PhasePlan;
import no.gevinst.programme.Programme;
import no.gevinst.programme.ProgrammeInput;
import no.gevinst.shared.Ids;
import no.gevinst.shared.Inputs;
import no.gevinst.shared.NorwegianNumbers;
import no.gevinst.shared.ObjectiveId;
import no.gevinst.shared.OrganisationId;
import no.gevinst.shared.PersonId;
import no.gevinst.shared.ProgrammeId;
import no.gevinst.shared.Violations;
import org.springframework.stereotype.Component;

/** Turns a programme's or an objective's input into the record, naming every value that is wrong. */
@Component
class ProgrammeValidator {

    private final ProgrammeRepository repository;
    private final Organisations organisations;
    private final People people;

    ProgrammeValidator(ProgrammeRepository repository, Organisations organisations, People people) {
        this.repository = repository;
        this.organisations = organisations;
        this.people = people;
    }

    Objective objective(ObjectiveId id, ProgrammeId programme, ObjectiveInput input, long version) {
        Violations violations = new Violations();
        Integer number = null;
        try {
            number =
                    Integer.valueOf(input.number() == null ? "" : input.number().strip());
            if (number < 1) {
                violations.add("number", "objective.number.positive");
            } else if (repository.objectiveNumberTaken(programme, number, id)) {
                violations.add("number", "objective.number.taken", number);
            }
        } catch (NumberFormatException e) {
            violations.add("number", "objective.number.positive");
        }
        String description =
                input.description() == null ? "" : input.description().strip();
        if (description.isEmpty()) {
            violations.add("description", "objective.description.required");
        }
        violations.throwIfAny();
        return new Objective(id, programme, number, description, version);
    }

    /**
     * @param currentPhase the phase the programme is in, or null when it is being created; a new programme starts
     *     in the phase given (by default the first), an existing one stays where it is
     */
    Programme programme(
            ProgrammeId id, ProgrammeInput input, long version, List<FrameworkItem> framework, Phase currentPhase) {
        Violations violations = new Violations();
        String code = input.code() == null ? "" : input.code().strip().toUpperCase(Locale.ROOT);
        if (!code.matches("[A-ZÆØÅ0-9]{2,10}")) {
            violations.add("code", "programme.code.invalid");
        } else if (repository.codeTakenByOther(code, id)) {
            violations.add("code", "programme.code.taken", code);
        }
        String name = input.name() == null ? "" : input.name().strip();
        if (name.isEmpty()) {
            violations.add("name", "programme.name.required");
        }
        Optional<OrganisationId> owner = organisation(input.ownerOrganisationId());
        if (owner.isEmpty()) {
            violations.add("ownerOrganisationId", "programme.owner.required");
        }
        OrganisationId coFinancier = coFinancier(input.coFinancierOrganisationId(), violations);
        Optional<Phase> phase = phase(input.currentPhase(), currentPhase, violations);
        EconomicTarget target = economicTarget(input, violations);
        List<PhasePlan> phases = phases(input.phases(), violations);
        List<Party> parties = parties(input.parties(), violations);
        List<PersonId> steering = steeringGroup(input.steeringGroup(), violations);
        violations.throwIfAny();
        return Programme.builder()
                .id(id)
                .code(code)
                .name(name)
                .description(Inputs.text(input.description()))
                .owner(owner.get())
                .currentPhase(phase.get())
                .economicTarget(target)
                .coFinancier(coFinancier)
                .phases(phases)
                .parties(parties)
                .steeringGroup(steering)
                .framework(framework)
                .version(version)
                .build();
    }

    private static Optional<Phase> phase(String text, Phase currentPhase, Violations violations) {
        boolean blank = text == null || text.isBlank();
        Optional<Phase> given = blank ? Optional.empty() : Phase.parse(text);
        if (!blank && given.isEmpty()) {
            violations.add("currentPhase", "programme.phase.invalid");
            return given;
        }
        if (currentPhase == null) {
            return Optional.of(given.orElse(Phase.IDENTIFY));
        }
        // Leaving a phase passes its gate: the checklist of what the method demands, and a decision on the gaps.
        if (given.isPresent() && given.get() != currentPhase) {
            violations.add("currentPhase", "programme.phase.throughGate");
        }
        return Optional.of(currentPhase);
    }

    private EconomicTarget economicTarget(ProgrammeInput input, Violations violations) {
        String amount = input.economicTargetNok() == null
                ? ""
                : input.economicTargetNok().strip();
        String from = input.economicTargetFrom() == null
                ? ""
                : input.economicTargetFrom().strip();
        if (amount.isEmpty() && from.isEmpty()) {
            return null;
        }
        BigDecimal nok = null;
        try {
            nok = Inputs.bounded(NorwegianNumbers.parseDecimal(amount), "economicTargetNok", violations);
            if (nok != null && nok.signum() < 0) {
                violations.add("economicTargetNok", "programme.target.amount");
            }
        } catch (NumberFormatException e) {
            violations.add("economicTargetNok", "programme.target.amount");
        }
        Integer year = null;
        try {
            year = Integer.valueOf(from);
            if (year < 2000 || year > 2100) {
                violations.add("economicTargetFrom", "programme.target.year");
            }
        } catch (NumberFormatException e) {
            violations.add("economicTargetFrom", "programme.target.year");
        }
        return nok == null || year == null || nok.signum() < 0 ? null : new EconomicTarget(nok, year);
    }

    private List<PhasePlan> phases(List<ProgrammeInput.PhaseInput> inputs, Violations violations) {
        List<PhasePlan> plans = new ArrayList<>();
        Set<Phase> seen = new HashSet<>();
        for (int i = 0; i < inputs.size(); i++) {
            var in = inputs.get(i);
            String field = "phases[" + i + "]";
            Optional<Phase> phase = Phase.parse(in.phase());
            if (phase.isEmpty() || !seen.add(phase.get())) {
                violations.add(field + ".phase", "programme.phase.invalid");
                continue;
            }
            LocalDate start = Inputs.date(in.plannedStart(), field + ".plannedStart", violations);
            LocalDate end = Inputs.date(in.plannedEnd(), field + ".plannedEnd", violations);
            if (start != null && end != null && end.isBefore(start)) {
                violations.add(field + ".plannedEnd", "programme.phase.endBeforeStart");
            }
            plans.add(new PhasePlan(phase.get(), start, end));
        }
        return plans;
    }

    private List<Party> parties(List<ProgrammeInput.PartyInput> inputs, Violations violations) {
        List<Party> parties = new ArrayList<>();
        Set<OrganisationId> seen = new HashSet<>();
        for (int i = 0; i < inputs.size(); i++) {
            var in = inputs.get(i);
            String field = "parties[" + i + "]";
            Optional<OrganisationId> organisation = organisation(in.organisationId());
            if (organisation.isEmpty() || !seen.add(organisation.get())) {
                violations.add(field + ".organisationId", "programme.party.unknown");
                continue;
            }
            PersonId responsible = null;
            if (in.benefitResponsibleId() != null && !in.benefitResponsibleId().isBlank()) {
                responsible = person(in.benefitResponsibleId()).orElse(null);
                if (responsible == null) {
                    violations.add(field + ".benefitResponsibleId", "person.unknown");
                }
            }
            parties.add(new Party(
                    organisation.get(),
                    responsible,
                    in.role() == null ? "" : in.role().strip()));
        }
        return parties;
    }

    private List<PersonId> steeringGroup(List<String> inputs, Violations violations) {
        List<PersonId> members = new ArrayList<>();
        for (int i = 0; i < inputs.size(); i++) {
            Optional<PersonId> person = person(inputs.get(i));
            if (person.isEmpty()) {
                violations.add("steeringGroup[" + i + "]", "person.unknown");
            } else if (!members.contains(person.get())) {
                members.add(person.get());
            }
        }
        return members;
    }

    /** No one when left blank; otherwise an organisation that exists. */
    private OrganisationId coFinancier(String text, Violations violations) {
        if (text == null || text.isBlank()) {
            return null;
        }
        Optional<OrganisationId> organisation = organisation(text);
        if (organisation.isEmpty()) {
            violations.add("coFinancierOrganisationId", "programme.coFinancier.unknown");
        }
        return organisation.orElse(null);
    }

    private Optional<OrganisationId> organisation(String text) {
        return Ids.parse(text, OrganisationId::new)
                .filter(o -> organisations.find(o).isPresent());
    }

    private Optional<PersonId> person(String text) {
        return Ids.parse(text, PersonId::new).filter(p -> people.find(p).isPresent());
    }
}
