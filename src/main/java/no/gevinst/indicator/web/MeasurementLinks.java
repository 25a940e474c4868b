package no.gevinst.indicator.web;

import java.util.ArrayList;
import java.util.List;
import no.gevinst.indicator.MeasurementPaging;
import no.gevinst.shared.IndicatorId;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Links between the pages of an indicator's measurements, for the page (previous and next) and for the API's RFC 8288
 * {@code Link} header. The size is carried only when it is not the default, so the first page's link is the plain
 * address.
 */
record MeasurementLinks(String base, MeasurementPaging paging) {

    static MeasurementLinks page(IndicatorId id, MeasurementPaging paging) {
        return new MeasurementLinks("/indicators/" + id, paging);
    }

    static MeasurementLinks api(IndicatorId id, MeasurementPaging paging) {
        return new MeasurementLinks("/api/v1/indicators/" + id + "/measurements", paging);
    }

    /** The next (older) page, or null on the last. */
    public String next() {
        return paging.hasNext() ? to(paging.page() + 1) : null;
    }

    /** The previous (newer) page, or null on the first. */
    public String previous() {
        return paging.hasPrevious() ? to(paging.page() - 1) : null;
    }

    public String to(int page) {
        UriComponentsBuilder link = UriComponentsBuilder.fromPath(base);
        if (page > 1) {
            link.queryParam("page", page);
        }
        if (paging.size() != MeasurementPaging.DEFAULT_SIZE) {
            link.queryParam("size", paging.size());
        }
        return link.build().toUriString();
    }

    /** The value of an RFC 8288 {@code Link} header: first, and prev and next where they exist. */
    String header() {
        List<String> links = new ArrayList<>();
        links.add("<" + to(1) + ">; rel=\"first\"");
        if (paging.hasPrevious()) {
            links.add("<" + previous() + ">; rel=\"prev\"");
        }
        if (paging.hasNext()) {
            links.add("<" + next() + ">; rel=\"next\"");
        }
        return String.join(", ", links);
    }
}
