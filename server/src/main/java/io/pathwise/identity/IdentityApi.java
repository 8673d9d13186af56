package io.pathwise.identity;

import io.pathwise.identity.account.Accounts;
import io.pathwise.identity.account.TenantRepository;
import io.pathwise.identity.account.UserRepository;
import io.pathwise.identity.credential.ApiCredentials;
import io.pathwise.identity.membership.Enrolments;
import io.pathwise.identity.membership.MembershipRepository;
import io.pathwise.identity.security.IdentityProperties;
import io.pathwise.shared.paging.CursorPage;
import io.pathwise.shared.problem.ApiException;
import io.pathwise.shared.paging.PageRequest;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Service;

/**
 * What other modules may ask of identity: tenants, users, course roles and enrolment. Checking
 * that a course exists and belongs to the caller's tenant is the caller's job (identity does not
 * know courses).
 */
@Service
public class IdentityApi {

    private final TenantRepository tenants;
    private final UserRepository users;
    private final MembershipRepository memberships;
    private final Enrolments enrolments;
    private final Accounts accounts;
    private final ApiCredentials credentials;
    private final IdentityProperties properties;

    IdentityApi(TenantRepository tenants, UserRepository users, MembershipRepository memberships,
            Enrolments enrolments, Accounts accounts, ApiCredentials credentials, IdentityProperties properties) {
        this.properties = properties;
        this.tenants = tenants;
        this.users = users;
        this.memberships = memberships;
        this.enrolments = enrolments;
        this.accounts = accounts;
        this.credentials = credentials;
    }

    public Optional<TenantView> tenant(UUID tenantId) {
        return tenants.find(tenantId);
    }

    public Optional<TenantView> tenantBySlug(String slug) {
        return tenants.findBySlug(slug);
    }

    public Optional<UserView> user(UUID userId) {
        return users.find(userId).map(UserRepository.StoredUser::view);
    }

    /** The display names of the users that exist among {@code userIds}, read at once. */
    public Map<UUID, String> displayNames(Collection<UUID> userIds) {
        return users.displayNames(userIds);
    }

    /** The organization's account with this address (an address has one account per organization). */
    public Optional<UserView> userByEmail(UUID tenantId, String email) {
        return accounts.findByEmail(tenantId, email);
    }

    public Optional<CourseRole> roleIn(UUID userId, UUID courseId) {
        return memberships.roleOf(userId, courseId);
    }

    /** Every course the user is a member of, with their role. */
    public Map<UUID, CourseRole> courseRoles(UUID userId) {
        return memberships.rolesOf(userId);
    }

    public Enrolment enrol(UUID tenantId, UUID courseId, EnrolmentRequest request) {
        return enrolments.enrol(tenantId, courseId, request);
    }

    public List<Enrolment> importEnrolments(UUID tenantId, UUID courseId, String csv) {
        return enrolments.importCsv(tenantId, courseId, csv);
    }

    public boolean removeMember(UUID tenantId, UUID courseId, UUID userId) {
        return enrolments.remove(tenantId, courseId, userId);
    }

    public CursorPage<MembershipView> members(UUID courseId, PageRequest page) {
        return CursorPage.of(memberships.members(courseId, page), page, MembershipView::userId);
    }

    /**
     * Every learner of the course, read a page of the roster at a time: for views that rank or
     * match the whole class (the heat map, study partners).
     */
    public List<MembershipView> learners(UUID courseId) {
        List<MembershipView> learners = new ArrayList<>();
        PageRequest page = new PageRequest(null, PageRequest.MAX_LIMIT);
        while (true) {
            CursorPage<MembershipView> members = members(courseId, page);
            members.items().stream().filter(m -> m.role() == CourseRole.LEARNER).forEach(learners::add);
            if (members.nextCursor() == null) {
                return learners;
            }
            page = PageRequest.of(members.nextCursor(), PageRequest.MAX_LIMIT);
        }
    }

    /** Creates a tenant unless one with the slug exists (demo data, tests). */
    public TenantView ensureTenant(String slug, String name) {
        return accounts.createTenant(slug, name);
    }

    /** Creates an active user with a password (demo data, tests). */
    public UserView createUser(UUID tenantId, String email, String displayName, String password, boolean tenantAdmin) {
        return accounts.createUser(tenantId, new Accounts.NewUser(email, displayName, null, null, password, tenantAdmin));
    }

    /** The live API credential with this key and secret (HTTP Basic sign-in of xAPI clients). */
    public Optional<ApiCredentialView> authenticateCredential(String key, String secret) {
        return credentials.authenticate(key, secret);
    }

    /**
     * Creates an API credential for a machine client; the secret in the answer is the only copy
     * there will ever be. Throws a 422 {@link ApiException} naming {@code label} or {@code scopes[i]}
     * when they are not acceptable.
     */
    public NewApiCredential createApiCredential(UUID tenantId, UUID createdBy, String label, List<String> scopes) {
        return credentials.create(tenantId, createdBy, label, scopes);
    }

    /** The tenant's API credentials, revoked ones included, oldest first, without secrets. */
    public CursorPage<ApiCredentialView> apiCredentials(UUID tenantId, PageRequest page) {
        return CursorPage.of(credentials.list(tenantId, page), page, ApiCredentialView::id);
    }

    /** Revokes one of the tenant's credentials; false when the tenant has no credential with that id. */
    public boolean revokeApiCredential(UUID tenantId, UUID credentialId) {
        return credentials.revoke(tenantId, credentialId);
    }

    /** The xAPI scopes a credential may carry (xAPI Communication 4.2). */
    public Set<String> apiCredentialScopes() {
        return ApiCredentials.SCOPES;
    }

    /** Stores an API credential with a fixed key and secret unless the key exists (demo data). */
    public void ensureApiCredential(UUID tenantId, UUID createdBy, String label, List<String> scopes, String key,
            String secret) {
        if (!credentials.keyExists(key)) {
            credentials.insert(tenantId, createdBy, label, scopes, key, secret);
        }
    }

    /** Creates an organization with its first administrator (the sign-up page). */
    public UserView signUp(String organizationName, String slug, String email, String displayName, String password) {
        if (!properties.openSignUp()) {
            throw ApiException.forbidden("Sign-up is closed on this installation; ask an administrator.");
        }
        return accounts.signUp(organizationName, slug, new Accounts.NewUser(email, displayName, null, null, password, true));
    }

    public boolean openSignUp() {
        return properties.openSignUp();
    }

    /** Sets an invited user's first password with their one-time activation token. */
    public UserView activate(String token, String password) {
        return accounts.activate(token, password);
    }
}
