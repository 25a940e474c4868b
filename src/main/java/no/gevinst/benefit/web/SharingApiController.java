package no.gevinst.benefit.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.net.URI;
import java.util.List;
import no.gevinst.benefit.Benefit;
import no.gevinst.benefit.BenefitMerge;
import no.gevinst.benefit.BenefitShare;
import no.gevinst.benefit.BenefitSharing;
import no.gevinst.benefit.Benefits;
import no.gevinst.programme.Programmes;
import no.gevinst.shared.BenefitId;
import no.gevinst.shared.NotFoundException;
import no.gevinst.shared.ProgrammeId;
import no.gevinst.shared.Versions;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * The API of benefits shared between programmes and of benefits merged into one (issue 18). Every write is judged and
 * audited by {@link BenefitSharing}; rights are asked before the request's version is read, so that a refused caller
 * gets 403 or 404, never 400 for what is wrong with the request.
 */
@RestController
@Tag(
        name = "Sharing",
        description = "A benefit shared by two or more programmes (one record, each programme's share stated, at most"
                + " 100 % together), and two benefits merged into one by a recorded decision")
class SharingApiController {

    private final BenefitSharing sharing;
    private final Benefits benefits;
    private final Programmes programmes;

    SharingApiController(BenefitSharing sharing, Benefits benefits, Programmes programmes) {
        this.sharing = sharing;
        this.benefits = benefits;
        this.programmes = programmes;
    }

    /**
     * A benefit's shares.
     *
     * @param homeShare what its home programme keeps: 100 % less the shares proposed or accepted
     */
    record SharesResource(
            String benefitId,
            String homeProgrammeId,
            BigDecimal homeShare,
            List<BenefitShare> shares,
            boolean canPropose,
            List<BenefitMerge> merges) {}

    /** A proposal: the receiving programme and its share in percent ("40" or "12,5"). */
    record ShareRequest(String programmeId, String share) {}

    /** The version read (or send If-Match). */
    @io.swagger.v3.oas.annotations.media.Schema(name = "ShareVersionRequest")
    record VersionRequest(Long version) {}

    /** The other benefit's code, the reason and the decision's reference; the kept benefit's version read. */
    record MergeRequest(String mergedCode, String reason, String decisionReference, Long version) {}

    @GetMapping("/api/v1/benefits/{id}/shares")
    @Operation(
            summary = "The programmes sharing the benefit, each with its share and whether it has accepted; what the"
                    + " home programme keeps; and the merges it took part in")
    SharesResource shares(@PathVariable BenefitId id) {
        Benefit benefit = existing(id);
        return new SharesResource(
                id.toString(),
                benefit.programme().toString(),
                sharing.homeShare(id).value(),
                sharing.shares(id),
                sharing.canPropose(benefit),
                sharing.merges(id));
    }

    @PostMapping("/api/v1/benefits/{id}/shares")
    @Operation(
            summary = "Propose to share the benefit with another programme (coordinators of its home programme);"
                    + " refused naming the field for its home programme, a programme already sharing it or shares"
                    + " above 100 % together. It counts for the receiving programme once that programme accepts")
    ResponseEntity<BenefitShare> propose(@PathVariable BenefitId id, @RequestBody ShareRequest request) {
        BenefitShare proposed = sharing.propose(id, request.programmeId(), request.share());
        return ResponseEntity.created(URI.create("/api/v1/benefits/" + id + "/shares"))
                .eTag(Versions.etag(proposed.version()))
                .body(proposed);
    }

    @PostMapping("/api/v1/benefits/{id}/shares/{programme}/accept")
    @Operation(
            summary = "The receiving programme's coordinators accept the share proposed to it. Send the version read"
                    + " as If-Match or in the body; a stale one gets 409")
    ResponseEntity<BenefitShare> accept(
            @PathVariable BenefitId id,
            @PathVariable ProgrammeId programme,
            @RequestBody(required = false) VersionRequest request,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        existing(id);
        if (!programmes.canCoordinate(programme)) {
            throw new AccessDeniedException("Only the receiving programme's coordinators accept a share");
        }
        BenefitShare accepted = sharing.accept(id, programme, Versions.expected(version(request), ifMatch));
        return ResponseEntity.ok().eTag(Versions.etag(accepted.version())).body(accepted);
    }

    @DeleteMapping("/api/v1/benefits/{id}/shares/{programme}")
    @Operation(
            summary = "End (or withdraw) a share: coordinators of either programme. Send the version read as If-Match"
                    + " or in the body; a stale one gets 409")
    ResponseEntity<Void> end(
            @PathVariable BenefitId id,
            @PathVariable ProgrammeId programme,
            @RequestBody(required = false) VersionRequest request,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        Benefit benefit = existing(id);
        if (!programmes.canCoordinate(benefit.programme()) && !programmes.canCoordinate(programme)) {
            throw new AccessDeniedException("Only the coordinators of either programme end a share");
        }
        sharing.end(id, programme, Versions.expected(version(request), ifMatch));
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/api/v1/benefits/{id}/merges")
    @Operation(
            summary = "Merge another benefit (by its code) into this one as the same benefit, by a recorded decision"
                    + " with its reason and reference; a coordinator of both programmes. The other benefit leaves the"
                    + " registers and double counting, and its indicators, measurements and allocations move here."
                    + " Send this benefit's version read as If-Match or in the body; a stale one gets 409")
    ResponseEntity<BenefitMerge> merge(
            @PathVariable BenefitId id,
            @RequestBody MergeRequest request,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        Benefit kept = existing(id);
        if (!sharing.canMerge(kept)) {
            throw new AccessDeniedException("Only the programme's coordinators merge into " + kept.code());
        }
        BenefitMerge decision = sharing.merge(
                id,
                request.mergedCode(),
                request.reason(),
                request.decisionReference(),
                Versions.expected(request.version(), ifMatch));
        return ResponseEntity.created(URI.create("/api/v1/benefits/" + id + "/shares"))
                .body(decision);
    }

    private static Long version(VersionRequest request) {
        return request == null ? null : request.version();
    }

    private Benefit existing(BenefitId id) {
        return benefits.find(id).orElseThrow(() -> new NotFoundException("benefit", id));
    }
}
