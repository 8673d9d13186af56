package io.pathwise.identity.membership;

import io.pathwise.identity.CourseRole;
import io.pathwise.identity.Enrolment;
import io.pathwise.identity.EnrolmentRequest;
import io.pathwise.identity.MembershipChanged;
import io.pathwise.identity.UserView;
import io.pathwise.identity.account.Accounts;
import io.pathwise.identity.account.ActivationTokens;
import io.pathwise.identity.account.EmailAddress;
import io.pathwise.shared.csv.CsvReader;
import io.pathwise.shared.problem.ApiException;
import io.pathwise.shared.problem.FieldProblem;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Puts people into courses. Someone without an account is invited: an account without a password
 * is created, with an activation link to pass on. A CSV import is all-or-nothing: every row is
 * checked first, and any problem refuses the whole file with one entry per bad row.
 */
@Service
public class Enrolments {

    private final Accounts accounts;
    private final ActivationTokens activationTokens;
    private final MembershipRepository memberships;
    private final ApplicationEventPublisher events;

    Enrolments(Accounts accounts, ActivationTokens activationTokens, MembershipRepository memberships,
            ApplicationEventPublisher events) {
        this.accounts = accounts;
        this.activationTokens = activationTokens;
        this.memberships = memberships;
        this.events = events;
    }

    @Transactional
    public Enrolment enrol(UUID tenantId, UUID courseId, EnrolmentRequest request) {
        List<FieldProblem> problems = problemsOf(tenantId, request, "");
        if (!problems.isEmpty()) {
            throw ApiException.unprocessable("The enrolment cannot be accepted.", problems);
        }
        return apply(tenantId, courseId, request);
    }

    /**
     * Enrols every row of a CSV file with the header {@code email,display_name,role} (role may be
     * left empty for learner). Rows are numbered by their line in the file.
     */
    @Transactional
    public List<Enrolment> importCsv(UUID tenantId, UUID courseId, String csv) {
        List<CsvReader.Record> records;
        try {
            records = CsvReader.parse(csv);
        } catch (IllegalArgumentException e) {
            throw ApiException.unprocessable("The file is not valid CSV.", List.of(new FieldProblem("file", e.getMessage())));
        }
        if (records.isEmpty() || !records.get(0).fields().stream().map(f -> f.trim().toLowerCase(Locale.ROOT)).toList()
                .subList(0, Math.min(2, records.get(0).fields().size())).equals(List.of("email", "display_name"))) {
            throw ApiException.unprocessable("The file has no header.",
                    List.of(new FieldProblem("file", "the first line must be the header email,display_name,role", 1)));
        }
        List<FieldProblem> problems = new ArrayList<>();
        List<EnrolmentRequest> requests = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (CsvReader.Record record : records.subList(1, records.size())) {
            String row = "row " + record.line();
            List<String> f = record.fields();
            if (f.size() < 2 || f.size() > 3) {
                problems.add(new FieldProblem(row, "must have 2 or 3 fields (email,display_name,role), has " + f.size(), record.line()));
                continue;
            }
            CourseRole role;
            try {
                role = f.size() == 3 && !f.get(2).isBlank() ? CourseRole.valueOf(f.get(2).trim().toUpperCase(Locale.ROOT)) : CourseRole.LEARNER;
            } catch (IllegalArgumentException e) {
                problems.add(new FieldProblem(row + " role", "must be learner, teaching_assistant or instructor", record.line()));
                continue;
            }
            EnrolmentRequest request = new EnrolmentRequest(f.get(0).trim(), f.get(1).trim(), role);
            problemsOf(tenantId, request, row + " ").forEach(p -> problems.add(new FieldProblem(p.field(), p.reason(), record.line())));
            if (EmailAddress.isValid(request.email()) && !seen.add(EmailAddress.normalize(request.email()))) {
                problems.add(new FieldProblem(row + " email", "appears more than once in the file", record.line()));
            }
            requests.add(request);
        }
        if (!problems.isEmpty()) {
            throw ApiException.unprocessable(problems.size() + " row(s) have problems; nobody was enrolled.", problems);
        }
        return requests.stream().map(request -> apply(tenantId, courseId, request)).toList();
    }

    @Transactional
    public boolean remove(UUID tenantId, UUID courseId, UUID userId) {
        boolean removed = memberships.remove(courseId, userId);
        if (removed) {
            events.publishEvent(new MembershipChanged(tenantId, courseId, userId, null));
        }
        return removed;
    }

    private List<FieldProblem> problemsOf(UUID tenantId, EnrolmentRequest request, String prefix) {
        List<FieldProblem> problems = new ArrayList<>();
        if (!EmailAddress.isValid(request.email())) {
            problems.add(new FieldProblem(prefix + "email", "must be an e-mail address"));
            return problems;
        }
        // Only this organization's accounts are looked at: an address with an account elsewhere gets
        // a new account here, and nothing in the answer says whether it has one elsewhere.
        if (accounts.findByEmail(tenantId, request.email()).isEmpty()) {
            problems.addAll(accounts.problemsOf(tenantId, new Accounts.NewUser(request.email(), request.displayName(), null, null,
                    null, false), prefix).stream().filter(p -> !p.field().endsWith("email")).toList());
        }
        return problems;
    }

    private Enrolment apply(UUID tenantId, UUID courseId, EnrolmentRequest request) {
        CourseRole role = request.role() == null ? CourseRole.LEARNER : request.role();
        Optional<UserView> existing = accounts.findByEmail(tenantId, request.email());
        String activationPath = null;
        UserView user;
        if (existing.isPresent()) {
            user = existing.get();
        } else {
            user = accounts.createUser(tenantId, new Accounts.NewUser(request.email(), request.displayName(), null, null,
                    null, false));
            activationPath = "/activate?token=" + URLEncoder.encode(activationTokens.issue(user.id()), StandardCharsets.UTF_8);
        }
        if (memberships.put(tenantId, courseId, user.id(), role)) {
            events.publishEvent(new MembershipChanged(tenantId, courseId, user.id(), role));
        }
        return new Enrolment(user.id(), user.email(), role, activationPath);
    }
}
