package io.pathwise;

import io.pathwise.mastery.evaluation.EvaluateKnowledgeTracingCommand;
import io.pathwise.shared.cli.CommandLineMode;
import java.util.List;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.modulith.Modulithic;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Starts Pathwise. With no arguments it serves the web application; with a command as its first
 * argument ({@code import-course}, {@code export-course}, see {@link CommandLineMode}) it runs that
 * command without a web server and exits; {@code evaluate-knowledge-tracing} runs without Spring
 * at all.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
@Modulithic(systemName = "Pathwise", sharedModules = "shared")
public class PathwiseApplication {

    public static void main(String[] args) {
        // Plain Java and CPU-bound: run it without starting Spring, a database or a web server.
        if (EvaluateKnowledgeTracingCommand.isInvokedBy(args)) {
            System.exit(EvaluateKnowledgeTracingCommand.run(List.of(args).subList(1, args.length), System.out,
                    System.err));
        }
        SpringApplication application = new SpringApplication(PathwiseApplication.class);
        if (CommandLineMode.isCommand(args)) {
            CommandLineMode.configure(application);
            System.exit(SpringApplication.exit(application.run(args)));
        }
        application.run(args);
    }
}
