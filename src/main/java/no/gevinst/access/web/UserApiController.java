package no.gevinst.access.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import no.gevinst.access.domain.AccountInputs;
import no.gevinst.access.domain.AdministrationScope;
import no.gevinst.access.domain.RoleGrants;
import no.gevinst.access.domain.UserAccount;
import no.gevinst.access.domain.UserAdministration;
import no.gevinst.access.domain.UserFilter;
import no.gevinst.shared.NotFoundException;
import no.gevinst.shared.UserId;
import no.gevinst.shared.Versions;
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
@RequestMapping("/api/v1/users")
@Tag(
        name = "Users",
        description = "User accounts and their roles: administrators all, coordinators their programmes' organisations")
class UserApiController {

    private final UserAdministration administration;
    private final RoleGrants grants;
    private final UserViews views;
    private final AdministrationScope scope;

    UserApiController(
            UserAdministration administration, RoleGrants grants, UserViews views, AdministrationScope scope) {
        this.administration = administration;
        this.grants = grants;
        this.views = views;
        this.scope = scope;
    }

    /** The version a state change or a withdrawal carries, when not sent as If-Match. */
    record VersionBody(Long version) {}

    record DetailsRequest(String displayName, String email, Long version) {}

    record GrantRequest(String role, String organisationId, String programmeId, Long version) {}

    record PasswordResetResponse(String temporaryPassword, UserResource user) {}

    @GetMapping
    @Operation(
            summary = "Users in the reader's scope; filter by text (name, user name, e-mail), role, organisation"
                    + " and state (ACTIVE, DEACTIVATED, PENDING)")
    List<UserResource> list(
            @RequestParam(required = false) String q,
            @RequestParam(required = false) String role,
            @RequestParam(required = false) String organisation,
            @RequestParam(required = false) String state) {
        return views.of(administration.list(UserFilter.parse(q, role, organisation, state)));
    }

    @Operation(summary = "One user with their roles; the ETag carries its version")
    @GetMapping("/{id}")
    ResponseEntity<UserResource> get(@PathVariable UUID id) {
        UserAccount account = administration.find(new UserId(id)).orElseThrow(() -> new NotFoundException("user", id));
        return ok(account);
    }

    @PostMapping
    @Operation(summary = "Create a local user with a password following the policy; roles are granted afterwards")
    ResponseEntity<UserResource> create(@RequestBody AccountInputs.NewUser input) {
        return created(administration.create(input));
    }

    @PostMapping("/invitations")
    @Operation(summary = "Invite a person by e-mail; their first sign-in through an identity provider takes it up")
    ResponseEntity<UserResource> invite(@RequestBody AccountInputs.Invitation input) {
        return created(administration.invite(input));
    }

    @PutMapping("/{id}")
    @Operation(summary = "Correct the full name and e-mail; send the version read in the body or as If-Match")
    ResponseEntity<UserResource> update(
            @PathVariable UUID id,
            @RequestBody DetailsRequest input,
            @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        scope.require();
        long version = Versions.expected(input.version(), ifMatch);
        return ok(administration.update(
                new UserId(id), new AccountInputs.Details(input.displayName(), input.email()), version));
    }

    @PostMapping("/{id}/roles")
    @Operation(
            summary = "Grant a role in an organisation (administrators: or everywhere), optionally for one programme")
    ResponseEntity<UserResource> grant(
            @PathVariable UUID id,
            @RequestBody GrantRequest input,
            @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        scope.require();
        long version = Versions.expected(input.version(), ifMatch);
        return ok(grants.grant(
                new UserId(id),
                new AccountInputs.GrantInput(input.role(), input.organisationId(), input.programmeId()),
                version));
    }

    @DeleteMapping("/{id}/roles/{grant}")
    @Operation(summary = "Withdraw a role; send the user's version as If-Match")
    ResponseEntity<UserResource> withdraw(
            @PathVariable UUID id,
            @PathVariable UUID grant,
            @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        scope.require();
        return ok(grants.withdraw(new UserId(id), grant, Versions.expected(null, ifMatch)));
    }

    @PostMapping("/{id}/deactivate")
    @Operation(summary = "Deactivate: the user signs in by no route and their sessions end")
    ResponseEntity<UserResource> deactivate(
            @PathVariable UUID id,
            @RequestBody(required = false) VersionBody body,
            @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        return ok(administration.deactivate(new UserId(id), version(body, ifMatch)));
    }

    @Operation(summary = "Reactivate a deactivated user; send the version read")
    @PostMapping("/{id}/reactivate")
    ResponseEntity<UserResource> reactivate(
            @PathVariable UUID id,
            @RequestBody(required = false) VersionBody body,
            @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        return ok(administration.reactivate(new UserId(id), version(body, ifMatch)));
    }

    @PostMapping("/{id}/password-reset")
    @Operation(summary = "Give a local user a temporary password, answered once; they must choose a new one")
    ResponseEntity<PasswordResetResponse> resetPassword(
            @PathVariable UUID id,
            @RequestBody(required = false) VersionBody body,
            @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        var reset = administration.resetPassword(new UserId(id), version(body, ifMatch));
        UserResource user = views.of(reset.account());
        return ResponseEntity.ok()
                .eTag(Versions.etag(user.version()))
                .header("Cache-Control", "no-store")
                .body(new PasswordResetResponse(reset.temporaryPassword(), user));
    }

    private long version(VersionBody body, String ifMatch) {
        scope.require();
        return Versions.expected(body == null ? null : body.version(), ifMatch);
    }

    private ResponseEntity<UserResource> ok(UserAccount account) {
        UserResource user = views.of(account);
        return ResponseEntity.ok().eTag(Versions.etag(user.version())).body(user);
    }

    private ResponseEntity<UserResource> created(UserAccount account) {
        UserResource user = views.of(account);
        return ResponseEntity.created(URI.create("/api/v1/users/" + user.id()))
                .eTag(Versions.etag(user.version()))
                .body(user);
    }
}
