package io.pathwise.shared.cli;

import java.util.List;

/**
 * A command run as {@code java -jar pathwise.jar <name> <arguments>}. Modules contribute commands
 * as beans; {@link CommandLineMode} finds the one named on the command line.
 */
public interface PathwiseCommand {

    /** The name typed on the command line, such as {@code import-course}. */
    String name();

    /** One line: the arguments the command takes. */
    String usage();

    /**
     * Runs the command.
     *
     * @param arguments what followed the command's name (Spring's {@code --property=value}
     *        arguments removed)
     * @return the process exit code: 0 for success
     */
    int run(List<String> arguments) throws Exception;
}
