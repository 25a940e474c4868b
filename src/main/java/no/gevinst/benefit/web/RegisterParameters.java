package no.gevinst.benefit.web;

import java.util.Arrays;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import no.gevinst.benefit.BenefitClass;
import no.gevinst.benefit.BenefitQuery;
import no.gevinst.benefit.BenefitStatus;
import no.gevinst.benefit.HealthWarning;
import no.gevinst.benefit.IndicatorFilter;
import no.gevinst.shared.Ids;
import no.gevinst.shared.OrganisationId;
import no.gevinst.shared.PersonId;
import no.gevinst.shared.ProgrammeId;
import no.gevinst.shared.Violations;

/**
 * The register's filters as they come in the query string, shared by the page, the exports and the API. A value
 * that names nothing (an unknown status or sort, an id that is no id, a page below 1) is refused with 400 naming
 * the parameter: a filter silently ignored would show the whole register as if it were the filtered one. Blank
 * values filter nothing; {@code warning=ANY} asks for any warning.
 */
public class RegisterParameters {

    private String programme;
    private String organisation;
    private String area;
    private String priorityArea;
    private String benefitClass;
    private String status;
    private String owner;
    private String warning;
    private String indicator;
    private String q;
    private String sort;
    private String dir;
    private Integer page;
    private Integer size;
    private String evidence;

    BenefitQuery toQuery() {
        Violations v = new Violations();
        BenefitQuery query = BenefitQuery.builder()
                .programme(id("programme", programme, ProgrammeId::new, v))
                .organisation(id("organisation", organisation, OrganisationId::new, v))
                .area(blankToNull(area))
                .priorityArea(blankToNull(priorityArea))
                .benefitClass(choice("benefitClass", benefitClass, BenefitClass.class, v))
                .status(choice("status", status, BenefitStatus.class, v))
                .owner(id("owner", owner, PersonId::new, v))
                .warning(
                        "ANY".equalsIgnoreCase(blankToNull(warning))
                                ? null
                                : choice("warning", warning, HealthWarning.class, v))
                .anyWarning("ANY".equalsIgnoreCase(warning == null ? "" : warning.strip()))
                .indicator(choice("indicator", indicator, IndicatorFilter.class, v))
                .text(q)
                .sort(Optional.ofNullable(choice("sort", sort, BenefitQuery.Sort.class, v))
                        .orElse(BenefitQuery.Sort.CODE))
                .descending(direction(v))
                .page(page == null ? 1 : page)
                .size(size == null ? BenefitQuery.DEFAULT_SIZE : size)
                .build();
        if (page != null && page < 1) {
            v.add("page", "query.page");
        }
        if (size != null && (size < 1 || size > BenefitQuery.MAX_SIZE)) {
            v.add("size", "query.size", BenefitQuery.MAX_SIZE);
        }
        boolean lackingEvidence = lackingEvidence(v);
        v.throwIfAny();
        return lackingEvidence ? query.lackingEvidence() : query;
    }

    /**
     * These filters without the ones the violations name: the page then shows the register filtered by what could be
     * read, with the reason beside the form, rather than a dead end.
     */
    RegisterParameters without(java.util.List<no.gevinst.shared.FieldViolation> refused) {
        RegisterParameters kept = copy();
        for (no.gevinst.shared.FieldViolation violation : refused) {
            switch (violation.field()) {
                case "programme" -> kept.programme = null;
                case "organisation" -> kept.organisation = null;
                case "benefitClass" -> kept.benefitClass = null;
                case "status" -> kept.status = null;
                case "owner" -> kept.owner = null;
                case "warning" -> kept.warning = null;
                case "indicator" -> kept.indicator = null;
                case "sort" -> kept.sort = null;
                case "dir" -> kept.dir = null;
                case "page" -> kept.page = null;
                case "size" -> kept.size = null;
                case "evidence" -> kept.evidence = null;
                default -> {}
            }
        }
        return kept;
    }

