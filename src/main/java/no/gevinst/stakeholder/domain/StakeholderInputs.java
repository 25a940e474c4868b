package no.gevinst.stakeholder.domain;

import java.util.List;
import java.util.Optional;
import no.gevinst.organisation.Organisation;
import no.gevinst.shared.Ids;
import no.gevinst.shared.Inputs;
import no.gevinst.shared.OrganisationId;
import no.gevinst.shared.ProgrammeId;
import no.gevinst.shared.TextLimits;
import no.gevinst.shared.Violations;
import no.gevinst.stakeholder.Stakeholder;
import no.gevinst.stakeholder.StakeholderId;
import no.gevinst.stakeholder.StakeholderInput;
import no.gevinst.stakeholder.StakeholderKind;

/** Parses a typed stakeholder once, naming every field that is wrong. */
final class StakeholderInputs {

    private StakeholderInputs() {}

    static Stakeholder parse(
            StakeholderId id,
            ProgrammeId programme,
            StakeholderInput input,
            List<Organisation> eligible,
            boolean demo,
            long version) {
        Violations violations = new Violations();
        String name = Inputs.text(input.name());
        Inputs.check("name", input.name(), violations);
        if (name.isEmpty()) {
            violations.add("name", "stakeholder.name.required");
        } else if (name.length() > TextLimits.LINE) {
            violations.add("name", "text.tooLong", TextLimits.LINE, name.length());
        }
        Optional<StakeholderKind> kind = Inputs.choice(input.kind(), StakeholderKind.class);
        if (kind.isEmpty()) {
            violations.add("kind", "stakeholder.kind.invalid");
        }
        int interest = score("interest", input.interest(), violations);
        int influence = score("influence", input.influence(), violations);
        String concerns = Inputs.text(input.concerns());
        Inputs.check("concerns", input.concerns(), violations);
        OrganisationId organisation = organisation(input.organisationId(), eligible, violations);
        violations.throwIfAny();
        return new Stakeholder(
                id, programme, organisation, name, kind.get(), interest, influence, concerns, demo, version);
    }

    /** A score from 1 to 5; anything else is named by its field. */
    static int score(String field, String text, Violations violations) {
        String value = Inputs.text(text);
        if (value.isEmpty()) {
            violations.add(field, "stakeholder.score.required");
            return 0;
        }
        try {
            int score = Integer.parseInt(value);
            if (score >= 1 && score <= 5) {
                return score;
            }
        } catch (NumberFormatException e) {
            // named below
        }
        violations.add(field, "stakeholder.score.range", value.length() > 20 ? value.substring(0, 20) : value);
        return 0;
    }

    private static OrganisationId organisation(String text, List<Organisation> eligible, Violations violations) {
        if (Inputs.text(text).isEmpty()) {
            return null;
        }
        Optional<OrganisationId> id = Ids.parse(text, OrganisationId::new)
                .filter(o -> eligible.stream().anyMatch(e -> e.id().equals(o)));
        if (id.isEmpty()) {
            violations.add("organisationId", "stakeholder.organisation.invalid");
            return null;
        }
        return id.get();
    }
}
