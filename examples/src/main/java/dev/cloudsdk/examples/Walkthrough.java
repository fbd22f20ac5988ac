package dev.cloudsdk.examples;

/**
 * One provider's walkthrough for {@code tour}: builds a client (against the testkit fake by default, or
 * the real endpoint when the provider's environment variables are set) and makes its calls through
 * {@link TourContext#call}, which prints one line per call.
 */
public interface Walkthrough {

    /** @return the provider's name on the command line, e.g. {@code scp} */
    String provider();

    /**
     * Runs the walkthrough.
     *
     * @param tour where calls are made and reported
     * @throws Exception a failure outside any call (counted as a failed call)
     */
    void run(TourContext tour) throws Exception;
}
