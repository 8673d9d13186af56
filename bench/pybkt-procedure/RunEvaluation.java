import io.pathwise.mastery.evaluation.EvaluateKnowledgeTracingCommand;
import java.util.List;

/**
 * Runs {@code evaluate-knowledge-tracing} from a plain classpath (the server's compiled classes,
 * patched or not) instead of the Spring Boot jar, so that patched model classes can go first.
 */
public final class RunEvaluation {

    private RunEvaluation() {
    }

    public static void main(String[] args) {
        System.exit(EvaluateKnowledgeTracingCommand.run(List.of(args), System.out, System.err));
    }
}
