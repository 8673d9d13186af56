package io.pathwise.shared.web;

import java.io.IOException;

/** Thrown while reading a request body that grows past the configured limit. */
public class RequestBodyTooLargeException extends IOException {

    public RequestBodyTooLargeException(long limit) {
        super("is larger than the limit of " + limit + " bytes");
    }
}
