package no.gevinst.plan.domain;

import java.io.OutputStream;
import java.util.List;
import java.util.Optional;
import no.gevinst.plan.AnnualBasis;
import no.gevinst.plan.Comparison;
import no.gevinst.plan.Plan;
import no.gevinst.plan.PlanId;
import no.gevinst.plan.PlanSnapshot;
import no.gevinst.plan.PlanVersion;
import no.gevinst.plan.VersionStatus;
import no.gevinst.shared.InvalidInputException;
import org.springframework.stereotype.Component;

/** What a plan's documents are written from: a version's workbook and the basis of a year's annual status. */
@Component
class PlanDocuments {

    /** The years an annual status can be asked for; outside them a year is a typing error, not a report. */
    private static final int FIRST_REPORT_YEAR = 2000;

    private static final int LAST_REPORT_YEAR = 2100;

    private final PlanRepository repository;
    private final PlanVersions versions;
    private final PlanAccess access;
    private final PlanWorkbook workbook;

    PlanDocuments(PlanRepository repository, PlanVersions versions, PlanAccess access, PlanWorkbook workbook) {
        this.repository = repository;
        this.versions = versions;
        this.access = access;
        this.workbook = workbook;
    }

    void workbook(PlanId id, int number, OutputStream out) {
        Plan plan = access.existing(id);
        PlanVersion version = versions.version(id, number);
        workbook.write(plan, version, versions.content(id, number), out);
    }

    AnnualBasis annualBasis(PlanId id, int year) {
        // A plan the user may not see is not found, whatever year was asked for.
        Plan plan = access.existing(id);
        if (year < FIRST_REPORT_YEAR || year > LAST_REPORT_YEAR) {
            throw InvalidInputException.of(
                    "year", "plan.annual.year", String.valueOf(FIRST_REPORT_YEAR), String.valueOf(LAST_REPORT_YEAR));
        }
        List<PlanVersion> all = repository.versions(id);
        PlanVersion latest = all.getFirst();
        Optional<PlanVersion> approved =
                all.stream().filter(v -> v.status() == VersionStatus.APPROVED).findFirst();
        PlanSnapshot now = versions.withRecords(plan, latest.sections());
        PlanSnapshot planned =
                approved.map(v -> versions.content(id, v.number())).orElse(null);
        return new AnnualBasis(
                plan,
                access.existing(plan.programme()),
                year,
                approved.orElse(null),
                planned,
                now,
                approved.map(v -> deviations(id, v, latest, planned, now)).orElse(null));
    }

    /**
     * What moved since the approved version: the comparison with the later draft when there is one, else the
     * records as they are now against the approved content, which is the same comparison before anyone drafts.
     */
    private Comparison deviations(
            PlanId id, PlanVersion approved, PlanVersion latest, PlanSnapshot planned, PlanSnapshot now) {
        if (latest.number() > approved.number()) {
            return versions.compare(id, approved.number(), latest.number());
        }
        return new Comparison(approved.number(), approved.number(), "", "", SnapshotComparer.compare(planned, now));
    }
}
