package no.gevinst.process.domain;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import no.gevinst.process.Process;
import no.gevinst.process.ProcessId;
import no.gevinst.process.ProcessInput;
import no.gevinst.process.ProcessKind;
import no.gevinst.shared.Ids;
import no.gevinst.shared.IndicatorId;
import no.gevinst.shared.Inputs;
import no.gevinst.shared.OrganisationId;
import no.gevinst.shared.PersonId;
import no.gevinst.shared.ProgrammeId;
import no.gevinst.shared.TextLimits;
import no.gevinst.shared.Violations;

/** Parses a typed process once, naming every field that is wrong. */
final class ProcessInputs {

    /** What a process's fields may point to: the people, organisations and indicators the programme allows. */
    record Eligible(Set<PersonId> people, Set<OrganisationId> organisations, Set<IndicatorId> indicators) {}

    private ProcessInputs() {}

    static Process parse(
            ProcessId id, ProgrammeId programme, ProcessInput input, Eligible eligible, boolean demo, long version) {
        Violations violations = new Violations();
        String name = name(input, violations);
        Optional<ProcessKind> kind = Inputs.choice(input.kind(), ProcessKind.class);
        if (kind.isEmpty()) {
            violations.add("kind", "process.kind.invalid");
        }
        Optional<PersonId> owner = Ids.parse(input.ownerId(), PersonId::new).filter(eligible.people()::contains);
        if (owner.isEmpty()) {
            violations.add("ownerId", "process.owner.invalid");
        }
        String description = description(input, violations);
        List<OrganisationId> organisations = ids(
                input.organisationIds(),
                OrganisationId::new,
                eligible.organisations(),
                "organisationIds",
                "process.organisation.invalid",
                violations);
        List<IndicatorId> indicators = ids(
                input.indicatorIds(),
                IndicatorId::new,
                eligible.indicators(),
                "indicatorIds",
                "process.indicator.invalid",
                violations);
        violations.throwIfAny();
        return new Process(
                id, programme, name, kind.get(), owner.get(), description, organisations, indicators, demo, version);
    }

    private static String name(ProcessInput input, Violations violations) {
        String name = Inputs.text(input.name());
        Inputs.check("name", input.name(), violations);
        if (name.isEmpty()) {
            violations.add("name", "process.name.required");
        } else if (name.length() > TextLimits.LINE) {
            violations.add("name", "text.tooLong", TextLimits.LINE, name.length());
        }
        return name;
    }

    private static String description(ProcessInput input, Violations violations) {
        String description = Inputs.text(input.description());
        Inputs.check("description", input.description(), violations);
        if (description.length() > TextLimits.PARAGRAPHS) {
            violations.add("description", "text.tooLong", TextLimits.PARAGRAPHS, description.length());
        }
        return description;
    }

    private static <T> List<T> ids(
            List<String> texts,
            Function<UUID, T> type,
            Set<T> allowed,
            String field,
            String message,
            Violations violations) {
        Set<T> ids = new LinkedHashSet<>();
        for (String text : texts) {
            if (Inputs.text(text).isEmpty()) {
                continue;
            }
            Optional<T> id = Ids.parse(text, type).filter(allowed::contains);
            if (id.isEmpty()) {
                violations.add(field, message);
                return List.of();
            }
            ids.add(id.get());
        }
        return new ArrayList<>(ids);
    }
}
