package no.gevinst.token.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import no.gevinst.access.ServiceAccount;
import no.gevinst.access.ServiceAccountInput;
import no.gevinst.access.ServiceAccounts;
import no.gevinst.shared.UserId;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/service-accounts")
@Tag(name = "Service accounts", description = "The users machines act as, signing in only with API tokens")
class ServiceAccountApiController {

    private final ServiceAccounts accounts;
    private final ScopeLabels labels;

    ServiceAccountApiController(ServiceAccounts accounts, ScopeLabels labels) {
        this.accounts = accounts;
        this.labels = labels;
    }

    /** A service account with its roles named. */
    record Resource(UserId id, String username, String displayName, boolean enabled, List<TokenResource.Scope> roles) {

        static Resource of(ServiceAccount account, ScopeLabels.Names names) {
            return new Resource(
                    account.id(),
                    account.username(),
                    account.displayName(),
                    account.enabled(),
                    names.label(account.roles()).stream()
                            .map(l -> new TokenResource.Scope(
                                    l.role(), l.organisationId(), l.organisation(), l.programmeId(), l.programme()))
                            .toList());
        }
    }

    @GetMapping
    @Operation(summary = "Every service account (administrators)")
    List<Resource> list() {
        List<ServiceAccount> all = accounts.all();
        var names = labels.names(all.stream().flatMap(a -> a.roles().stream()).toList());
        return all.stream().map(a -> Resource.of(a, names)).toList();
    }

    @PostMapping
    @Operation(summary = "Create a service account (administrators)", description = """
                    Body: username (lower case letters, digits, . _ -), displayName, roles [{role, organisationId, \
                    programmeId}]. It has no password; create its tokens with POST /api/v1/tokens naming it as user.""")
    ResponseEntity<Resource> create(@RequestBody ServiceAccountInput input) {
        ServiceAccount created = accounts.create(input);
        return ResponseEntity.status(org.springframework.http.HttpStatus.CREATED)
                .body(Resource.of(created, labels.names(created.roles())));
    }
}
