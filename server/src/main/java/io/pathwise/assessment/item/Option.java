package io.pathwise.assessment.item;

/** One labelled option of an item (a choice, an entry to order, one side of a pair): a stable id and its Markdown text. */
public record Option(String id, String text) {
}
