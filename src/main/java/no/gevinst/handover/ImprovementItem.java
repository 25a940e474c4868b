package no.gevinst.handover;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import no.gevinst.shared.BenefitId;
import no.gevinst.shared.OrganisationId;
import no.gevinst.shared.PersonId;

/**
 * A measure in an organisation's improvement backlog: taken over from an accepted handover, or added by the line
 * itself, owned by the line.
 *
 * @param handover the accepted handover it was taken over with; null for a measure of the line's own
 * @param benefit the benefit the measure serves; null for a measure of the line's own
 * @param measure the plan's measure it was; null for a measure of the line's own
 * @param measureStatus PLANNED, IN_PROGRESS, DONE or CANCELLED, as a plan's measures
 * @param organisations where the benefit the measure serves arises or is invested in
 * @param crossOrganisation needs several organisations: the regional coordinator names who coordinates it
 * @param coordinator the person the regional coordinator named, null until then
 */
public record ImprovementItem(
        UUID id,
        OrganisationId organisation,
        UUID handover,
        BenefitId benefit,
        UUID measure,
        String action,
        PersonId responsible,
        LocalDate deadline,
        String measureStatus,
        List<OrganisationId> organisations,
        boolean crossOrganisation,
        PersonId coordinator,
        long version) {

    public ImprovementItem {
        organisations = organisations == null ? List.of() : List.copyOf(organisations);
    }

    /** An improvement item built by name: {@code ImprovementItem.builder().id(id).organisation(o).action("…").build()}. Unset references are null (an item of no handover, benefit or measure), the action blank, the organisations none. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this improvementItem's values, to change a few of them. */
    public Builder toBuilder() {
        return new Builder()
                .id(id)
                .organisation(organisation)
                .handover(handover)
                .benefit(benefit)
                .measure(measure)
                .action(action)
                .responsible(responsible)
                .deadline(deadline)
                .measureStatus(measureStatus)
                .organisations(organisations)
                .crossOrganisation(crossOrganisation)
                .coordinator(coordinator)
                .version(version);
    }

    /** Builds an {@link ImprovementItem} by name instead of by 13 positions. */
    public static final class Builder {
        private UUID id;
        private OrganisationId organisation;
        private UUID handover;
        private BenefitId benefit;
        private UUID measure;
        private String action = "";
        private PersonId responsible;
        private LocalDate deadline;
        private String measureStatus;
        private List<OrganisationId> organisations = List.of();
        private boolean crossOrganisation;
        private PersonId coordinator;
        private long version;

        private Builder() {}

        public Builder id(UUID id) {
            this.id = id;
            return this;
        }

        public Builder organisation(OrganisationId organisation) {
            this.organisation = organisation;
            return this;
        }

        public Builder handover(UUID handover) {
            this.handover = handover;
            return this;
        }

        public Builder benefit(BenefitId benefit) {
            this.benefit = benefit;
            return this;
        }

        public Builder measure(UUID measure) {
            this.measure = measure;
            return this;
        }

        public Builder action(String action) {
            this.action = action;
            return this;
        }

        public Builder responsible(PersonId responsible) {
            this.responsible = responsible;
            return this;
        }

        public Builder deadline(LocalDate deadline) {
            this.deadline = deadline;
            return this;
        }

        public Builder measureStatus(String measureStatus) {
            this.measureStatus = measureStatus;
            return this;
        }

        public Builder organisations(List<OrganisationId> organisations) {
            this.organisations = organisations;
            return this;
        }

        public Builder crossOrganisation(boolean crossOrganisation) {
            this.crossOrganisation = crossOrganisation;
            return this;
        }

        public Builder coordinator(PersonId coordinator) {
            this.coordinator = coordinator;
            return this;
        }

        public Builder version(long version) {
            this.version = version;
            return this;
        }

        public ImprovementItem build() {
            return new ImprovementItem(
                    id,
                    organisation,
                    handover,
                    benefit,
                    measure,
                    action,
                    responsible,
                    deadline,
                    measureStatus,
                    organisations,
                    crossOrganisation,
                    coordinator,
                    version);
        }
    }
}
