package no.gevinst.evidence.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import no.gevinst.evidence.Evidence;
import no.gevinst.evidence.EvidenceId;
import no.gevinst.evidence.EvidenceInput;
import no.gevinst.evidence.EvidenceRegister;
import no.gevinst.shared.ApiChange;
import no.gevinst.shared.ApiCreate;
import no.gevinst.shared.ApiDelete;
import no.gevinst.shared.ApiRead;
import no.gevinst.shared.ApiWrites;
import no.gevinst.shared.ProgrammeId;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(
        name = "Evidence of attribution",
        description = "A programme's evaluations and studies (design, result, effect size with its confidence"
                + " interval), each linked to benefits of the programme")
// 401 and 403 are described by rule for every operation (config.web.ProblemResponses).
@ApiResponse(responseCode = "404", description = "No such programme or evaluation the user sees")
class EvidenceApiController {

    private static final String LIST = "/api/v1/programmes/{id}/evidence";
    private static final String ONE = LIST + "/{evidence}";

    private final EvidenceRegister register;

    EvidenceApiController(EvidenceRegister register) {
        this.register = register;
    }

    @GetMapping(LIST)
    @ApiRead
    @Operation(summary = "The programme's evaluations and studies with the benefits they are linked to, by title")
    List<Evidence> list(@PathVariable ProgrammeId id) {
        return register.list(id);
    }

    @GetMapping(ONE)
    @ApiRead
    @Operation(summary = "One evaluation; its ETag carries the version to send as If-Match")
    ResponseEntity<Evidence> one(@PathVariable ProgrammeId id, @PathVariable EvidenceId evidence) {
        return ApiWrites.one(register.find(id, evidence), Evidence::version, "evidence", evidence);
    }

    @PostMapping(LIST)
    @Operation(summary = "Record an evaluation; coordinators of the programme and gevinsteiere of its parties")
    @ApiCreate
    ResponseEntity<Evidence> create(@PathVariable ProgrammeId id, @RequestBody EvidenceInput input) {
        return ApiWrites.create(() -> register.requireWriter(id), () -> register.create(id, input));
    }

    @PutMapping(ONE)
    @Operation(summary = "Change an evaluation; send the version read as If-Match, a stale one gets 409")
    @ApiChange
    ResponseEntity<Evidence> update(
            @PathVariable ProgrammeId id,
            @PathVariable EvidenceId evidence,
            @RequestBody EvidenceInput input,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        return ApiWrites.change(
                () -> register.requireWriter(id), ifMatch, version -> register.update(id, evidence, input, version));
    }

    @DeleteMapping(ONE)
    @Operation(summary = "Delete an evaluation with its links to benefits; with the version read as If-Match")
    @ApiDelete
    ResponseEntity<Void> delete(
            @PathVariable ProgrammeId id,
            @PathVariable EvidenceId evidence,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        return ApiWrites.delete(
                () -> register.requireWriter(id), ifMatch, version -> register.delete(id, evidence, version));
    }
}
