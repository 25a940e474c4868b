package no.gevinst.lesson.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import no.gevinst.lesson.Lesson;
import no.gevinst.lesson.LessonId;
import no.gevinst.lesson.LessonInput;
import no.gevinst.lesson.LessonPage;
import no.gevinst.lesson.LessonQuery;
import no.gevinst.lesson.Lessons;
import no.gevinst.lesson.Pilot;
import no.gevinst.lesson.PilotInput;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Lessons and pilots", description = "Lessons learned, searchable across programmes, and pilots")
// 401 and 403 are described by rule for every operation (config.web.ProblemResponses).
@ApiResponse(responseCode = "404", description = "No such programme, lesson or pilot the user sees")
class LessonApiController {

    private static final String LESSONS = "/api/v1/programmes/{id}/lessons";
    private static final String LESSON = LESSONS + "/{lesson}";
    private static final String PILOTS = "/api/v1/programmes/{id}/pilots";
    private static final String PILOT = PILOTS + "/{pilot}";

    private final Lessons lessons;

    LessonApiController(Lessons lessons) {
        this.lessons = lessons;
    }

    @GetMapping("/api/v1/lessons")
    @ApiRead
    @Operation(
            summary = "Search the lessons of every programme the user sees (full text, Norwegian), a page of "
                    + LessonQuery.SIZE + " at a time from page 0")
    @ApiResponse(responseCode = "400", description = "A parameter that does not parse; it is named")
    LessonPage search(
            @Parameter(description = "Words to find; empty for all") @RequestParam(name = "q", required = false)
                    String q,
            @Parameter(description = "A phase of the programme") @RequestParam(name = "phase", required = false)
                    String phase,
            @Parameter(description = "A benefit area's id") @RequestParam(name = "area", required = false) String area,
            @Parameter(description = "A programme's id") @RequestParam(name = "programme", required = false)
                    String programme,
            @Parameter(description = "The page, from 0") @RequestParam(name = "page", required = false) String page) {
        return lessons.search(LessonQuery.parse(q, phase, area, programme, page));
    }

    @GetMapping(LESSON)
    @ApiRead
    @Operation(summary = "One lesson; its ETag carries the version to send as If-Match")
    ResponseEntity<Lesson> lesson(@PathVariable ProgrammeId id, @PathVariable LessonId lesson) {
        return ApiWrites.one(lessons.find(id, lesson), Lesson::version, "lesson", lesson);
    }

    @PostMapping(LESSONS)
    @Operation(summary = "Record a lesson; coordinators and gevinsteiere of the programme")
    @ApiCreate
    ResponseEntity<Lesson> create(@PathVariable ProgrammeId id, @RequestBody LessonInput input) {
        return ApiWrites.create(() -> lessons.requireWriter(id), () -> lessons.create(id, input));
    }

    @PutMapping(LESSON)
    @Operation(summary = "Change a lesson; send the version read as If-Match, a stale one gets 409")
    @ApiChange
    ResponseEntity<Lesson> update(
            @PathVariable ProgrammeId id,
            @PathVariable LessonId lesson,
            @RequestBody LessonInput input,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        return ApiWrites.change(
                () -> lessons.requireWriter(id), ifMatch, version -> lessons.update(id, lesson, input, version));
    }

    @DeleteMapping(LESSON)
    @Operation(summary = "Delete a lesson with the measures it started; with the version read as If-Match")
    @ApiDelete
    ResponseEntity<Void> delete(
            @PathVariable ProgrammeId id,
            @PathVariable LessonId lesson,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        return ApiWrites.delete(
                () -> lessons.requireWriter(id), ifMatch, version -> lessons.delete(id, lesson, version));
    }

    @GetMapping("/api/v1/pilots")
    @ApiRead
    @Operation(summary = "The pilots of the programmes the user sees, the latest first; at most 200")
    List<Pilot> pilots(
            @Parameter(description = "Only this programme's pilots") @RequestParam(name = "programme", required = false)
                    ProgrammeId programme) {
        return lessons.pilots(Optional.ofNullable(programme));
    }

    @GetMapping(PILOT)
    @ApiRead
    @Operation(summary = "One pilot; its ETag carries the version to send as If-Match")
    ResponseEntity<Pilot> pilot(@PathVariable ProgrammeId id, @PathVariable UUID pilot) {
        return ApiWrites.one(lessons.findPilot(id, pilot), Pilot::version, "pilot", pilot);
    }

    @PostMapping(PILOTS)
    @Operation(summary = "Record a pilot in a unit of the programme; coordinators and gevinsteiere")
    @ApiCreate
    ResponseEntity<Pilot> createPilot(@PathVariable ProgrammeId id, @RequestBody PilotInput input) {
        return ApiWrites.create(() -> lessons.requireWriter(id), () -> lessons.createPilot(id, input));
    }

    @PutMapping(PILOT)
    @Operation(
            summary = "Change a pilot, its outcome and the decision to roll out or not; send the version read as"
                    + " If-Match, a stale one gets 409")
    @ApiChange
    ResponseEntity<Pilot> updatePilot(
            @PathVariable ProgrammeId id,
            @PathVariable UUID pilot,
            @RequestBody PilotInput input,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        return ApiWrites.change(
                () -> lessons.requireWriter(id), ifMatch, version -> lessons.updatePilot(id, pilot, input, version));
    }

    @DeleteMapping(PILOT)
    @Operation(summary = "Delete a pilot; with the version read as If-Match")
    @ApiDelete
    ResponseEntity<Void> deletePilot(
            @PathVariable ProgrammeId id,
            @PathVariable UUID pilot,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        return ApiWrites.delete(
                () -> lessons.requireWriter(id), ifMatch, version -> lessons.deletePilot(id, pilot, version));
    }
}
