package io.pathwise.catalog.packaging;

import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Node;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;

/**
 * Finds what makes a Markdown text broken for a course: a code fence that is never closed (the
 * rest of the text would silently become code) and raw HTML (it would be stripped when shown, so
 * the author would lose it without notice).
 */
public final class MarkdownCheck {

    private static final Parser PARSER = Parser.builder().includeSourceSpans(IncludeSourceSpans.BLOCKS).build();

    private MarkdownCheck() {
    }

    /**
     * Reports the problems of one text.
     *
     * @param firstLine the line of the file the text starts after (0 for a file of its own), so that
     *        problems in a text inside YAML point at the right line of the YAML file
     */
    public static void check(String file, String markdown, int firstLine, PackageProblems problems) {
        Node document = PARSER.parse(markdown);
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(FencedCodeBlock block) {
                if (block.getClosingFenceLength() == null) {
                    problems.add(file, lineOf(block, firstLine), "a code fence (" + block.getFenceCharacter().repeat(3)
                            + ") is opened here and never closed");
                }
            }

            @Override
            public void visit(HtmlBlock block) {
                problems.add(file, lineOf(block, firstLine), "raw HTML is not allowed in course texts; use Markdown");
            }

            @Override
            public void visit(HtmlInline inline) {
                Node block = inline.getParent();
                while (block != null && block.getSourceSpans().isEmpty()) {
                    block = block.getParent();
                }
                problems.add(file, block == null ? null : lineOf(block, firstLine),
                        "raw HTML (" + inline.getLiteral() + ") is not allowed in course texts; use Markdown");
            }
        });
    }

    private static Integer lineOf(Node node, int firstLine) {
        return node.getSourceSpans().isEmpty() ? null : firstLine + node.getSourceSpans().get(0).getLineIndex() + 1;
    }
}
