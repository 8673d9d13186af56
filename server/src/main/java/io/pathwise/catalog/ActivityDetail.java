package io.pathwise.catalog;

import java.util.List;

/** An activity with its Markdown text and, for practice, its questions. */
public record ActivityDetail(ActivitySummary activity, String unitTitle, String content, List<Question> questions) {

    public record Question(String prompt, String answer, String explanation) {
    }
}
