package no.gevinst.golive.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import no.gevinst.golive.GoLive;
import no.gevinst.golive.GoLiveWaves;
import no.gevinst.golive.Wave;
import no.gevinst.golive.WaveId;
import no.gevinst.shared.Inputs;
import no.gevinst.shared.NorwegianTime;
import no.gevinst.shared.NotFoundException;
import no.gevinst.shared.OrganisationId;
import no.gevinst.shared.ProgrammeId;
import no.gevinst.shared.Versions;
import no.gevinst.shared.Violations;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/programmes/{id}/golive-waves")
@Tag(
        name = "Go-live waves",
        description = "Which organisations and units of a programme take the solution into use on which date")
class WaveApiController {

    private final GoLiveWaves waves;

    WaveApiController(GoLiveWaves waves) {
        this.waves = waves;
    }

    @GetMapping
    @Operation(summary = "The programme's go-live waves, by planned date, each with its units and version")
    List<Wave> list(@PathVariable ProgrammeId id) {
        return waves.waves(id);
    }

    @PostMapping
    @Operation(
            summary = "Record a go-live wave (the programme's coordinators)",
            description = "Dates are ISO (2022-05-14); the actual date stays null until the wave has gone live. Each"
                    + " unit must be the programme's owner, a party or a unit under one, and in no other wave.")
    ResponseEntity<Wave> create(@PathVariable ProgrammeId id, @RequestBody WaveRequest request) {
        waves.requireEditable(id);
        Wave created = waves.create(id, request.toInput());
        return ResponseEntity.created(URI.create("/api/v1/programmes/" + id + "/golive-waves/" + created.id()))
                .eTag(Versions.etag(created.version()))
                .body(created);
    }

    @PutMapping("/{wave}")
    @Operation(summary = "Change a wave (its coordinators); send the version read, or If-Match. A stale one gets 409")
    ResponseEntity<Wave> update(
            @PathVariable ProgrammeId id,
            @PathVariable WaveId wave,
            @RequestBody WaveRequest request,
            @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        waves.requireEditable(id);
        Wave updated = waves.update(id, wave, request.toInput(), Versions.expected(request.version(), ifMatch));
        return ResponseEntity.ok().eTag(Versions.etag(updated.version())).body(updated);
    }

    @DeleteMapping("/{wave}")
    @Operation(summary = "Remove a wave (its coordinators); send the version read as If-Match. A stale one gets 409")
    ResponseEntity<Void> delete(
            @PathVariable ProgrammeId id,
            @PathVariable WaveId wave,
            @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        waves.requireEditable(id);
        waves.delete(id, wave, Versions.expected(null, ifMatch));
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/live")
    @Operation(summary = "The organisations and units live on a day: their wave's actual date is on or before it")
    List<GoLive> live(
            @PathVariable ProgrammeId id,
            @Parameter(description = "ISO date; today in Europe/Oslo when left out")
                    @RequestParam(name = "date", required = false)
                    String date) {
        Violations violations = new Violations();
        LocalDate day = Inputs.date(date, "date", violations);
        violations.throwIfAny();
        return waves.liveOn(id, day == null ? NorwegianTime.today() : day);
    }

    @GetMapping("/units/{organisation}")
    @Operation(
            summary = "When a unit goes (or went) live in the programme",
            description = "Its own wave, or the wave of the nearest organisation above it; 404 when none is in one.")
    GoLive unit(@PathVariable ProgrammeId id, @PathVariable OrganisationId organisation) {
        return waves.goLive(id, organisation).orElseThrow(() -> new NotFoundException("golive-unit", organisation));
    }
}
