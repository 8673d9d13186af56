package io.pathwise.lrs.statement.validation;

/**
 * Where a value sits inside the validated JSON, such as {@code object.definition.choices[2].id}.
 *
 * <p>A path is a chain of small immutable links and is only turned into text when a problem is
 * reported, so walking a valid statement costs one tiny allocation per visited property and no
 * string building. Property names that are not plain identifiers (language tags, extension IRIs,
 * names with spaces) are written in brackets, {@code verb.display['en-US']}, so the path stays
 * readable and unambiguous.
 */
final class FieldPath {

    private final FieldPath parent;
    private final String name;
    private final int index;

    private FieldPath(FieldPath parent, String name, int index) {
        this.parent = parent;
        this.name = name;
        this.index = index;
    }

    /**
     * The start of a path: {@code ""} for a whole statement (problems about the statement itself
     * then have an empty field, which a caller can prefix, e.g. with the statement's position in a
     * batch), or a parameter name such as {@code agent}.
     */
    static FieldPath root(String name) {
        return new FieldPath(null, name, -1);
    }

    FieldPath property(String property) {
        return new FieldPath(this, property, -1);
    }

    FieldPath index(int position) {
        return new FieldPath(this, null, position);
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
        } else if (isPlainIdentifier(name)) {
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
