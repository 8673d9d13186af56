package io.pathwise;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * Module boundaries: a module may use another only through its root package (its API), and only
 * the modules its {@code package-info} allows. A broken boundary fails the build here. Also writes
 * the module diagrams and canvases into docs/modules.
 */
class ModularityTests {

    private static final Path DOCS = Path.of("../docs/modules");
    private static final ApplicationModules MODULES = ApplicationModules.of(PathwiseApplication.class);

    @Test
    void modulesKeepTheirBoundaries() {
        MODULES.verify();
    }

    @Test
    void theModulesOfTheArchitectureExist() {
        assertThat(MODULES.stream().map(module -> module.getIdentifier().toString()))
                .contains("shared", "identity", "catalog", "demo");
    }

    @Test
    void writesModuleDocumentation() throws IOException {
        new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder(DOCS.toString()))
                .writeDocumentation()
                .writeIndividualModulesAsPlantUml();
        sortRelations();
    }

    /**
     * The Documenter writes the relations of a diagram in no fixed order; sorting each run of
     * {@code Rel(} lines keeps the committed diagrams unchanged when the modules are.
     */
    private static void sortRelations() throws IOException {
        try (Stream<Path> files = Files.list(DOCS)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".puml")).toList()) {
                List<String> lines = new ArrayList<>(Files.readAllLines(file));
                for (int start = 0; start < lines.size(); start++) {
                    int end = start;
                    while (end < lines.size() && lines.get(end).startsWith("Rel(")) {
                        end++;
                    }
                    Collections.sort(lines.subList(start, end));
                    start = end;
                }
                Files.write(file, lines);
            }
        }
    }
}
