package io.pathwise;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * Module boundaries: a module may use another only through its root package (its API), and only
 * the modules its {@code package-info} allows. A broken boundary fails the build here. Also writes
 * the module diagrams and canvases into docs/modules.
 */
class ModularityTests {

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
    void writesModuleDocumentation() {
        new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder("../docs/modules"))
                .writeDocumentation()
                .writeIndividualModulesAsPlantUml();
    }
}
