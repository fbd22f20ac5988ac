package dev.cloudsdk.codegen;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * {@code @ExtendWith(SharedDocuments.class)} marks a test that reads the API documents ({@code specs/} and
 * {@code seeds/} of {@code ../shared} beside the checkout). Without them the test is skipped, or fails when
 * {@code -Dcloudsdk.shared.required=true} (CI) or {@code -Dcloudsdk.codegen.write=true} is set. The modules' tests
 * take it from sdk-codegen (test scope).
 */
public final class SharedDocuments implements ExecutionCondition {

    private static final AtomicBoolean TOLD = new AtomicBoolean();

    /** @return the directory holding {@code specs/} and {@code seeds/} (surefire passes {@code ../shared}) */
    public static Path dir() {
        return Path.of(System.getProperty("cloudsdk.shared.dir", "../../shared")).toAbsolutePath().normalize();
    }

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        Path dir = dir();
        if (Files.isDirectory(dir.resolve("specs")) && Files.isDirectory(dir.resolve("seeds"))) {
            return ConditionEvaluationResult.enabled("API documents in " + dir);
        }
        String absent = dir + "/specs and seeds not found beside the checkout";
        for (String required : new String[] {"cloudsdk.shared.required", "cloudsdk.codegen.write"}) {
            if (Boolean.getBoolean(required)) {
                throw new IllegalStateException(absent + "; -D" + required + "=true needs them");
            }
        }
        String reason = absent + ": checks against the API documents skipped";
        if (TOLD.compareAndSet(false, true)) {
            System.out.println(reason);
        }
        return ConditionEvaluationResult.disabled(reason);
    }
}
