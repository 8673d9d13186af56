package io.pathwise.assessment.authoring;

import java.util.Optional;
import java.util.Set;

/**
 * Checks the syntax of an answer expression as docs/assessment.md defines it: numbers, parameter
 * names, {@code + - * /} and parentheses. Only the check lives here; evaluating belongs to the item
 * package's {@code Expression}, whose {@code check(String, Set<String>)} has this same contract, so
 * the authoring rules can switch to it once both are merged.
 */
final class ExpressionSyntax {

    /** Longest expression, in characters. */
    static final int MAX_LENGTH = 200;

    private final String text;
    private final Set<String> names;
    private int position;

    private ExpressionSyntax(String text, Set<String> names) {
        this.text = text;
        this.names = names;
    }

    /**
     * Why {@code expression} is not a valid expression over {@code names}; empty when it is.
     */
    static Optional<String> check(String expression, Set<String> names) {
        if (expression == null || expression.isBlank()) {
            return Optional.of("is empty");
        }
        if (expression.length() > MAX_LENGTH) {
            return Optional.of("is longer than " + MAX_LENGTH + " characters");
        }
        ExpressionSyntax syntax = new ExpressionSyntax(expression, names);
        try {
            syntax.sum();
            syntax.skipSpaces();
            if (syntax.position < expression.length()) {
                throw syntax.unexpected();
            }
            return Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.of(e.getMessage());
        }
    }

    private void sum() {
        product();
        while (next('+') || next('-')) {
            product();
        }
    }

    private void product() {
        factor();
        while (next('*') || next('/')) {
            factor();
        }
    }

    private void factor() {
        skipSpaces();
        if (next('-') || next('+')) {
            factor();
        } else if (next('(')) {
            sum();
            if (!next(')')) {
                throw position < text.length() ? unexpected() : new IllegalArgumentException("has a '(' that is never closed");
            }
        } else if (position < text.length() && (Character.isDigit(text.charAt(position)) || text.charAt(position) == '.')) {
            number();
        } else if (position < text.length() && Character.isLetter(text.charAt(position))) {
            name();
        } else {
            throw position < text.length() ? unexpected() : new IllegalArgumentException("ends where a number or parameter is expected");
        }
    }

    private void number() {
        int start = position;
        while (position < text.length() && (Character.isDigit(text.charAt(position)) || text.charAt(position) == '.')) {
            position++;
        }
        String number = text.substring(start, position);
        if (!number.matches("\\d+(\\.\\d+)?|\\.\\d+")) {
            throw new IllegalArgumentException("has a malformed number '" + number + "'");
        }
    }

    private void name() {
        int start = position;
        while (position < text.length() && (Character.isLetterOrDigit(text.charAt(position)) || text.charAt(position) == '_')) {
            position++;
        }
        String name = text.substring(start, position);
        if (!names.contains(name)) {
            throw new IllegalArgumentException("uses '" + name + "', which is not a declared parameter"
                    + (names.isEmpty() ? " (the item has no 'parameters')" : " (declared: " + String.join(", ", names.stream().sorted().toList()) + ")"));
        }
    }

    private boolean next(char c) {
        skipSpaces();
        if (position < text.length() && text.charAt(position) == c) {
            position++;
            return true;
        }
        return false;
    }

    private void skipSpaces() {
        while (position < text.length() && Character.isWhitespace(text.charAt(position))) {
            position++;
        }
    }

    private IllegalArgumentException unexpected() {
        return new IllegalArgumentException("has an unexpected '" + text.charAt(position) + "' at character " + (position + 1));
    }
}
