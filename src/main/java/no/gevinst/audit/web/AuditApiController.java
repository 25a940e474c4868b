package no.gevinst.audit.web;

import com.fasterxml.jackson.annotation.JsonRawValue;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import no.gevinst.audit.AuditPage;
import no.gevinst.audit.AuditQuery;
import no.gevinst.audit.AuditSearch;
import no.gevinst.audit.LoggedChange;
import no.gevinst.shared.OrganisationId;
import no.gevinst.shared.ProgrammeId;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/v1/audit}: the audit log for administrators and coordinators, filtered, newest first, a page at a
 * time (continue with {@code after} = the {@code next} of the previous page); with {@code Accept: text/csv} every
 * matching entry as CSV, as {@code /audit.csv} gives it.
 */
@RestController
class AuditApiController {

    private static final MediaType CSV = MediaType.valueOf("text/csv");

    private final AuditSearch search;

    AuditApiController(AuditSearch search) {
        this.search = search;
    }

    /** One entry: who by user name and full name, what, when, and the states before and after as JSON. */
    record EntryResource(
            long id,
            Instant occurredAt,
            String actor,
            String actorName,
            String entityType,
            String entityId,
            String action,
            ProgrammeId programmeId,
            OrganisationId organisationId,
            List<String> changedFields,
            @JsonRawValue String before,
            @JsonRawValue String after) {

        static EntryResource of(LoggedChange change) {
            var e = change.entry();
            return new EntryResource(
                    e.id(),
                    e.occurredAt(),
                    e.actor(),
                    change.actorName(),
                    e.entityType(),
                    e.entityId(),
                    e.action(),
                    change.programme(),
                    change.organisation(),
                    e.changedFields(),
                    e.before(),
                    e.after());
        }
    }

    /**
     * A page of entries, newest first.
     *
     * @param next the {@code after} that gives the next (older) page, or null on the last
     * @param nextPage the link to that page
     */
    record PageResource(List<EntryResource> entries, int size, Long next, String nextPage) {}

    @GetMapping("/api/v1/audit")
    @Operation(
            summary = "The audit log, filtered, newest first, a page at a time; every matching entry as CSV on"
                    + " Accept: text/csv",
            description = "Administrators and coordinators (their programmes' entries). Continue with after = the"
                    + " next of the previous page.")
    @ApiResponse(
            responseCode = "200",
            description = "A page of entries, or every matching entry as CSV",
            content = {
                @Content(mediaType = "application/json", schema = @Schema(implementation = PageResource.class)),
                @Content(mediaType = "text/csv", schema = @Schema(type = "string", format = "binary"))
            })
    ResponseEntity<PageResource> audit(
            @ModelAttribute AuditFilter filter,
            @RequestHeader(name = HttpHeaders.ACCEPT, required = false) String accept,
            HttpServletResponse response)
            throws IOException {
        if (!search.readership().mayRead()) {
            throw new AccessDeniedException("Reading the audit log requires administrator or coordinator");
        }
        AuditQuery query = filter.toQuery();
        if (wantsCsv(accept)) {
            response.setContentType("text/csv;charset=UTF-8");
            response.setHeader(HttpHeaders.VARY, HttpHeaders.ACCEPT);
            Writer writer = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
            search.exportCsv(query, writer);
            writer.flush();
            return null;
        }
        AuditPage page = search.search(query, "json");
        return ResponseEntity.ok()
                .header(HttpHeaders.VARY, HttpHeaders.ACCEPT)
                .body(new PageResource(
                        page.entries().stream().map(EntryResource::of).toList(),
                        query.size(),
                        page.next(),
                        page.hasNext() ? new AuditLinks(query).apiAfter(page.next()) : null));
    }

    /** CSV when the client prefers it to JSON; JSON otherwise, also for {@code *}{@code /*}. */
    private static boolean wantsCsv(String accept) {
        if (accept == null || accept.isBlank()) {
            return false;
        }
        try {
            List<MediaType> types = MediaType.parseMediaTypes(accept);
            types.sort(java.util.Comparator.comparingDouble(MediaType::getQualityValue)
                    .reversed());
            for (MediaType type : types) {
                if (type.isWildcardType()) {
                    return false;
                }
                if (type.isCompatibleWith(CSV)) {
                    return true;
                }
                if (type.isCompatibleWith(MediaType.APPLICATION_JSON)) {
                    return false;
                }
            }
        } catch (org.springframework.http.InvalidMediaTypeException e) {
            return false;
        }
        return false;
    }
}
