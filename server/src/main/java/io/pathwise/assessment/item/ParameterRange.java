package io.pathwise.assessment.item;

/** An inclusive range of whole numbers a variant parameter is drawn from. */
public record ParameterRange(int min, int max) {
}
