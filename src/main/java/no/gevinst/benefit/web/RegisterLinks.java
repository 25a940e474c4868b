package no.gevinst.benefit.web;

import java.util.Optional;
import org.springframework.web.util.UriComponentsBuilder;

/** Links that keep the register's current filters and change one thing: the page, the sort, the status. */
public record RegisterLinks(RegisterParameters filter) {

    public String page(int page) {
        return build("/benefits", filter.getStatus(), filter.getSort(), filter.getDir(), page, filter.getSize());
    }

    public String status(String status) {
        return build("/benefits", status, filter.getSort(), filter.getDir(), null, filter.getSize());
    }

    public String sort(String sort, boolean descending) {
        return build("/benefits", filter.getStatus(), sort, descending ? "desc" : "asc", null, filter.getSize());
    }

    /** The export of the same filtered list, as "xlsx" or "csv". */
    public String export(String format) {
        return build("/benefits/export." + format, filter.getStatus(), filter.getSort(), filter.getDir(), null, null);
    }

    private String build(String path, String status, String sort, String dir, Integer page, Integer size) {
        return UriComponentsBuilder.fromPath(path)
                .queryParamIfPresent("programme", present(filter.getProgramme()))
                .queryParamIfPresent("organisation", present(filter.getOrganisation()))
                .queryParamIfPresent("area", present(filter.getArea()))
                .queryParamIfPresent("priorityArea", present(filter.getPriorityArea()))
                .queryParamIfPresent("benefitClass", present(filter.getBenefitClass()))
                .queryParamIfPresent("status", present(status))
                .queryParamIfPresent("owner", present(filter.getOwner()))
                .queryParamIfPresent("warning", present(filter.getWarning()))
                .queryParamIfPresent("indicator", present(filter.getIndicator()))
                .queryParamIfPresent("q", present(filter.getQ()))
                .queryParamIfPresent("evidence", present(filter.getEvidence()))
                .queryParamIfPresent("sort", present(sort))
                .queryParamIfPresent("dir", present(dir))
                .queryParamIfPresent("page", Optional.ofNullable(page))
                .queryParamIfPresent("size", Optional.ofNullable(size))
                .build()
                .encode()
                .toUriString();
    }

    private static Optional<String> present(String value) {
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value);
    }
}
