package io.pathwise.lrs.statement.validation;

/**
 * Where a value sits inside the validated JSON, such as {@code object.definition.choices[2].id}.
 *
 * <p>A path is a chain of small immutable links and is only turned into text when a problem is
 * reported, so walking a valid statement costs one tiny allocation per visited property and no
 * string building. Keys of maps (language tags, extension IRIs) and property names that are not
 * plain identifiers are written in brackets, {@code verb.display['en-US']}, so the path stays
 * readable and unambiguous.
 */
final class FieldPath {

    private final FieldPath parent;
    private final String name;
    private final int index;
    private final boolean bracketed;

    private FieldPath(FieldPath parent, String name, int index, boolean bracketed) {
        this.parent = parent;
        this.name = name;
        this.index = index;
        this.bracketed = bracketed;
    }

    /**
     * The start of a path: {@code ""} for a whole statement (problems about the statement itself
     * then have an empty field, which a caller can prefix, e.g. with the statement's position in a
     * batch), or a parameter name such as {@code agent}.
     */
    static FieldPath root(String name) {
        return new FieldPath(null, name, -1, false);
    }

    /** A property defined by xAPI, or an unknown one found in an object. */
    FieldPath property(String property) {
        return new FieldPath(this, property, -1, false);
    }

    /** A key of a map whose keys are data: a language tag of a language map, an extension IRI. */
    FieldPath key(String key) {
        return new FieldPath(this, key, -1, true);
    }

    FieldPath index(int position) {
        return new FieldPath(this, null, position, false);
    }

    @Override
    public String toString() {
        StringBuilder text = new StringBuilder(48);
        appendTo(text);
        return text.toString();
    }

    private void appendTo(StringBuilder text) {
        if (parent == null) {
            text.append(name);
            return;
        }
        parent.appendTo(text);
        if (name == null) {
            text.append('[').append(index).append(']');
        } else if (!bracketed && isPlainIdentifier(name)) {
            if (text.length() > 0) {
                text.append('.');
            }
            text.append(name);
        } else {
            text.append("['").append(name.replace("\\", "\\\\").replace("'", "\\'")).append("']");
        }
    }

    /** Letters, digits and underscores, not starting with a digit: safe after a dot. */
    private static boolean isPlainIdentifier(String candidate) {
        if (candidate.isEmpty() || Character.isDigit(candidate.charAt(0))) {
            return false;
        }
        for (int i = 0; i < candidate.length(); i++) {
            char c = candidate.charAt(i);
            boolean plain = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
            if (!plain) {
                return false;
            }
        }
        return true;
    }
}
