package no.gevinst.benefit.domain;

import static no.gevinst.benefit.domain.ProfileFields.choice;
import static no.gevinst.benefit.domain.ProfileFields.frameworkItem;
import static no.gevinst.benefit.domain.ProfileFields.ids;
import static no.gevinst.benefit.domain.ProfileFields.links;
import static no.gevinst.benefit.domain.ProfileFields.percent;
import static no.gevinst.benefit.domain.ProfileFields.text;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import no.gevinst.benefit.Allocation;
import no.gevinst.benefit.Benefit;
import no.gevinst.benefit.BenefitClass;
import no.gevinst.benefit.BenefitInput;
import no.gevinst.benefit.BenefitKind;
import no.gevinst.benefit.BenefitStatus;
import no.gevinst.benefit.Priority;
import no.gevinst.benefit.domain.BenefitProfile.Classification;
import no.gevinst.benefit.domain.BenefitProfile.Lifecycle;
import no.gevinst.benefit.domain.BenefitProfile.Parties;
import no.gevinst.benefit.domain.BenefitProfile.Timing;
import no.gevinst.organisation.Organisations;
import no.gevinst.organisation.People;
import no.gevinst.programme.Objective;
import no.gevinst.programme.Programme;
import no.gevinst.programme.Programmes;
import no.gevinst.shared.BenefitId;
import no.gevinst.shared.FrameworkItemId;
import no.gevinst.shared.Ids;
import no.gevinst.shared.Inputs;
import no.gevinst.shared.ObjectiveId;
import no.gevinst.shared.OrganisationId;
import no.gevinst.shared.Percent;
import no.gevinst.shared.PersonId;
import no.gevinst.shared.ProgrammeId;
import no.gevinst.shared.Violations;
import org.springframework.stereotype.Component;

/**
 * Reads a benefit profile from what was sent, checking every field against the programme it belongs to, and
 * names every bad field at once. Forms, the API and imports all read through here.
 */
@Component
class BenefitProfileReader {

    static final int MAX_TITLE = 300;

    private final Programmes programmes;
    private final Organisations organisations;
    private final People people;
    private final BenefitRepository repository;
    private final BenefitOwnership ownership;

    BenefitProfileReader(
            Programmes programmes,
            Organisations organisations,
            People people,
            BenefitRepository repository,
            BenefitOwnership ownership) {
        this.ownership = ownership;
        this.programmes = programmes;
        this.organisations = organisations;
        this.people = people;
        this.repository = repository;
    }

    /**
     * The benefit the input describes.
     *
     * @param existing the benefit being changed, whose status and programme are kept unless an import sets them
     */
    Benefit read(BenefitId id, BenefitInput in, Benefit existing, long version, boolean statusFromInput) {
        Violations v = new Violations();
        Programme p = programme(in, existing, v);
        String code = code(in.code(), p, id, existing, v);
        String title = title(in.title(), v);
        Classification classification = classification(in, p, v);
        Parties parties = parties(in, existing, p, v);
        Timing timing = timing(in, v);
        List<String> evidence = links(in.evidenceLinks(), v);
        Lifecycle lifecycle = lifecycle(in, existing, statusFromInput, v);
        v.throwIfAny();
        Benefit benefit = new BenefitProfile(
                        id, p.id(), code, title, classification, parties, timing, evidence, lifecycle)
                .benefit(in, version);
        requireReachable(benefit, statusFromInput);
        return benefit;
    }

    /** An imported status must be one the profile could have reached through the lifecycle. */
    private static void requireReachable(Benefit benefit, boolean statusFromInput) {
        if (statusFromInput && benefit.status() != BenefitStatus.ABANDONED) {
            Violations missing = new Violations();
            benefit.missingFor(benefit.status()).forEach(key -> missing.add("status", key));
            missing.throwIfAny();
        }
    }

    private static Timing timing(BenefitInput in, Violations v) {
        LocalDate start = Inputs.date(in.expectedStart(), "expectedStart", v);
        LocalDate fullEffect = Inputs.date(in.fullEffect(), "fullEffect", v);
        if (start != null && fullEffect != null && fullEffect.isBefore(start)) {
            v.add("fullEffect", "benefit.fullEffect.beforeStart");
        }
        return new Timing(start, fullEffect);
    }
    /** The programme of the benefit being changed, or the one named for a new benefit; without one, nothing more. */
    private Programme programme(BenefitInput in, Benefit existing, Violations v) {
        Optional<Programme> programme = existing != null
                ? programmes.find(existing.programme())
                : Ids.parse(in.programmeId(), ProgrammeId::new).flatMap(programmes::find);
        if (programme.isEmpty()) {
            v.add("programmeId", "benefit.programme.required");
            v.throwIfAny();
        }
        return programme.get();
    }

    private static String title(String text, Violations v) {
        String title = text(text);
        if (title.isEmpty()) {
            v.add("title", "benefit.title.required");
        } else if (title.length() > MAX_TITLE) {
            v.add("title", "benefit.title.tooLong", MAX_TITLE);
        }
        return title;
    }

