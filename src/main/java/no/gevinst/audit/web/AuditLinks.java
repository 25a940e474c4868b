package no.gevinst.audit.web;

import no.gevinst.audit.AuditQuery;
import org.springframework.web.util.UriComponentsBuilder;

/** Links that keep the audit search's filters: the next page, the first page, the CSV export, one record. */
public record AuditLinks(AuditQuery query) {

    /** The older entries behind the entry. */
    public String after(long id) {
        return filtered("/audit").queryParam("after", id).build().encode().toUriString();
    }

    /** The same filters from the newest entry. */
    public String first() {
        return filtered("/audit").build().encode().toUriString();
    }

    /** Every entry the filters match, as CSV. */
    public String csv() {
        UriComponentsBuilder link = filtered("/audit.csv");
        link.replaceQueryParam("size");
        return link.build().encode().toUriString();
    }

    /** The history of one record: every entry of it the user may read. */
    public String record(String entityType, String entityId) {
        return UriComponentsBuilder.fromPath("/audit")
                .queryParam("entityType", entityType)
                .queryParam("entityId", entityId)
                .build()
                .encode()
                .toUriString();
    }

    /** The API's next page for the same filters. */
    public String apiAfter(long id) {
        UriComponentsBuilder link = filtered("/api/v1/audit");
        return link.queryParam("after", id).build().encode().toUriString();
    }

    private UriComponentsBuilder filtered(String path) {
        UriComponentsBuilder link = UriComponentsBuilder.fromPath(path);
        add(link, "actor", query.actor());
        add(link, "entityType", query.entityType());
        add(link, "entityId", query.entityId());
        add(link, "action", query.action());
        add(link, "programme", query.programme());
        add(link, "from", query.from());
        add(link, "to", query.to());
        if (query.size() != AuditQuery.DEFAULT_SIZE) {
            link.queryParam("size", query.size());
        }
        return link;
    }

    private static void add(UriComponentsBuilder link, String name, Object value) {
        if (value != null) {
            link.queryParam(name, value.toString());
        }
    }
}
