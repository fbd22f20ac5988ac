package dev.cloudsdk.examples;

import dev.cloudsdk.core.Environment;
import dev.cloudsdk.examples.infomaniak.InfomaniakWalkthrough;
import dev.cloudsdk.examples.omnistrate.OmnistrateWalkthrough;
import dev.cloudsdk.examples.scp.ScpWalkthrough;
import dev.cloudsdk.examples.spaceone.SpaceOneWalkthrough;
import java.io.PrintStream;
import java.util.List;

/**
 * Entry point of {@code cloudsdk-examples.jar}.
 *
 * <pre>
 * java -jar examples/target/cloudsdk-examples.jar tour [--provider scp|infomaniak|spaceone|omnistrate]
 *                                                      [--all-operations] [--allow-writes]
 * </pre>
 * Each provider runs against its testkit fake unless its {@code <PROVIDER>_BASE_URL} and credentials are
 * set in the environment. Against such a live endpoint, {@code --all-operations} calls every read-only operation,
 * and the writes too with {@code --allow-writes}; a call the SDK refuses (a sample id) is reported as {@code skip}
 * and an error answer of the provider as {@code api-error}, neither a failure. Exit code 0 when no call failed,
 * 1 when any failed, 2 on bad usage.
 */
public final class Main {

    private static final List<Walkthrough> WALKTHROUGHS = List.of(
            new ScpWalkthrough(), new InfomaniakWalkthrough(), new SpaceOneWalkthrough(), new OmnistrateWalkthrough());

    private Main() {
    }

    /**
     * Runs the command line.
     *
     * @param args command line arguments
     */
    public static void main(String[] args) {
        System.exit(run(args, Environment.system(), System.out, System.err));
    }

    /**
     * Runs the command line without exiting the JVM (for tests and embedding).
     *
     * @param args        command line arguments
     * @param environment where providers look for real endpoints and credentials
     * @param out         where call lines go
     * @param err         where usage errors go
     * @return the exit code: 0 no call failed (skips and api errors of a live endpoint are no failures), 1 a call
     *         failed, 2 bad usage
     */
    public static int run(String[] args, Environment environment, PrintStream out, PrintStream err) {
        if (args.length == 0 || !args[0].equals("tour")) {
            usage(err);
            return 2;
        }
        String provider = null;
        boolean allOperations = false;
        boolean allowWrites = false;
        for (int i = 1; i < args.length; i++) {
            switch (args[i]) {
                case "--provider":
                    if (i + 1 >= args.length) {
                        usage(err);
                        return 2;
                    }
                    provider = args[++i];
                    break;
                case "--all-operations":
                    allOperations = true;
                    break;
                case "--allow-writes":
                    allowWrites = true;
                    break;
                default:
                    err.println("Unknown option: " + args[i]);
                    usage(err);
                    return 2;
            }
        }
        int calls = 0;
        int failures = 0;
        int skips = 0;
        int apiErrors = 0;
        boolean matched = false;
        for (Walkthrough walkthrough : WALKTHROUGHS) {
            if (provider != null && !provider.equals(walkthrough.provider())) {
                continue;
            }
            matched = true;
            TourContext tour = new TourContext(walkthrough.provider(), environment, allOperations, allowWrites, out);
            try {
                walkthrough.run(tour);
            } catch (Exception e) {
                tour.recordFailure("walkthrough", e);
            }
            calls += tour.calls();
            failures += tour.failures();
            skips += tour.skips();
            apiErrors += tour.apiErrors();
        }
        if (!matched) {
            err.println("Unknown provider: " + provider);
            usage(err);
            return 2;
        }
        out.printf("tour: %d calls, %d failed%s%n", calls, failures, skips + apiErrors == 0 ? ""
                : String.format(", %d skipped, %d api errors", skips, apiErrors));
        return failures == 0 ? 0 : 1;
    }

    private static void usage(PrintStream err) {
        err.println("usage: tour [--provider scp|infomaniak|spaceone|omnistrate] [--all-operations] [--allow-writes]");
    }
}
