package io.pathwise.lrs.document;

import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;

/** A document as a client sends it: any bytes, and the media type it declared for them. */
public record DocumentContent(String contentType, byte[] bytes) {

    /** Documents sent without a Content-Type are kept as opaque bytes. */
    public static final String DEFAULT_TYPE = MediaType.APPLICATION_OCTET_STREAM_VALUE;

    /** True for {@code application/json} with any parameters: the only type POST merges (xAPI Communication 2.2). */
    public static boolean isJson(String contentType) {
        try {
            return MediaType.parseMediaType(contentType).equalsTypeAndSubtype(MediaType.APPLICATION_JSON);
        } catch (InvalidMediaTypeException e) {
            return false;
        }
    }

    public boolean isJson() {
        return isJson(contentType);
    }
}
