package no.gevinst.benefit;

import java.util.Optional;
import no.gevinst.shared.OrganisationId;
import no.gevinst.shared.PersonId;
import no.gevinst.shared.ProgrammeId;
import org.jspecify.annotations.Nullable;

/**
 * The register's filters, sort order and page. With {@code sharedToo} the benefits other programmes share with the
 * chosen (or visible) programmes come along; without it a programme's own benefits alone are matched. Empty filters match everything; {@code anyWarning} matches
 * benefits with at least one health warning. Areas and priority areas are matched by name, so that one filter
 * finds "Pasientmedvirkning" in every programme's framework. With {@code withoutEvidence} only benefits that no
 * evaluation is linked to as evidence of attribution are matched (issue 19).
 */
public record BenefitQuery(
        @Nullable ProgrammeId programme,
        @Nullable OrganisationId organisation,
        @Nullable String area,
        @Nullable String priorityArea,
        @Nullable BenefitClass benefitClass,
        @Nullable BenefitStatus status,
        @Nullable PersonId owner,
        @Nullable HealthWarning warning,
        boolean anyWarning,
        @Nullable IndicatorFilter indicator,
        String text,
        Sort sort,
        boolean descending,
        int page,
        int size,
        boolean sharedToo,
        boolean withoutEvidence) {

    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_SIZE = 500;

    public BenefitQuery {
        sort = sort == null ? Sort.CODE : sort;
        page = Math.max(page, 1);
        size = size < 1 ? DEFAULT_SIZE : Math.min(size, MAX_SIZE);
        text = text == null ? "" : text.strip();
    }

    /** A query with no filters: the register's first page in code order. Set what differs through the builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this query's filters, sort and page, to change one or two of them. */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /**
     * Every benefit of one programme together with those other programmes share with it (accepted shares): what
     * the programme's plan and register show. Figures summed over programmes (the dashboard, valuations) use
     * {@link #inProgramme}, so that a shared benefit is counted once, in its home programme.
     */
    public static BenefitQuery withShared(ProgrammeId programme) {
        return inProgramme(programme).sharingToo();
    }

    /** The same query, with the benefits shared with the programme (or with any visible one) coming along. */
    public BenefitQuery sharingToo() {
        return toBuilder().sharedToo(true).build();
    }

    /** The same query, matching only the benefits without evidence of attribution. */
    public BenefitQuery lackingEvidence() {
        return toBuilder().withoutEvidence(true).build();
    }

    public static BenefitQuery all() {
        return builder().build();
    }

    /** Every benefit of one programme, for views that show them all (the benefit map). */
    public static BenefitQuery inProgramme(ProgrammeId programme) {
        return builder().programme(programme).size(MAX_SIZE).build();
    }

    /** Every benefit the person owns, in whatever programme, for their own start page. */
    public static BenefitQuery ownedBy(PersonId owner) {
        return builder().owner(owner).size(MAX_SIZE).build();
    }

    /** Every benefit of one programme, or of every visible one when it is null, that arises in or is invested in by
     * the organisation. */
    public static BenefitQuery ofOrganisation(ProgrammeId programme, OrganisationId organisation) {
        return builder()
                .programme(programme)
                .organisation(organisation)
                .size(MAX_SIZE)
                .build();
    }

    public BenefitQuery withPage(int newPage, int newSize) {
        return toBuilder().page(newPage).size(newSize).build();
    }

    public BenefitQuery withoutStatus() {
        return toBuilder().status(null).build();
    }

    public Optional<String> textFilter() {
        return text.isEmpty() ? Optional.empty() : Optional.of(text);
    }

    /** Builds a query by naming the filters that are set; those not named filter nothing. */
    public static final class Builder {
        private ProgrammeId programme;
        private OrganisationId organisation;
        private String area;
        private String priorityArea;
        private BenefitClass benefitClass;
        private BenefitStatus status;
        private PersonId owner;
        private HealthWarning warning;
        private boolean anyWarning;
        private IndicatorFilter indicator;
        private String text = "";
        private Sort sort = Sort.CODE;
        private boolean descending;
        private int page = 1;
        private int size = DEFAULT_SIZE;
        private boolean sharedToo;
        private boolean withoutEvidence;

        private Builder() {}

        private Builder(BenefitQuery query) {
            programme = query.programme;
            organisation = query.organisation;
            area = query.area;
            priorityArea = query.priorityArea;
            benefitClass = query.benefitClass;
            status = query.status;
            owner = query.owner;
            warning = query.warning;
            anyWarning = query.anyWarning;
            indicator = query.indicator;
            text = query.text;
            sort = query.sort;
            descending = query.descending;
            page = query.page;
            size = query.size;
            sharedToo = query.sharedToo;
            withoutEvidence = query.withoutEvidence;
        }

        public Builder programme(ProgrammeId value) {
            programme = value;
            return this;
        }

        public Builder organisation(OrganisationId value) {
            organisation = value;
            return this;
        }

        public Builder area(String value) {
            area = value;
            return this;
        }

        public Builder priorityArea(String value) {
            priorityArea = value;
            return this;
        }

        public Builder benefitClass(BenefitClass value) {
            benefitClass = value;
            return this;
        }

        public Builder status(BenefitStatus value) {
            status = value;
            return this;
        }

        public Builder owner(PersonId value) {
            owner = value;
            return this;
        }

        /** One health warning to match; null matches benefits with or without warnings. */
        public Builder warning(HealthWarning value) {
            warning = value;
            return this;
        }

        /** Whether to match only benefits with at least one health warning. */
        public Builder anyWarning(boolean value) {
            anyWarning = value;
            return this;
        }

        public Builder indicator(IndicatorFilter value) {
            indicator = value;
            return this;
        }

        public Builder text(String value) {
            text = value;
            return this;
        }

        public Builder sort(Sort value) {
            sort = value;
            return this;
        }

        public Builder descending(boolean value) {
            descending = value;
            return this;
        }

        public Builder page(int value) {
            page = value;
            return this;
        }

        public Builder size(int value) {
            size = value;
            return this;
        }

        public Builder sharedToo(boolean value) {
            sharedToo = value;
            return this;
        }

        public Builder withoutEvidence(boolean value) {
            withoutEvidence = value;
            return this;
        }

        public BenefitQuery build() {
            return new BenefitQuery(
                    programme,
                    organisation,
                    area,
                    priorityArea,
                    benefitClass,
                    status,
                    owner,
                    warning,
                    anyWarning,
                    indicator,
                    text,
                    sort,
                    descending,
                    page,
                    size,
                    sharedToo,
                    withoutEvidence);
        }
    }

    /** What the register can be sorted by. */
    public enum Sort {
        CODE,
        TITLE,
        STATUS,
        PRIORITY,
        EXPECTED_START,
        UPDATED
    }
}