    private Classification classification(BenefitInput in, Programme p, Violations v) {
        BenefitKind kind = choice(in.kind(), BenefitKind.class, BenefitKind.BENEFIT, "kind", v);
        BenefitClass benefitClass = choice(in.benefitClass(), BenefitClass.class, null, "benefitClass", v);
        Priority priority = choice(in.priority(), Priority.class, Priority.MEDIUM, "priority", v);
        FrameworkItemId area = frameworkItem(in.areaId(), p.areas(), "areaId", v);
        List<FrameworkItemId> priorityAreas = new ArrayList<>();
        for (String item : in.priorityAreaIds()) {
            Optional.ofNullable(frameworkItem(item, p.priorityAreas(), "priorityAreaIds", v))
                    .filter(i -> !priorityAreas.contains(i))
                    .ifPresent(priorityAreas::add);
        }
        return new Classification(
                kind, benefitClass, priority, area, priorityAreas, objectives(in.objectiveIds(), p, v));
    }

    private Parties parties(BenefitInput in, Benefit existing, Programme p, Violations v) {
        List<Allocation> allocations = allocations(in.allocations(), v);
        List<OrganisationId> investors = ids(
                in.investorIds(),
                OrganisationId::new,
                o -> organisations.find(o).isPresent(),
                "investorIds",
                "organisation.unknown",
                v);
        PersonId owner = person(in.ownerId(), "ownerId", v);
        if (owner != null && (existing == null || !owner.equals(existing.owner())) && !ownership.mayOwn(owner, p)) {
            v.add("ownerId", "benefit.owner.notGevinsteier");
        }
        return new Parties(allocations, investors, owner, person(in.responsibleId(), "responsibleId", v));
    }

    /** A new benefit is identified, a changed one keeps its status, unless an import sets one. */
    private static Lifecycle lifecycle(BenefitInput in, Benefit existing, boolean statusFromInput, Violations v) {
        BenefitStatus status = existing == null ? BenefitStatus.IDENTIFIED : existing.status();
        String abandonReason = existing == null ? null : existing.abandonReason();
        if (statusFromInput && !text(in.status()).isEmpty()) {
            status = choice(in.status(), BenefitStatus.class, status, "status", v);
            if (status == BenefitStatus.ABANDONED && (abandonReason == null || abandonReason.isBlank())) {
                v.add("status", "benefit.lifecycle.needsReason");
            }
        }
        return new Lifecycle(status, abandonReason);
    }

    private String code(String text, Programme p, BenefitId id, Benefit existing, Violations v) {
        String code = text(text).toUpperCase(Locale.ROOT);
        if (code.isEmpty()) {
            return existing != null
                    ? existing.code()
                    : p.code() + "-" + "%03d".formatted(repository.highestNumber(p.code()) + 1);
        }
        if (!code.matches("[A-ZÆØÅ0-9]{1,10}-[0-9]{1,6}")) {
            v.add("code", "benefit.code.invalid");
        } else if (repository
                .findByCode(code)
                .filter(other -> !other.equals(id))
                .isPresent()) {
            v.add("code", "benefit.code.taken", code);
        }
        return code;
    }

    private List<ObjectiveId> objectives(List<String> texts, Programme p, Violations v) {
        Set<ObjectiveId> known =
                programmes.objectives(p.id()).stream().map(Objective::id).collect(Collectors.toSet());
        return ids(texts, ObjectiveId::new, known::contains, "objectiveIds", "benefit.objective.unknown", v);
    }

    private List<Allocation> allocations(List<BenefitInput.AllocationInput> inputs, Violations v) {
        List<Allocation> allocations = new ArrayList<>();
        Set<OrganisationId> seen = new HashSet<>();
        for (int i = 0; i < inputs.size(); i++) {
            var in = inputs.get(i);
            String field = "allocations[" + i + "]";
            Optional<OrganisationId> organisation = Ids.parse(in.organisationId(), OrganisationId::new)
                    .filter(o -> organisations.find(o).isPresent());
            if (organisation.isEmpty()) {
                v.add(field + ".organisationId", "organisation.unknown");
            } else if (!seen.add(organisation.get())) {
                v.add(field + ".organisationId", "benefit.allocation.duplicate");
            }
            Optional<Percent> share = percent(in.share());
            if (share.isEmpty() || share.get().value().signum() == 0) {
                v.add(field + ".share", "benefit.allocation.share");
            }
            if (organisation.isPresent()
                    && share.isPresent()
                    && share.get().value().signum() > 0) {
                allocations.add(new Allocation(organisation.get(), share.get()));
            }
        }
        BigDecimal total = Benefit.allocatedShare(allocations);
        if (total.compareTo(BigDecimal.valueOf(100)) > 0) {
            v.add(
                    "allocations",
                    "benefit.allocation.over100",
                    total.stripTrailingZeros().toPlainString());
        }
        return allocations;
    }

    private PersonId person(String text, String field, Violations v) {
        if (text(text).isEmpty()) {
            return null;
        }
        Optional<PersonId> person =
                Ids.parse(text, PersonId::new).filter(p -> people.find(p).isPresent());
        if (person.isEmpty()) {
            v.add(field, "person.unknown");
        }
        return person.orElse(null);
    }
}
