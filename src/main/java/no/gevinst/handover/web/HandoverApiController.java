package no.gevinst.handover.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import no.gevinst.handover.Handover;
import no.gevinst.handover.HandoverCommand;
import no.gevinst.handover.Handovers;
import no.gevinst.shared.BenefitId;
import no.gevinst.shared.NotFoundException;
import no.gevinst.shared.Versions;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(
        name = "Handover",
        description =
                "A benefit handed over to a line manager of the receiving organisation, who accepts or declines it")
class HandoverApiController {

    private final Handovers handovers;

    HandoverApiController(Handovers handovers) {
        this.handovers = handovers;
    }

    /**
     * The benefit's handover as the API shows it.
     *
     * @param current the proposed or accepted handover, else the latest declined one; null when never proposed
     * @param history every handover of the benefit, newest first
     */
    record HandoverResource(Handover current, List<Handover> history, boolean canPropose, boolean canDecide) {}

    /**
     * A handover as a coordinator proposes it: the receiving line manager (a person id) and the date (ISO or
     * 31.01.2026), as text so that a bad value is named; read once into a {@link HandoverCommand}.
     *
     * @param version the version of the open proposal being revised; null for a new one
     */
    record HandoverInput(String receiverId, String handoverDate, Long version) {}

    /** The receiver's answer: the version read (or send If-Match), and for a decline the reason. */
    record DecisionRequest(Long version, String reason) {}

    @GetMapping("/api/v1/benefits/{id}/handover")
    @Operation(
            summary = "The benefit's handover to the line: receiver, date, status, and the remaining targets,"
                    + " measurement schedule and open measures frozen when it was proposed; with its history")
    HandoverResource handover(@PathVariable BenefitId id) {
        List<Handover> history = handovers.history(id);
        Handover current = handovers.current(id).orElse(null);
        return new HandoverResource(
                current, history, handovers.canPropose(id), current != null && handovers.canDecide(current));
    }

    @PostMapping("/api/v1/benefits/{id}/handover")
    @Operation(
            summary = "Propose the handover to a line manager (a person holding the Gevinsteier role in their own"
                    + " organisation, one of the programme's), or revise the open proposal at its version;"
                    + " coordinators of the benefit's programme. The benefit's indicators and open measures are read"
                    + " now and kept as they stand")
    ResponseEntity<Handover> propose(@PathVariable BenefitId id, @RequestBody HandoverInput input) {
        requireProposer(handovers, id);
        Handover proposed =
                handovers.propose(id, HandoverCommand.parse(input.receiverId(), input.handoverDate(), input.version()));
        return ResponseEntity.status(input.version() == null ? HttpStatus.CREATED : HttpStatus.OK)
                .eTag(Versions.etag(proposed.version()))
                .body(proposed);
    }

    @PostMapping("/api/v1/benefits/{id}/handover/accept")
    @Operation(
            summary = "The receiver accepts the handover (no one else may, not even an administrator); its open"
                    + " measures go into the receiving organisation's improvement backlog. Send the version read as"
                    + " If-Match or in the body")
    ResponseEntity<Handover> accept(
            @PathVariable BenefitId id,
            @RequestBody(required = false) DecisionRequest request,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        requireReceiver(id);
        Handover accepted =
                handovers.accept(id, Versions.expected(request == null ? null : request.version(), ifMatch));
        return ResponseEntity.ok().eTag(Versions.etag(accepted.version())).body(accepted);
    }

    @PostMapping("/api/v1/benefits/{id}/handover/decline")
    @Operation(
            summary = "The receiver declines the handover, with the reason (required). Send the version read as"
                    + " If-Match or in the body")
    ResponseEntity<Handover> decline(
            @PathVariable BenefitId id,
            @RequestBody(required = false) DecisionRequest request,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        requireReceiver(id);
        Handover declined = handovers.decline(
                id,
                request == null ? null : request.reason(),
                Versions.expected(request == null ? null : request.version(), ifMatch));
        return ResponseEntity.ok().eTag(Versions.etag(declined.version())).body(declined);
    }

    /** Rights before the input: a refused user gets 403 or 404, never 400 or 422 for what they sent. */
    static void requireProposer(Handovers handovers, BenefitId id) {
        handovers.history(id); // 404 for a benefit the user may not see
        if (!handovers.canPropose(id)) {
            throw new AccessDeniedException("Requires coordinating the benefit's programme");
        }
    }

    /** Rights before the version: a refused user gets 403 or 404, never 400 for a missing If-Match. */
    private void requireReceiver(BenefitId id) {
        Handover current = handovers.current(id).orElseThrow(() -> new NotFoundException("handover of benefit", id));
        if (!handovers.isReceiver(current)) {
            throw new AccessDeniedException("Only the receiver accepts or declines a handover");
        }
    }
}
