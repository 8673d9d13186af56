package io.pathwise.bench;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One request of the pass: the target it attacks, what was broken ({@code variant}), and exactly
 * what goes on the wire. {@code headers} holds every header but the caller's credential; a
 * request with no {@code Content-Type} entry is sent without one.
 *
 * @param pathAndQuery already percent-encoded as it should reach the server (including deliberately
 *                     invalid escapes such as {@code %ZZ} or {@code %FF})
 */
record FuzzRequest(FuzzTarget target, String variant, String pathAndQuery, Map<String, String> headers, FuzzBody body) {

    FuzzRequest {
        headers = new LinkedHashMap<>(headers);
    }

    String method() {
        return target.method();
    }

    Caller caller() {
        return target.caller();
    }
}
