package io.pathwise.pathways.rules;

/**
 * Bounds a condition puts on a number: at least {@code atLeast} and below {@code below}, either
 * one absent (null) but not both. The reader refuses bounds that no value could meet.
 */
public record Comparison(Double atLeast, Double below) {

    public Comparison {
        if (atLeast == null && below == null) {
            throw new IllegalArgumentException("a comparison needs at least one bound");
        }
    }

    public boolean holds(double value) {
        return (atLeast == null || value >= atLeast) && (below == null || value < below);
    }
}
