package io.pathwise.lrs.web;

import io.pathwise.lrs.document.DocumentAddress;
import io.pathwise.lrs.document.DocumentContent;
import io.pathwise.lrs.document.DocumentContext;
import io.pathwise.lrs.document.DocumentKind;
import io.pathwise.lrs.document.Documents;
import io.pathwise.lrs.document.EntityTags;
import io.pathwise.lrs.document.Preconditions;
import io.pathwise.lrs.document.StoredDocument;
import io.pathwise.lrs.document.UnconditionalPut;
import io.pathwise.shared.problem.ApiException;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.Collections;
import org.springframework.http.HttpHeaders;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * The HTTP side shared by the three document resources, once a controller has read its parameters:
 * scopes, request bodies with their Content-Type, conditional headers, and responses carrying the
 * document's ETag and Last-Modified (xAPI Communication 2.2 and 3.1).
 */
@Component
class DocumentEndpoints {

    private static final int MAX_CONTENT_TYPE_LENGTH = 255;

    private final Documents documents;
    private final JsonMapper json;

    DocumentEndpoints(Documents documents, JsonMapper json) {
        this.documents = documents;
        this.json = json;
    }

    /** The caller, if it may read documents of this kind (scope state or profile, all/read, all). */
    XapiClient reader(DocumentKind kind) {
        XapiClient client = XapiRequests.client();
        if (!client.canReadDocuments(kind == DocumentKind.STATE)) {
            throw ApiException.forbidden("This credential may not read " + (kind == DocumentKind.STATE
                    ? "State documents (scope state, all/read or all)." : "profiles (scope profile, all/read or all)."));
        }
        return client;
    }

    /** The caller, if it may write documents of this kind (scope state or profile, or all). */
    XapiClient writer(DocumentKind kind) {
        XapiClient client = XapiRequests.client();
        boolean allowed = kind == DocumentKind.STATE ? client.canUseState() : client.canUseProfiles();
        if (!allowed) {
            throw ApiException.forbidden("This credential may not change " + (kind == DocumentKind.STATE
                    ? "State documents (scope state or all)." : "profiles (scope profile or all)."));
        }
        return client;
    }

    /** 200 with the document as stored: its bytes, Content-Type, ETag and Last-Modified; 404 if there is none. */
    ResponseEntity<byte[]> one(XapiClient client, DocumentAddress address) {
        StoredDocument document = documents.find(client.tenantId(), address).orElseThrow(() ->
                ApiException.notFound(address.kind().description() + " '" + address.id() + "'"));
        return ResponseEntity.ok()
                .contentType(servedType(document.contentType()))
                .eTag(document.quotedEtag())
                .lastModified(document.updated())
                .body(document.content());
    }

    /** 200 with the JSON array of ids; Last-Modified is when the newest of them was written. */
    ResponseEntity<byte[]> list(XapiClient client, DocumentContext context, Instant since) {
        Documents.Listing listing = documents.list(client.tenantId(), context, since);
        return JsonResponses.ok(json.writeValueAsBytes(listing.ids()), listing.lastModified());
    }

    ResponseEntity<Void> put(HttpServletRequest request, XapiClient client, DocumentAddress address) {
        return written(documents.put(client.tenantId(), address, content(request), preconditions(request, address)));
    }

    ResponseEntity<Void> post(HttpServletRequest request, XapiClient client, DocumentAddress address) {
        return written(documents.post(client.tenantId(), address, content(request), preconditions(request, address)));
    }

    ResponseEntity<Void> delete(HttpServletRequest request, XapiClient client, DocumentAddress address) {
        documents.delete(client.tenantId(), address, preconditions(request, address));
        return ResponseEntity.noContent().build();
    }

    ResponseEntity<Void> deleteAll(XapiClient client, DocumentContext context) {
        documents.deleteAll(client.tenantId(), context);
        return ResponseEntity.noContent().build();
    }

    /** 204, with the ETag and time of what is now stored, so a client can go on without a GET. */
    private static ResponseEntity<Void> written(StoredDocument document) {
        return ResponseEntity.noContent().eTag(document.quotedEtag()).lastModified(document.updated()).build();
    }

    /** The body as sent, byte for byte, with its declared media type (opaque bytes without one). */
    private static DocumentContent content(HttpServletRequest request) {
        String contentType = request.getContentType();
        if (contentType == null || contentType.isBlank()) {
            contentType = DocumentContent.DEFAULT_TYPE;
        }
        MediaType mediaType;
        try {
            mediaType = MediaType.parseMediaType(contentType);
        } catch (InvalidMediaTypeException e) {
            throw ApiException.badField("Content-Type", "is not a media type: '" + contentType + "'");
        }
        if (!mediaType.isConcrete()) {
            // A pattern such as text/* says what a client accepts, not what a document is, and the
            // document must be served with the type it was stored with.
            throw ApiException.badField("Content-Type", "must name one media type, such as application/json; '"
                    + contentType + "' is a wildcard, which cannot describe a document");
        }
        if (contentType.length() > MAX_CONTENT_TYPE_LENGTH) {
            throw ApiException.badField("Content-Type", "is longer than " + MAX_CONTENT_TYPE_LENGTH + " characters");
        }
        try {
            return new DocumentContent(contentType, request.getInputStream().readAllBytes());
        } catch (IOException e) {
            // A body over the size limit is answered 413 by the API's exception handler.
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The stored Content-Type as a response header. Documents stored before wildcards were refused
     * may hold one (such as {@code *}{@code /*}), which no response can carry: they are served as
     * opaque bytes, as a document without a type is, instead of failing every read.
     */
    private static MediaType servedType(String stored) {
        try {
            MediaType type = MediaType.parseMediaType(stored);
            if (type.isConcrete()) {
                return type;
            }
        } catch (InvalidMediaTypeException e) {
            // unreadable: served as opaque bytes like a wildcard
        }
        return MediaType.APPLICATION_OCTET_STREAM;
    }

    private static Preconditions preconditions(HttpServletRequest request, DocumentAddress address) {
        return new Preconditions(tags(request, HttpHeaders.IF_MATCH), tags(request, HttpHeaders.IF_NONE_MATCH),
                UnconditionalPut.of(address.kind(), XapiRequests.version(request)));
    }

    private static EntityTags tags(HttpServletRequest request, String header) {
        var values = request.getHeaders(header);
        return values == null ? null : EntityTags.parse(String.join(",", Collections.list(values)));
    }
}
