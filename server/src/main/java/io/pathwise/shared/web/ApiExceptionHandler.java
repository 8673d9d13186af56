package io.pathwise.shared.web;

import io.pathwise.shared.problem.ApiException;
import io.pathwise.shared.problem.FieldProblem;
import io.pathwise.shared.problem.ProblemResponses;
import java.util.List;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

/**
 * Turns every failure an API caller can cause into {@code application/problem+json} that names
 * the field and the reason. Spring MVC's own exceptions get their standard problem documents from
 * the base class; JSON that cannot be read is explained field by field here.
 */
@RestControllerAdvice(annotations = org.springframework.web.bind.annotation.RestController.class)
public class ApiExceptionHandler extends ResponseEntityExceptionHandler {

    @ExceptionHandler(ApiException.class)
    ResponseEntity<ProblemDetail> handleApiException(ApiException e) {
        return respond(e.status(), e.title(), e.getMessage(), e.problems());
    }

    @ExceptionHandler(RequestBodyTooLargeException.class)
    ResponseEntity<ProblemDetail> handleTooLarge(RequestBodyTooLargeException e) {
        return respond(HttpStatus.CONTENT_TOO_LARGE, "Request body too large", e.getMessage(),
                List.of(new FieldProblem("body", e.getMessage())));
    }

    /**
     * A unique value (a slug, an e-mail address, a membership) that validation found free was taken
     * by a request that committed first. Sending the request again gets the precise answer.
     */
    @ExceptionHandler(DuplicateKeyException.class)
    ResponseEntity<ProblemDetail> handleConcurrentDuplicate(DuplicateKeyException e) {
        return respond(HttpStatus.CONFLICT, "Conflict",
                "Another request made at the same moment stored the same thing; send this one again.", List.of());
    }

    @ExceptionHandler(java.io.UncheckedIOException.class)
    ResponseEntity<ProblemDetail> handleUncheckedIo(java.io.UncheckedIOException e) {
        if (e.getCause() instanceof RequestBodyTooLargeException tooLarge) {
            return handleTooLarge(tooLarge);
        }
        throw e;
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<ProblemDetail> handleTypeMismatch(MethodArgumentTypeMismatchException e) {
        String expected = e.getRequiredType() == null ? "a different value" : describe(e.getRequiredType());
        String reason = "must be " + expected;
        return respond(HttpStatus.BAD_REQUEST, "Invalid request", e.getName() + ": " + reason,
                List.of(new FieldProblem(e.getName(), reason)));
    }

    @Override
    protected ResponseEntity<Object> handleMaxUploadSizeExceededException(MaxUploadSizeExceededException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        String reason = "is larger than the limit of " + e.getMaxUploadSize() + " bytes";
        return cast(respond(HttpStatus.CONTENT_TOO_LARGE, "Upload too large", "file: " + reason,
                List.of(new FieldProblem("file", reason))));
    }

    @Override
    protected ResponseEntity<Object> handleMissingServletRequestPart(MissingServletRequestPartException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        String reason = "is required as a part of the multipart body";
        return cast(respond(HttpStatus.BAD_REQUEST, "Invalid request", e.getRequestPartName() + ": " + reason,
                List.of(new FieldProblem(e.getRequestPartName(), reason))));
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        RequestBodyTooLargeException tooLarge = causeOfType(e, RequestBodyTooLargeException.class);
        if (tooLarge != null) {
            return cast(handleTooLarge(tooLarge));
        }
        FieldProblem problem = unreadableBody(e);
        return cast(respond(HttpStatus.BAD_REQUEST, "Invalid request body", problem.toString(), List.of(problem)));
    }

    private static FieldProblem unreadableBody(HttpMessageNotReadableException e) {
        UnrecognizedPropertyException unknown = causeOfType(e, UnrecognizedPropertyException.class);
        if (unknown != null) {
            return new FieldProblem(path(unknown), "is not a known field");
        }
        InvalidFormatException format = causeOfType(e, InvalidFormatException.class);
        if (format != null) {
            return new FieldProblem(path(format), "must be " + describe(format.getTargetType()));
        }
        MismatchedInputException mismatch = causeOfType(e, MismatchedInputException.class);
        if (mismatch != null) {
            String field = path(mismatch);
            return new FieldProblem(field.isEmpty() ? "body" : field,
                    mismatch.getTargetType() == null ? "has the wrong type"
                            : "must be " + describe(mismatch.getTargetType()));
        }
        StreamReadException malformed = causeOfType(e, StreamReadException.class);
        if (malformed != null) {
            String where = malformed.getLocation() == null ? ""
                    : " at line " + malformed.getLocation().getLineNr() + ", column "
                            + malformed.getLocation().getColumnNr();
            return new FieldProblem("body", "is not valid JSON" + where);
        }
        return new FieldProblem("body", "is missing or cannot be read");
    }

    private static String path(JacksonException e) {
        StringBuilder path = new StringBuilder();
        for (JacksonException.Reference reference : e.getPath()) {
            if (reference.getPropertyName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(reference.getPropertyName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    private static String describe(Class<?> type) {
        if (type == String.class) {
            return "a string";
        }
        if (type == Integer.class || type == int.class || type == Long.class || type == long.class) {
            return "a whole number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (type == java.util.UUID.class) {
            return "a UUID";
        }
        if (type.isEnum()) {
            return "one of " + java.util.Arrays.toString(type.getEnumConstants());
        }
        if (java.util.Collection.class.isAssignableFrom(type) || type.isArray()) {
            return "an array";
        }
        return "a JSON object";
    }

    private static <T extends Throwable> T causeOfType(Throwable e, Class<T> type) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (type.isInstance(cause)) {
                return type.cast(cause);
            }
        }
        return null;
    }

    private static ResponseEntity<ProblemDetail> respond(HttpStatusCode status, String title, String detail,
            List<FieldProblem> problems) {
        return ResponseEntity.status(status)
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(ProblemResponses.problem(status, title, detail, problems));
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static ResponseEntity<Object> cast(ResponseEntity<ProblemDetail> response) {
        return (ResponseEntity) response;
    }
}