    private RegisterParameters copy() {
        RegisterParameters copy = new RegisterParameters();
        copy.programme = programme;
        copy.organisation = organisation;
        copy.area = area;
        copy.priorityArea = priorityArea;
        copy.benefitClass = benefitClass;
        copy.status = status;
        copy.owner = owner;
        copy.warning = warning;
        copy.indicator = indicator;
        copy.q = q;
        copy.sort = sort;
        copy.dir = dir;
        copy.page = page;
        copy.size = size;
        copy.evidence = evidence;
        return copy;
    }

    /** {@code evidence=NONE}: only the benefits whose attribution no evaluation supports (issue 19). */
    private boolean lackingEvidence(Violations v) {
        String text = blankToNull(evidence);
        if (text != null && !text.equalsIgnoreCase("none")) {
            v.add("evidence", "query.unknownValue", text, "NONE");
        }
        return text != null && text.equalsIgnoreCase("none");
    }

    private boolean direction(Violations v) {
        String text = blankToNull(dir);
        if (text != null && !text.equalsIgnoreCase("asc") && !text.equalsIgnoreCase("desc")) {
            v.add("dir", "query.unknownValue", text, "asc, desc");
        }
        return "desc".equalsIgnoreCase(text);
    }

    private static <I> I id(String parameter, String text, Function<UUID, I> type, Violations v) {
        if (blankToNull(text) == null) {
            return null;
        }
        Optional<I> id = Ids.parse(text, type);
        if (id.isEmpty()) {
            v.add(parameter, "query.unknownValue", text.strip(), "id");
        }
        return id.orElse(null);
    }

    private static <E extends Enum<E>> E choice(String parameter, String text, Class<E> type, Violations v) {
        if (blankToNull(text) == null) {
            return null;
        }
        Optional<E> choice = Arrays.stream(type.getEnumConstants())
                .filter(c -> c.name().equalsIgnoreCase(text.strip()))
                .findFirst();
        if (choice.isEmpty()) {
            v.add(
                    parameter,
                    "query.unknownValue",
                    text.strip(),
                    String.join(
                            ", ",
                            Arrays.stream(type.getEnumConstants())
                                    .map(Enum::name)
                                    .toList()));
        }
        return choice.orElse(null);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    public String getProgramme() {
        return programme;
    }

    public void setProgramme(String programme) {
        this.programme = programme;
    }

    public String getOrganisation() {
        return organisation;
    }

    public void setOrganisation(String organisation) {
        this.organisation = organisation;
    }

    public String getArea() {
        return area;
    }

    public void setArea(String area) {
        this.area = area;
    }

    public String getPriorityArea() {
        return priorityArea;
    }

    public void setPriorityArea(String priorityArea) {
        this.priorityArea = priorityArea;
    }

    public String getBenefitClass() {
        return benefitClass;
    }

    public void setBenefitClass(String benefitClass) {
        this.benefitClass = benefitClass;
    }

    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = status;
    }

    public String getOwner() {
        return owner;
    }

    public void setOwner(String owner) {
        this.owner = owner;
    }

    public String getWarning() {
        return warning;
    }

    public void setWarning(String warning) {
        this.warning = warning;
    }

    public String getIndicator() {
        return indicator;
    }

    public void setIndicator(String indicator) {
        this.indicator = indicator;
    }

    public String getQ() {
        return q;
    }

    public void setQ(String q) {
        this.q = q;
    }

    public String getSort() {
        return sort;
    }

    public void setSort(String sort) {
        this.sort = sort;
    }

    public String getDir() {
        return dir;
    }

    public void setDir(String dir) {
        this.dir = dir;
    }

    public Integer getPage() {
        return page;
    }

    public void setPage(Integer page) {
        this.page = page;
    }

    public Integer getSize() {
        return size;
    }

    public void setSize(Integer size) {
        this.size = size;
    }

    public String getEvidence() {
        return evidence;
    }

    public void setEvidence(String evidence) {
        this.evidence = evidence;
    }
}
