package no.gevinst.organisation.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import no.gevinst.organisation.People;
import no.gevinst.organisation.Person;
import no.gevinst.organisation.PersonInput;
import no.gevinst.shared.NotFoundException;
import no.gevinst.shared.PersonId;
import no.gevinst.shared.Versions;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/people")
@Tag(name = "People", description = "Benefit owners, benefit responsibles and steering group members")
class PersonApiController {

    private final People people;

    PersonApiController(People people) {
        this.people = people;
    }

    @GetMapping
    @Operation(summary = "Everyone, by name")
    List<Person> list() {
        return people.all();
    }

    @Operation(summary = "One person; the ETag carries its version")
    @GetMapping("/{id}")
    ResponseEntity<Person> get(@PathVariable PersonId id) {
        Person person = people.find(id).orElseThrow(() -> new NotFoundException("person", id));
        return ResponseEntity.ok().eTag(Versions.etag(person.version())).body(person);
    }

    @PostMapping
    @Operation(summary = "Register a person (administrators and coordinators of the person's organisation)")
    ResponseEntity<Person> create(@RequestBody PersonInput input) {
        Person created = people.create(input);
        return ResponseEntity.created(URI.create("/api/v1/people/" + created.id()))
                .eTag(Versions.etag(created.version()))
                .body(created);
    }

    @PutMapping("/{id}")
    @Operation(summary = "Correct a person; send the version read as If-Match")
    ResponseEntity<Person> update(
            @PathVariable PersonId id,
            @RequestBody PersonInput input,
            @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        Person updated = people.update(id, input, Versions.expected(null, ifMatch));
        return ResponseEntity.ok().eTag(Versions.etag(updated.version())).body(updated);
    }
}
