package io.pathwise.catalog.packaging;

import io.pathwise.shared.text.StrictTextDecoding;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.representer.Representer;

/**
 * Reads the files of a package safely: UTF-8 text, and YAML parsed into nodes only (no objects are
 * ever constructed from tags), with an alias limit, so a hostile file can neither run code nor
 * expand into a billion laughs. Problems are reported with file and line, never thrown. Other
 * modules that own a folder of the package (assessment) read their files through it too.
 */
public final class PackageYaml {

    private PackageYaml() {
    }

    /** Parses a package file that must hold one mapping; null (with problems) otherwise. */
    public static YamlMap mapping(PackageFiles files, String file, String what, PackageProblems problems) {
        String text = text(files, file, null, null, problems);
        return text == null ? null : parse(file, text, what, problems);
    }

    /**
     * Parses a text that must hold one mapping. JSON is YAML too, so a JSON request body can be read
     * with the same rules (and line numbers) as a package file.
     */
    public static YamlMap parse(String file, String text, String what, PackageProblems problems) {
        LoaderOptions options = new LoaderOptions();
        options.setMaxAliasesForCollections(20);
        options.setAllowDuplicateKeys(true); // reported by YamlMap with the line, instead of failing here
        options.setCodePointLimit(2_000_000);
        try {
            Node node = new Yaml(new SafeConstructor(options), new Representer(new DumperOptions()), new DumperOptions(),
                    options).compose(new StringReader(text));
            if (node == null) {
                problems.add(file, 1, what + " is empty");
                return null;
            }
            return YamlMap.of(file, node, what, problems);
        } catch (MarkedYAMLException e) {
            Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            problems.add(file, mark == null ? null : mark.getLine() + 1, "is not valid YAML: " + e.getProblem());
            return null;
        } catch (YAMLException e) {
            problems.add(file, (Integer) null, "is not valid YAML: " + e.getMessage());
            return null;
        }
    }

    /**
     * A file's text, which must exist and be UTF-8 (a byte-order mark is dropped); null (with a
     * problem, reported at the reference when one is given) otherwise.
     */
    public static String text(PackageFiles files, String path, String referencedFrom, Node reference,
            PackageProblems problems) {
        byte[] bytes = files.get(path);
        if (bytes == null) {
            if (referencedFrom == null) {
                problems.add(path, (Integer) null, "is missing from the package");
            } else {
                problems.add(referencedFrom, reference, "refers to '" + path + "', which is missing from the package");
            }
            return null;
        }
        Optional<String> text = StrictTextDecoding.tryDecode(bytes, StandardCharsets.UTF_8);
        if (text.isEmpty()) {
            problems.add(path, (Integer) null, "is not UTF-8 text");
        }
        return text.orElse(null);
    }
}
