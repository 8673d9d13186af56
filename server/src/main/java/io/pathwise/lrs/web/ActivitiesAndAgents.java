package io.pathwise.lrs.web;

import io.pathwise.shared.problem.ApiException;

/**
 * Who may read the Activities and Agents resources. They disclose what the tenant's statements say
 * about activities and agents, so any credential that may read all statements may read them, and so
 * may one with the profile scope, which reads and writes data about activities and agents ("limited
 * to Activities and Actors associated with the current token", xAPI Communication 4.2), as may
 * all/read and all.
 */
final class ActivitiesAndAgents {

    private ActivitiesAndAgents() {
    }

    static XapiClient reader() {
        XapiClient client = XapiRequests.client();
        if (!client.canReadAllStatements() && !client.canReadDocuments(false)) {
            throw ApiException.forbidden("This credential may not read activities and agents "
                    + "(scope statements/read, profile, all/read or all).");
        }
        return client;
    }
}
