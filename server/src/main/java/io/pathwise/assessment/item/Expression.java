package io.pathwise.assessment.item;

import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * A small, safe arithmetic expression of an item's parameters, as written in {@code {= a * b}}, a
 * numeric {@code answer} or a numeric blank: decimal numbers, {@code + - * /}, unary minus, parentheses
 * and parameter names (lowercase identifiers: {@code [a-z][a-z0-9_]*}). Nothing else is accepted, so an
 * author's text can never do more than arithmetic.
 *
 * <p>Parsing and evaluating throw {@link IllegalArgumentException} whose message says what is wrong and
 * where (positions count from 1). Use {@link #check} at authoring time to get that message instead.
 */
public final class Expression {

    /** Longer texts are rejected before parsing; this also bounds the parser's recursion. */
    public static final int MAX_LENGTH = 200;

    private final String source;
    private final Node root;
    private final Set<String> names;

    private Expression(String source, Node root, Set<String> names) {
        this.source = source;
        this.root = root;
        this.names = Collections.unmodifiableSet(names);
    }

    /** Parses an expression, or throws {@link IllegalArgumentException} saying why it is not one. */
    public static Expression parse(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("the expression is empty");
        }
        if (text.length() > MAX_LENGTH) {
            throw new IllegalArgumentException("the expression is longer than " + MAX_LENGTH + " characters");
        }
        return new Parser(text).parseAll();
    }

    /** Parses and evaluates in one step. */
    public static double evaluate(String text, Map<String, Long> values) {
        return parse(text).evaluate(values);
    }

    /**
     * The problem with an expression an author wrote, or empty when it is fine: a syntax error, a name that
     * is not one of {@code names}, or (for an expression without names, whose value is already known) a
     * division by zero.
     */
    public static Optional<String> check(String text, Set<String> names) {
        try {
            Expression expression = parse(text);
            Set<String> unknown = new TreeSet<>(expression.names());
            unknown.removeAll(names);
            if (!unknown.isEmpty()) {
                return Optional.of("unknown parameter '" + unknown.iterator().next() + "' in '" + text
                        + "' (parameters: " + String.join(", ", new TreeSet<>(names)) + ")");
            }
            if (expression.names().isEmpty()) {
                expression.evaluate(Map.of());
            }
            return Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.of(e.getMessage());
        }
    }

    /**
     * The value with the parameters bound from {@code values}; throws {@link IllegalArgumentException} for
     * a name without a value, a division by zero or a result too large to be a finite double.
     */
    public double evaluate(Map<String, Long> values) {
        double result = root.value(values);
        if (!Double.isFinite(result)) {
            throw new IllegalArgumentException("'" + source + "' is too large to compute");
        }
        return result;
    }

    /** The parameter names the expression uses. */
    public Set<String> names() {
        return names;
    }

    @Override
    public String toString() {
        return source;
    }

    /** A compiled piece of the expression. */
    private interface Node {
        double value(Map<String, Long> values);
    }

    /**
     * Recursive descent over: {@code sum := product (('+'|'-') product)*},
     * {@code product := unary (('*'|'/') unary)*}, {@code unary := '-' unary | atom},
     * {@code atom := number | name | '(' sum ')'}.
     */
    private static final class Parser {
        private final String text;
        private final Set<String> names = new TreeSet<>();
        private int position;

        Parser(String text) {
            this.text = text;
        }

        Expression parseAll() {
            Node root = sum();
            skipSpaces();
            if (position < text.length()) {
                throw unexpected();
            }
            return new Expression(text, root, names);
        }

        private Node sum() {
            Node left = product();
            while (true) {
                if (take('+')) {
                    Node l = left;
                    Node r = product();
                    left = values -> l.value(values) + r.value(values);
                } else if (take('-')) {
                    Node l = left;
                    Node r = product();
                    left = values -> l.value(values) - r.value(values);
                } else {
                    return left;
                }
            }
        }

        private Node product() {
            Node left = unary();
            while (true) {
                if (take('*')) {
                    Node l = left;
                    Node r = unary();
                    left = values -> l.value(values) * r.value(values);
                } else if (take('/')) {
                    Node l = left;
                    Node r = unary();
                    left = values -> divide(l.value(values), r.value(values));
                } else {
                    return left;
                }
            }
        }

        private double divide(double dividend, double divisor) {
            if (divisor == 0) {
                throw new IllegalArgumentException("division by zero in '" + text + "'");
            }
            return dividend / divisor;
        }

        private Node unary() {
            if (take('-')) {
                Node operand = unary();
                return values -> -operand.value(values);
            }
            return atom();
        }

        private Node atom() {
            skipSpaces();
            int start = position;
            if (take('(')) {
                Node inner = sum();
                if (!take(')')) {
                    throw new IllegalArgumentException("missing ')' for the '(' at position " + (start + 1)
                            + " of '" + text + "'");
                }
                return inner;
            }
            if (position < text.length() && isDigit(text.charAt(position))) {
                return number();
            }
            if (position < text.length() && isNameStart(text.charAt(position))) {
                return name();
            }
            if (position >= text.length()) {
                throw new IllegalArgumentException("'" + text + "' ends where a number, a parameter or '(' is expected");
            }
            throw unexpected();
        }

        private Node number() {
            int start = position;
            while (position < text.length() && isDigit(text.charAt(position))) {
                position++;
            }
            if (position < text.length() && text.charAt(position) == '.') {
                position++;
                int decimals = position;
                while (position < text.length() && isDigit(text.charAt(position))) {
                    position++;
                }
                if (position == decimals) {
                    throw new IllegalArgumentException("the number at position " + (start + 1) + " of '" + text
                            + "' needs digits after its '.'");
                }
            }
            // Double.parseDouble is correctly rounded, so the value does not depend on the JVM.
            double value = Double.parseDouble(text.substring(start, position));
            return values -> value;
        }

        private Node name() {
            int start = position;
            while (position < text.length() && isNamePart(text.charAt(position))) {
                position++;
            }
            String name = text.substring(start, position);
            names.add(name);
            return values -> {
                Long value = values.get(name);
                if (value == null) {
                    throw new IllegalArgumentException("no value for parameter '" + name + "' in '" + text + "'");
                }
                return value;
            };
        }

        private boolean take(char expected) {
            skipSpaces();
            if (position < text.length() && text.charAt(position) == expected) {
                position++;
                return true;
            }
            return false;
        }

        private void skipSpaces() {
            while (position < text.length() && (text.charAt(position) == ' ' || text.charAt(position) == '\t')) {
                position++;
            }
        }

        private IllegalArgumentException unexpected() {
            char found = text.charAt(position);
            String hint = Character.isUpperCase(found) ? " (parameter names are lowercase)"
                    : " (only numbers, parameters, + - * / and parentheses are allowed)";
            return new IllegalArgumentException("unexpected '" + found + "' at position " + (position + 1)
                    + " of '" + text + "'" + hint);
        }

        private static boolean isDigit(char c) {
            return c >= '0' && c <= '9';
        }

        private static boolean isNameStart(char c) {
            return c >= 'a' && c <= 'z';
        }

        private static boolean isNamePart(char c) {
            return isNameStart(c) || isDigit(c) || c == '_';
        }
    }
}
