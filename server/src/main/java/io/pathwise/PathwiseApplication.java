package io.pathwise;

import io.pathwise.shared.cli.CommandLineMode;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.modulith.Modulithic;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Starts Pathwise. With no arguments it serves the web application; with a command as its first
 * argument ({@code import-course}, {@code export-course}, see {@link CommandLineMode}) it runs that
 * command without a web server and exits.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
@Modulithic(systemName = "Pathwise", sharedModules = "shared")
public class PathwiseApplication {

    public static void main(String[] args) {
        SpringApplication application = new SpringApplication(PathwiseApplication.class);
        if (CommandLineMode.isCommand(args)) {
            CommandLineMode.configure(application);
            System.exit(SpringApplication.exit(application.run(args)));
        }
        application.run(args);
    }
}
