package io.pathwise.lrs.document;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

/**
 * The entity tags an {@code If-Match} or {@code If-None-Match} header lists, or {@code *}; and how
 * a document's own ETag is made: the SHA-1 of its bytes in lowercase hexadecimal, which is what xAPI
 * 1.0.3 requires ("a hexadecimal string of the SHA-1 digest of the contents", Communication 3.1) and
 * 2.0 still allows.
 *
 * <p>Matching is forgiving in ways that cannot make a wrong tag match: quotes are optional (clients
 * that computed the SHA-1 themselves often send it bare), a {@code W/} prefix is ignored (every tag
 * this LRS hands out is strong; proxies sometimes weaken them) and hexadecimal case does not count.
 */
public record EntityTags(boolean wildcard, Set<String> tags) {

    /** The ETag of these bytes, unquoted. */
    public static String of(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-1").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every JDK has SHA-1", e);
        }
    }

    /** An ETag as response headers carry it, in quotes. */
    public static String quoted(String etag) {
        return '"' + etag + '"';
    }

    /** The tags of a conditional header, or null when the request has no such header (or an empty one). */
    public static EntityTags parse(String header) {
        if (header == null || header.isBlank()) {
            return null;
        }
        boolean wildcard = false;
        Set<String> tags = new LinkedHashSet<>();
        for (String item : header.split(",")) {
            String tag = item.trim();
            if (tag.startsWith("W/")) {
                tag = tag.substring(2);
            }
            if (tag.length() >= 2 && tag.startsWith("\"") && tag.endsWith("\"")) {
                tag = tag.substring(1, tag.length() - 1);
            }
            if (tag.equals("*")) {
                wildcard = true;
            } else if (!tag.isEmpty()) {
                tags.add(tag.toLowerCase(Locale.ROOT));
            }
        }
        return new EntityTags(wildcard, tags);
    }

    /** True if a document with this ETag satisfies the list ({@code *} matches any existing document). */
    public boolean matches(String etag) {
        return wildcard || tags.contains(etag.toLowerCase(Locale.ROOT));
    }
}
