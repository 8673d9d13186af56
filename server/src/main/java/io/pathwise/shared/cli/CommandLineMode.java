package io.pathwise.shared.cli;

import java.util.List;
import java.util.Map;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Runs Pathwise as a command-line tool: {@code java -jar pathwise.jar <command> [arguments]}.
 * The application starts without a web server, runs the named {@link PathwiseCommand} and exits
 * with its exit code.
 */
@Component
public class CommandLineMode implements ApplicationRunner, ExitCodeGenerator {

    /** Set while running as a command; other start-up work (demo data) stays out of the way. */
    public static final String PROPERTY = "pathwise.cli.command";

    private final List<PathwiseCommand> commands;
    private final Environment environment;
    private int exitCode;

    // Decided at run time, not by a bean condition, so that the same (AOT-processed) build serves
    // both the web application and the commands.
    CommandLineMode(List<PathwiseCommand> commands, Environment environment) {
        this.commands = commands;
        this.environment = environment;
    }

    /** True when the first argument is a command name rather than a {@code --property}. */
    public static boolean isCommand(String[] args) {
        return args.length > 0 && !args[0].startsWith("-");
    }

    public static void configure(SpringApplication application) {
        application.setWebApplicationType(WebApplicationType.NONE);
        application.setDefaultProperties(Map.of(PROPERTY, "true", "spring.main.banner-mode", "off"));
    }

    @Override
    public void run(ApplicationArguments args) throws Exception {
        if (!environment.containsProperty(PROPERTY)) {
            return;
        }
        List<String> words = args.getNonOptionArgs();
        String name = words.get(0);
        PathwiseCommand command = commands.stream().filter(c -> c.name().equals(name)).findFirst().orElse(null);
        if (command == null) {
            System.err.println("Unknown command '" + name + "'. Commands:");
            commands.forEach(c -> System.err.println("  " + c.name() + " " + c.usage()));
            exitCode = 2;
            return;
        }
        exitCode = command.run(words.subList(1, words.size()));
    }

    @Override
    public int getExitCode() {
        return exitCode;
    }
}
