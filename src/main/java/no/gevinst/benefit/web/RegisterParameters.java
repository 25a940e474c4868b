package no.gevinst.benefit.web;

import java.util.Arrays;
import java.util.Optional;
import no.gevinst.benefit.BenefitClass;
import no.gevinst.benefit.BenefitQuery;
import no.gevinst.benefit.BenefitStatus;
import no.gevinst.benefit.HealthWarning;
import no.gevinst.benefit.IndicatorFilter;
import no.gevinst.shared.Ids;
import no.gevinst.shared.OrganisationId;
import no.gevinst.shared.PersonId;
import no.gevinst.shared.ProgrammeId;

/**
 * The register's filters as they come in the query string, shared by the page, the exports and the API.
 * Values that do not parse are ignored, as a search form would; {@code warning=ANY} asks for any warning.
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

    BenefitQuery toQuery() {
        return new BenefitQuery(
                Ids.parse(programme, ProgrammeId::new).orElse(null),
                Ids.parse(organisation, OrganisationId::new).orElse(null),
                blankToNull(area),
                blankToNull(priorityArea),
                choice(benefitClass, BenefitClass.class).orElse(null),
                choice(status, BenefitStatus.class).orElse(null),
                Ids.parse(owner, PersonId::new).orElse(null),
                choice(warning, HealthWarning.class).orElse(null),
                "ANY".equalsIgnoreCase(warning),
                choice(indicator, IndicatorFilter.class).orElse(null),
                q,
                choice(sort, BenefitQuery.Sort.class).orElse(BenefitQuery.Sort.CODE),
                "desc".equalsIgnoreCase(dir),
                page == null ? 1 : page,
                size == null ? BenefitQuery.DEFAULT_SIZE : size);
    }

    private static <E extends Enum<E>> Optional<E> choice(String text, Class<E> type) {
        return Arrays.stream(type.getEnumConstants())
                .filter(c -> c.name().equalsIgnoreCase(text == null ? "" : text.strip()))
                .findFirst();
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
}
