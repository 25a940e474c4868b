package no.gevinst.benefit;

import java.util.Optional;
import no.gevinst.shared.OrganisationId;
import no.gevinst.shared.PersonId;
import no.gevinst.shared.ProgrammeId;

/**
 * The register's filters, sort order and page. With {@code sharedToo} the benefits other programmes share with the
 * chosen (or visible) programmes come along; without it a programme's own benefits alone are matched. Empty filters match everything; {@code anyWarning} matches
 * benefits with at least one health warning. Areas and priority areas are matched by name, so that one filter
 * finds "Pasientmedvirkning" in every programme's framework. With {@code withoutEvidence} only benefits that no
 * evaluation is linked to as evidence of attribution are matched (issue 19).
 */
public record BenefitQuery(
        ProgrammeId programme,
        OrganisationId organisation,
        String area,
        String priorityArea,
        BenefitClass benefitClass,
        BenefitStatus status,
        PersonId owner,
        HealthWarning warning,
        boolean anyWarning,
        IndicatorFilter indicator,
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

    /** A query without the evidence filter, as every query was before evidence of attribution was recorded. */
    public BenefitQuery(
            ProgrammeId programme,
            OrganisationId organisation,
            String area,
            String priorityArea,
            BenefitClass benefitClass,
            BenefitStatus status,
            PersonId owner,
            HealthWarning warning,
            boolean anyWarning,
            IndicatorFilter indicator,
            String text,
            Sort sort,
            boolean descending,
            int page,
            int size,
            boolean sharedToo) {
        this(
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
                false);
    }

    /** A query of the programme's own benefits only, as every query was before benefits could be shared. */
    public BenefitQuery(
            ProgrammeId programme,
            OrganisationId organisation,
            String area,
            String priorityArea,
            BenefitClass benefitClass,
            BenefitStatus status,
            PersonId owner,
            HealthWarning warning,
            boolean anyWarning,
            IndicatorFilter indicator,
            String text,
            Sort sort,
            boolean descending,
            int page,
            int size) {
        this(
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
                false);
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
                true,
                withoutEvidence);
    }

    /** The same query, matching only the benefits without evidence of attribution. */
    public BenefitQuery lackingEvidence() {
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
                true);
    }

    public static BenefitQuery all() {
        return new BenefitQuery(
                null, null, null, null, null, null, null, null, false, null, "", Sort.CODE, false, 1, DEFAULT_SIZE);
    }

    /** Every benefit of one programme, for views that show them all (the benefit map). */
    public static BenefitQuery inProgramme(ProgrammeId programme) {
        return new BenefitQuery(
                programme, null, null, null, null, null, null, null, false, null, "", Sort.CODE, false, 1, MAX_SIZE);
    }

    /** Every benefit the person owns, in whatever programme, for their own start page. */
    public static BenefitQuery ownedBy(PersonId owner) {
        return new BenefitQuery(
                null, null, null, null, null, null, owner, null, false, null, "", Sort.CODE, false, 1, MAX_SIZE);
    }

    /** Every benefit of one programme, or of every visible one when it is null, that arises in or is invested in by
     * the organisation. */
    public static BenefitQuery ofOrganisation(ProgrammeId programme, OrganisationId organisation) {
        return new BenefitQuery(
                programme,
                organisation,
                null,
                null,
                null,
                null,
                null,
                null,
                false,
                null,
                "",
                Sort.CODE,
                false,
                1,
                MAX_SIZE);
    }

    public BenefitQuery withPage(int newPage, int newSize) {
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
                newPage,
                newSize,
                sharedToo,
                withoutEvidence);
    }

    public BenefitQuery withoutStatus() {
        return new BenefitQuery(
                programme,
                organisation,
                area,
                priorityArea,
                benefitClass,
                null,
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

    public Optional<String> textFilter() {
        return text.isEmpty() ? Optional.empty() : Optional.of(text);
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
