package io.pathwise.assessment.evidence;

import io.pathwise.assessment.AttemptGraded;
import io.pathwise.identity.IdentityApi;
import io.pathwise.identity.UserView;
import io.pathwise.lrs.LrsApi;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Records each graded attempt in the tenant's LRS, the road all learning evidence takes. It runs
 * after the grade commits, from the Event Publication Registry, so a failed write is retried; the
 * statements' ids make a retry store nothing twice.
 */
@Component
class EvidenceRecorder {

    private final LrsApi lrs;
    private final IdentityApi identity;
    private final AttemptStatements statements;

    EvidenceRecorder(LrsApi lrs, IdentityApi identity, JsonMapper json) {
        this.lrs = lrs;
        this.identity = identity;
        this.statements = new AttemptStatements(json);
    }

    @ApplicationModuleListener
    void on(AttemptGraded graded) {
        String name = identity.user(graded.learnerId()).map(UserView::displayName).orElse(null);
        lrs.record(graded.tenantId(), statements.of(graded, lrs.userAgent(graded.learnerId(), name)));
    }
}
