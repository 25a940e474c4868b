package no.gevinst.story.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import no.gevinst.shared.ApiCreate;
import no.gevinst.shared.ApiRead;
import no.gevinst.shared.ApiWrites;
import no.gevinst.shared.BenefitId;
import no.gevinst.story.GalleryItem;
import no.gevinst.story.Stories;
import no.gevinst.story.Story;
import no.gevinst.story.StoryId;
import no.gevinst.story.StoryInput;
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
        name = "Success stories",
        description = "Success stories on benefits: drafts, and approved stories with the benefit's figures frozen as"
                + " they stood at approval. The picture is sent and read on the pages")
// 401 and 403 are described by rule for every operation (config.web.ProblemResponses).
@ApiResponse(responseCode = "404", description = "No such story or benefit the user sees")
class StoryApiController {

    private static final String STORY = "/api/v1/stories/{story}";

    private final Stories stories;

    StoryApiController(Stories stories) {
        this.stories = stories;
    }

    @GetMapping("/api/v1/stories")
    @ApiRead
    @Operation(
            summary = "Approved stories of every programme the user sees, and the drafts the user may write; newest"
                    + " first")
    List<GalleryItem> gallery() {
        return stories.gallery();
    }

    @GetMapping(STORY)
    @ApiRead
    @Operation(
            summary = "One story with its status and, once approved, its frozen figures; its ETag carries the version"
                    + " to send as If-Match")
    ResponseEntity<Story> story(@PathVariable StoryId story) {
        return ApiWrites.one(stories.find(story), Story::version, "story", story);
    }

    @GetMapping("/api/v1/benefits/{id}/stories")
    @ApiRead
    @Operation(summary = "The benefit's stories: approved ones, and drafts when the user may write them")
    List<Story> ofBenefit(@PathVariable BenefitId id) {
        return stories.ofBenefit(id);
    }

    @PostMapping("/api/v1/benefits/{id}/stories")
    @Operation(summary = "Write a draft story on the benefit, without a picture; whoever may edit the benefit")
    @ApiCreate
    ResponseEntity<Story> create(@PathVariable BenefitId id, @RequestBody StoryInput input) {
        return ApiWrites.create(() -> stories.requireWriter(id), () -> stories.create(id, input, null));
    }

    @PutMapping(STORY)
    @Operation(
            summary = "Change a draft (its picture is kept); whoever may edit the benefit. Send the version read as"
                    + " If-Match; a stale one gets 409")
    @ApiResponse(responseCode = "200", description = "Changed; its ETag carries the new version")
    @ApiResponse(responseCode = "400", description = "Bad input, no If-Match, or the story is approved already")
    @ApiResponse(responseCode = "409", description = "The story changed since it was read")
    ResponseEntity<Story> update(
            @PathVariable StoryId story,
            @RequestBody StoryInput input,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        return ApiWrites.change(
                () -> requireWriter(story), ifMatch, version -> stories.update(story, input, null, false, version));
    }

    @PostMapping(STORY + "/approve")
    @Operation(
            summary = "Approve a draft for publication, freezing the benefit's figures as they stand today;"
                    + " coordinators of its programme, with the version read as If-Match")
    @ApiResponse(responseCode = "200", description = "Changed; its ETag carries the new version")
    @ApiResponse(responseCode = "400", description = "No If-Match, or the story is approved already")
    @ApiResponse(responseCode = "409", description = "The story changed since it was read")
    ResponseEntity<Story> approve(
            @PathVariable StoryId story,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        Story approved = stories.approve(story, ApiWrites.ifMatch(ifMatch));
        return ApiWrites.changed(approved, approved.version());
    }

    @DeleteMapping(STORY)
    @Operation(summary = "Delete a draft; whoever may edit the benefit, with the version read as If-Match")
    @ApiResponse(responseCode = "204", description = "Deleted")
    @ApiResponse(responseCode = "400", description = "No If-Match, or the story is approved (it stays)")
    @ApiResponse(responseCode = "409", description = "The story changed since it was read")
    ResponseEntity<Void> delete(
            @PathVariable StoryId story,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        return ApiWrites.delete(() -> requireWriter(story), ifMatch, version -> stories.delete(story, version));
    }

    /** Rights before the input and the version: a refused user gets 403 or 404, never 400. */
    private void requireWriter(StoryId story) {
        Story found = stories.find(story).orElseThrow(() -> new no.gevinst.shared.NotFoundException("story", story));
        stories.requireWriter(found.benefit());
    }
}
