package no.gevinst.programme.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import no.gevinst.programme.FrameworkItem;
import no.gevinst.programme.Objective;
import no.gevinst.programme.ObjectiveInput;
import no.gevinst.programme.Programme;
import no.gevinst.programme.ProgrammeInput;
import no.gevinst.programme.Programmes;
import no.gevinst.shared.ApiChange;
import no.gevinst.shared.ApiDelete;
import no.gevinst.shared.ApiWrites;
import no.gevinst.shared.FrameworkItemId;
import no.gevinst.shared.ObjectiveId;
import no.gevinst.shared.ProgrammeId;
import no.gevinst.shared.Versions;
import org.jspecify.annotations.Nullable;
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
@Tag(name = "Programmes", description = "Programmes with phases, parties, framework and objectives (effektmål)")
class ProgrammeApiController {

    private static final String FRAMEWORK_ITEM = "/api/v1/programmes/{id}/framework/{frameworkItem}";

    private final Programmes programmes;

    ProgrammeApiController(Programmes programmes) {
        this.programmes = programmes;
    }

    @GetMapping("/api/v1/programmes")
    @Operation(summary = "The programmes you may see: those your organisations own or take part in")
    List<Programme> list() {
        return programmes.visible();
    }

    @GetMapping("/api/v1/programmes/{id}")
    @Operation(summary = "One programme; the ETag carries its version")
    ResponseEntity<Programme> get(@PathVariable ProgrammeId id) {
        Programme programme = programmes.require(id);
        return ResponseEntity.ok().eTag(Versions.etag(programme.version())).body(programme);
    }

    @PostMapping("/api/v1/programmes")
    @Operation(summary = "Create a programme with the default framework (coordinators of the owner organisation)")
    ResponseEntity<Programme> create(@RequestBody ProgrammeInput input) {
        Programme created = programmes.create(input);
        return ResponseEntity.created(URI.create("/api/v1/programmes/" + created.id()))
                .eTag(Versions.etag(created.version()))
                .body(created);
    }

    @PutMapping("/api/v1/programmes/{id}")
    @Operation(summary = "Change a programme (its coordinators); send the version read as If-Match")
    ResponseEntity<Programme> update(
            @PathVariable ProgrammeId id,
            @RequestBody ProgrammeInput input,
            @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        Programme updated = programmes.update(id, input, Versions.expected(null, ifMatch));
        return ResponseEntity.ok().eTag(Versions.etag(updated.version())).body(updated);
    }

    @GetMapping("/api/v1/programmes/{id}/objectives")
    @Operation(summary = "The programme's objectives (effektmål), by number")
    List<Objective> objectives(@PathVariable ProgrammeId id) {
        programmes.require(id);
        return programmes.objectives(id);
    }

    @PostMapping("/api/v1/programmes/{id}/objectives")
    @Operation(summary = "Add an objective (the programme's coordinators)")
    ResponseEntity<Objective> addObjective(@PathVariable ProgrammeId id, @RequestBody ObjectiveInput input) {
        Objective created = programmes.addObjective(id, input);
        return ResponseEntity.created(URI.create("/api/v1/programmes/" + id + "/objectives"))
                .eTag(Versions.etag(created.version()))
                .body(created);
    }

    @PutMapping("/api/v1/objectives/{id}")
    @Operation(summary = "Change an objective (the programme's coordinators); send the version read as If-Match")
    ResponseEntity<Objective> updateObjective(
            @PathVariable ObjectiveId id,
            @RequestBody ObjectiveInput input,
            @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        Objective updated = programmes.updateObjective(id, input, Versions.expected(null, ifMatch));
        return ResponseEntity.ok().eTag(Versions.etag(updated.version())).body(updated);
    }

    @PutMapping(FRAMEWORK_ITEM)
    @Operation(
            summary = "Rename an area or priority area of the programme's framework (its coordinators); send the"
                    + " programme's version read as If-Match. Answers the item, the programme's new version as ETag")
    @ApiChange
    ResponseEntity<FrameworkItem> renameFrameworkItem(
            @PathVariable ProgrammeId id,
            @PathVariable FrameworkItemId frameworkItem,
            @RequestBody FrameworkItemName input,
            @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        Programme changed = programmes.renameFrameworkItem(id, frameworkItem, input.name(), ApiWrites.ifMatch(ifMatch));
        return ApiWrites.one(
                changed.frameworkItem(frameworkItem), i -> changed.version(), "framework-item", frameworkItem);
    }

    @DeleteMapping(FRAMEWORK_ITEM)
    @Operation(
            summary = "Remove an area or priority area no benefit uses (its coordinators), with the programme's"
                    + " version read as If-Match; one a benefit uses is refused with 400 naming the item")
    @ApiDelete
    ResponseEntity<Void> removeFrameworkItem(
            @PathVariable ProgrammeId id,
            @PathVariable FrameworkItemId frameworkItem,
            @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        programmes.removeFrameworkItem(id, frameworkItem, ApiWrites.ifMatch(ifMatch));
        return ApiWrites.deleted();
    }

    /** A framework item's new name. */
    record FrameworkItemName(@Nullable String name) {}
}
