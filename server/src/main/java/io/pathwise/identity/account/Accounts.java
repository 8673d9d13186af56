package io.pathwise.identity.account;

import io.pathwise.identity.TenantView;
import io.pathwise.identity.UserRegistered;
import io.pathwise.identity.UserView;
import io.pathwise.shared.Ids;
import io.pathwise.shared.problem.ApiException;
import io.pathwise.shared.problem.FieldProblem;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Creates tenants and accounts, and lets invited people set their first password. */
@Service
public class Accounts {

    private static final Pattern SLUG = Pattern.compile("^[a-z0-9][a-z0-9-]{1,62}$");

    /** What a new account needs; {@code password} null means "invite": no sign-in until activated. */
    public record NewUser(String email, String displayName, String locale, String timeZone, String password,
            boolean tenantAdmin) {
    }

    private final TenantRepository tenants;
    private final UserRepository users;
    private final ActivationTokens activationTokens;
    private final PasswordEncoder passwordEncoder;
    private final ApplicationEventPublisher events;

    Accounts(TenantRepository tenants, UserRepository users, ActivationTokens activationTokens,
            PasswordEncoder passwordEncoder, ApplicationEventPublisher events) {
        this.tenants = tenants;
        this.users = users;
        this.activationTokens = activationTokens;
        this.passwordEncoder = passwordEncoder;
        this.events = events;
    }

    /** Creates an organization with its first administrator. */
    @Transactional
    public UserView signUp(String organizationName, String slug, NewUser admin) {
        List<FieldProblem> problems = new ArrayList<>();
        NameRule.problem(organizationName, 200)
                .ifPresent(reason -> problems.add(new FieldProblem("organizationName", reason)));
        if (slug == null || !SLUG.matcher(slug).matches()) {
            problems.add(new FieldProblem("slug", "must be 2 to 63 lowercase letters, digits or hyphens, starting with a letter or digit"));
        } else if (tenants.findBySlug(slug).isPresent()) {
            problems.add(new FieldProblem("slug", "is already taken"));
        }
        problems.addAll(problemsOf(null, admin, ""));
        if (admin.password() == null) {
            // problemsOf reads a missing password as "invite"; an organization's first admin has no
            // one to invite them, so without a password the organization could never be entered.
            problems.add(new FieldProblem("password", PasswordPolicy.problem(null).orElseThrow()));
        }
        if (!problems.isEmpty()) {
            throw ApiException.unprocessable("The sign-up cannot be accepted.", problems);
        }
        TenantView tenant = new TenantView(Ids.newId(), slug, organizationName.trim());
        tenants.insert(tenant);
        return insert(tenant.id(), new NewUser(admin.email(), admin.displayName(), admin.locale(), admin.timeZone(),
                admin.password(), true));
    }

    /** Creates the tenant if its slug is free (used by the demo and by tests). */
    @Transactional
    public TenantView createTenant(String slug, String name) {
        if (!SLUG.matcher(slug).matches()) {
            throw ApiException.badField("slug", "must be lowercase letters, digits or hyphens");
        }
        return tenants.findBySlug(slug).orElseGet(() -> {
            TenantView tenant = new TenantView(Ids.newId(), slug, name);
            tenants.insert(tenant);
            return tenant;
        });
    }

    /** Creates a user in a tenant, or refuses with every problem of the input (field names prefixed). */
    @Transactional
    public UserView createUser(UUID tenantId, NewUser user) {
        List<FieldProblem> problems = problemsOf(tenantId, user, "");
        if (!problems.isEmpty()) {
            throw ApiException.unprocessable("The user cannot be created.", problems);
        }
        return insert(tenantId, user);
    }

    /**
     * The problems with a would-be user of an organization ({@code null}: one being created), with
     * {@code prefix} before each field name. An address has one account per organization; accounts
     * of other organizations are not looked at, so no answer says whether one exists.
     */
    public List<FieldProblem> problemsOf(UUID tenantId, NewUser user, String prefix) {
        List<FieldProblem> problems = new ArrayList<>();
        if (!EmailAddress.isValid(user.email())) {
            problems.add(new FieldProblem(prefix + "email", "must be an e-mail address"));
        } else if (tenantId != null && users.findByEmail(tenantId, user.email()).isPresent()) {
            problems.add(new FieldProblem(prefix + "email", "already has an account"));
        }
        NameRule.problem(user.displayName(), 200)
                .ifPresent(reason -> problems.add(new FieldProblem(prefix + "displayName", reason)));
        if (user.locale() != null && (user.locale().length() > 35
                || Locale.forLanguageTag(user.locale()).getLanguage().isEmpty())) {
            problems.add(new FieldProblem(prefix + "locale", "must be a language tag such as en or pt-BR"));
        }
        if (user.timeZone() != null && !ZoneId.getAvailableZoneIds().contains(user.timeZone())) {
            problems.add(new FieldProblem(prefix + "timeZone", "must be an IANA time zone such as Europe/Lisbon"));
        }
        if (user.password() != null) {
            PasswordPolicy.problem(user.password()).ifPresent(reason -> problems.add(new FieldProblem(prefix + "password", reason)));
        }
        return problems;
    }

    /** Sets the first password of an invited user; the token works once. */
    @Transactional
    public UserView activate(String token, String password) {
        PasswordPolicy.problem(password).ifPresent(reason -> {
            throw ApiException.badField("password", reason);
        });
        UUID userId = activationTokens.redeem(token)
                .orElseThrow(() -> ApiException.badField("token", "is unknown, used or expired"));
        users.activate(userId, passwordEncoder.encode(password));
        return users.find(userId).orElseThrow().view();
    }

    /** The organization's account with this address. */
    public Optional<UserView> findByEmail(UUID tenantId, String email) {
        return users.findByEmail(tenantId, email).map(UserRepository.StoredUser::view);
    }

    private UserView insert(UUID tenantId, NewUser user) {
        UserView view = new UserView(Ids.newId(), tenantId, user.email().trim(), user.displayName().trim(),
                user.locale() == null ? "en" : user.locale(), user.timeZone() == null ? "UTC" : user.timeZone(),
                user.tenantAdmin(), user.password() != null);
        users.insert(view, user.password() == null ? null : passwordEncoder.encode(user.password()));
        events.publishEvent(new UserRegistered(view.id(), tenantId));
        return view;
    }
}
