package io.pathwise.mastery.evidence;

import io.pathwise.identity.IdentityApi;
import io.pathwise.identity.UserView;
import io.pathwise.lrs.LrsApi;
import io.pathwise.lrs.StatementRecorded;
import io.pathwise.lrs.StatementsRecorded;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** The observations a stored statement gives, by {@link EvidenceRule} with the catalog's answers. */
@Component
public class EvidenceReader {

    private static final String MBOX = "mbox:mailto:";

    private final SkillSources sources;
    private final LrsApi lrs;
    private final IdentityApi identity;

    EvidenceReader(SkillSources sources, LrsApi lrs, IdentityApi identity) {
        this.sources = sources;
        this.lrs = lrs;
        this.identity = identity;
    }

    /** Whether any of the statements could be evidence, judged without any look-up (most traffic is not). */
    public boolean mayBeEvidence(StatementsRecorded recorded) {
        return recorded.statements().stream().anyMatch(EvidenceRule::mayBeEvidence);
    }

    /**
     * Every observation the statements give, ordered by course, skill and learner, and by time
     * within each learner's skill: the order in which the learner model locks estimates (one order
     * for every transaction, so two cannot deadlock) and applies each learner's answers.
     */
    public List<Observation> observations(StatementsRecorded recorded) {
        List<Observation> all = new ArrayList<>();
        recorded.statements().forEach(statement -> all.addAll(observations(statement)));
        all.sort(Comparator.comparing(Observation::courseId).thenComparing(Observation::skillKey)
                .thenComparing(Observation::learner).thenComparing(Observation::observedAt));
        return all;
    }

    public List<Observation> observations(StatementRecorded statement) {
        if (!EvidenceRule.mayBeEvidence(statement)) {
            return List.of();
        }
        Optional<UUID> user = userOf(statement);
        String learner = user.map(lrs::userAgentId).orElse(statement.actor());
        return EvidenceRule.observations(statement, sources.locate(statement.tenantId(), EvidenceRule.irisOf(statement)),
                sources::skillKeys, learner, user);
    }

    /**
     * The Pathwise user a statement is about: its actor is one of this installation's accounts, or
     * a mailbox of one of the tenant's users (content outside Pathwise often names learners by
     * email). Either way the evidence lands on the same learner.
     */
    private Optional<UUID> userOf(StatementRecorded statement) {
        Optional<UUID> account = lrs.userOf(statement.actor());
        if (account.isPresent() || !statement.actor().startsWith(MBOX)) {
            return account;
        }
        String email = statement.actor().substring(MBOX.length()).toLowerCase(Locale.ROOT);
        return identity.userByEmail(statement.tenantId(), email).map(UserView::id);
    }
}
