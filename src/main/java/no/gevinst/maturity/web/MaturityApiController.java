package no.gevinst.maturity.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import no.gevinst.maturity.MaturityRounds;
import no.gevinst.maturity.Results;
import no.gevinst.maturity.Round;
import no.gevinst.maturity.RoundId;
import no.gevinst.maturity.RoundInput;
import no.gevinst.shared.ApiCreate;
import no.gevinst.shared.ApiRead;
import no.gevinst.shared.ApiWrites;
import no.gevinst.shared.InvalidInputException;
import no.gevinst.shared.ProgrammeId;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(
        name = "Maturity assessments",
        description = "A programme's maturity rounds and their results, aggregated per unit and dimension and never"
                + " shown for fewer than five respondents; individual answers are never given out")
// 401 and 403 are described by rule for every operation (config.web.ProblemResponses).
@ApiResponse(responseCode = "404", description = "No such programme or round, or the user does not see it")
class MaturityApiController {

    private static final String ROUNDS = "/api/v1/programmes/{id}/maturity-rounds";
    private static final String ROUND = ROUNDS + "/{round}";

    private final MaturityRounds rounds;

    MaturityApiController(MaturityRounds rounds) {
        this.rounds = rounds;
    }

    @GetMapping(ROUNDS)
    @ApiRead
    @Operation(summary = "The programme's rounds, the latest first; read by all who see the programme")
    List<Round> rounds(@PathVariable ProgrammeId id) {
        return rounds.rounds(id);
    }

    @GetMapping(ROUND)
    @ApiRead
    @Operation(summary = "One round; its ETag carries the version to send as If-Match")
    ResponseEntity<Round> round(@PathVariable ProgrammeId id, @PathVariable RoundId round) {
        return ApiWrites.one(rounds.find(id, round), Round::version, "maturity-round", round);
    }

    @GetMapping(ROUND + "/results")
    @ApiRead
    @Operation(
            summary = "The results of a closed round: means per unit and dimension for groups of at least five"
                    + " respondents, smaller units pooled into their parent, with the change since the previous round")
    @ApiResponse(responseCode = "400", description = "The round is not closed yet (names the field round)")
    Results results(@PathVariable ProgrammeId id, @PathVariable RoundId round) {
        rounds.find(id, round).orElseThrow(() -> new no.gevinst.shared.NotFoundException("maturity-round", round));
        return rounds.results(id, round)
                .orElseThrow(() -> InvalidInputException.of("round", "maturity.results.notClosed"));
    }

    @PostMapping(ROUNDS)
    @Operation(summary = "Write a round from a template, to organisations, units or a go-live wave; coordinators")
    @ApiCreate
    ResponseEntity<Round> create(@PathVariable ProgrammeId id, @RequestBody RoundInput input) {
        return ApiWrites.create(() -> rounds.requireCoordinator(id), () -> rounds.create(id, input));
    }

    @PutMapping(ROUND)
    @Operation(
            summary = "Change a round not sent yet; coordinators. Send the version read as If-Match; a stale one gets"
                    + " 409")
    @ApiResponse(responseCode = "200", description = "Changed; its ETag carries the new version")
    @ApiResponse(responseCode = "400", description = "Bad input, no If-Match, or the round is sent already")
    @ApiResponse(responseCode = "409", description = "The round changed since it was read")
    ResponseEntity<Round> update(
            @PathVariable ProgrammeId id,
            @PathVariable RoundId round,
            @RequestBody RoundInput input,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        return ApiWrites.change(
                () -> rounds.requireCoordinator(id), ifMatch, version -> rounds.update(id, round, input, version));
    }

    @PostMapping(ROUND + "/send")
    @Operation(summary = "Send a written round: it takes answers within its dates; coordinators, with If-Match")
    @ApiResponse(responseCode = "200", description = "Changed; its ETag carries the new version")
    @ApiResponse(responseCode = "400", description = "No If-Match, or the round is not a draft")
    @ApiResponse(responseCode = "409", description = "The round changed since it was read")
    ResponseEntity<Round> send(
            @PathVariable ProgrammeId id,
            @PathVariable RoundId round,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        return ApiWrites.change(
                () -> rounds.requireCoordinator(id), ifMatch, version -> rounds.send(id, round, version));
    }

    @PostMapping(ROUND + "/close")
    @Operation(summary = "Close a sent round: no more answers, and its results show; coordinators, with If-Match")
    @ApiResponse(responseCode = "200", description = "Changed; its ETag carries the new version")
    @ApiResponse(responseCode = "400", description = "No If-Match, or the round is not open")
    @ApiResponse(responseCode = "409", description = "The round changed since it was read")
    ResponseEntity<Round> close(
            @PathVariable ProgrammeId id,
            @PathVariable RoundId round,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        return ApiWrites.change(
                () -> rounds.requireCoordinator(id), ifMatch, version -> rounds.close(id, round, version));
    }
}
