package io.pathwise.assessment.authoring;

import io.pathwise.assessment.item.ItemDefinition;
import io.pathwise.catalog.packaging.PackageWriter;
import io.pathwise.assessment.item.QuizDefinition;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.representer.Representer;

/**
 * Writes a course's items and quizzes as the {@code assessment/} folder of its package, so that
 * {@link AssessmentPackageReader} reads back the same items and quizzes. Items go to one bank per
 * skill, by their first skill ({@code assessment/items/<skill>.yaml}), in the order given.
 */
public final class AssessmentPackageWriter {

    private AssessmentPackageWriter() {
    }

    /** The package files, by path inside the package. */
    public static Map<String, byte[]> write(List<ItemDefinition> items, List<QuizDefinition> quizzes) {
        Map<String, List<Map<String, Object>>> banks = new LinkedHashMap<>();
        for (ItemDefinition item : items) {
            banks.computeIfAbsent(item.skills().get(0), skill -> new ArrayList<>()).add(ItemYaml.toMap(item));
        }
        Map<String, byte[]> files = new TreeMap<>();
        banks.forEach((skill, bank) -> files.put(AssessmentPackageReader.ITEMS + skill + AssessmentPackageReader.SUFFIX,
                yaml(Map.of("items", bank))));
        for (QuizDefinition quiz : quizzes) {
            files.put(AssessmentPackageReader.QUIZZES + quiz.activityKey() + AssessmentPackageReader.SUFFIX,
                    yaml(QuizYaml.toMap(quiz)));
        }
        return files;
    }

    /** The catalog's layout, so the files of one package look alike, with Markdown as literal blocks. */
    private static byte[] yaml(Object document) {
        DumperOptions options = PackageWriter.dumperOptions();
        return new Yaml(new MarkdownRepresenter(options), options).dump(document).getBytes(StandardCharsets.UTF_8);
    }

    /**
     * Writes texts of several lines (prompts, worked solutions) as literal blocks ({@code |}) that an
     * author can read and edit in the file, rather than as one quoted line full of {@code \n}.
     */
    private static final class MarkdownRepresenter extends Representer {
        MarkdownRepresenter(DumperOptions options) {
            super(options);
            this.representers.put(String.class, data -> {
                String text = (String) data;
                return representScalar(Tag.STR, text, text.contains("\n") ? DumperOptions.ScalarStyle.LITERAL : defaultScalarStyle);
            });
        }
    }
}
