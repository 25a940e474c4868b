package no.gevinst.process.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import no.gevinst.process.Process;
import no.gevinst.process.ProcessId;
import no.gevinst.process.ProcessInput;
import no.gevinst.process.Processes;
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

/** A programme's processes as JSON: read by all who see the programme, written by its coordinators, as the pages. */
@RestController
@Tag(
        name = "Processes",
        description = "A programme's patient pathways and work processes with their owner, organisations, KPIs and"
                + " as-is and to-be BPMN 2.0 diagrams")
// 401 and 403 are described by rule for every operation (config.web.ProblemResponses).
@ApiResponse(responseCode = "404", description = "No such programme or process the user sees")
class ProcessApiController {

    static final String LIST = "/api/v1/programmes/{id}/processes";
    static final String ONE = LIST + "/{process}";

    private final Processes processes;

    ProcessApiController(Processes processes) {
        this.processes = processes;
    }

    @GetMapping(LIST)
    @ApiRead
    @Operation(summary = "The programme's processes by name; read by all who see the programme")
    List<Process> list(@PathVariable ProgrammeId id) {
        return processes.processes(id);
    }

    @GetMapping(ONE)
    @ApiRead
    @Operation(summary = "One process; its ETag carries the version to send as If-Match")
    ResponseEntity<Process> one(@PathVariable ProgrammeId id, @PathVariable ProcessId process) {
        return ApiWrites.one(processes.find(id, process), Process::version, "process", process);
    }

    @PostMapping(LIST)
    @Operation(summary = "Add a process with its owner, organisations and KPIs; coordinators")
    @ApiCreate
    ResponseEntity<Process> create(@PathVariable ProgrammeId id, @RequestBody ProcessInput input) {
        return ApiWrites.create(() -> processes.requireCoordinator(id), () -> processes.create(id, input));
    }

    @PutMapping(ONE)
    @Operation(summary = "Change a process; coordinators. Send the version read as If-Match; a stale one gets 409")
    @ApiChange
    ResponseEntity<Process> update(
            @PathVariable ProgrammeId id,
            @PathVariable ProcessId process,
            @RequestBody ProcessInput input,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        return ApiWrites.change(
                () -> processes.requireCoordinator(id),
                ifMatch,
                version -> processes.update(id, process, input, version));
    }

    @DeleteMapping(ONE)
    @Operation(
            summary = "Delete a process with its diagrams and the links of changes to it; coordinators, with the"
                    + " version read as If-Match")
    @ApiDelete
    ResponseEntity<Void> delete(
            @PathVariable ProgrammeId id,
            @PathVariable ProcessId process,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        return ApiWrites.delete(
                () -> processes.requireCoordinator(id), ifMatch, version -> processes.delete(id, process, version));
    }
}
