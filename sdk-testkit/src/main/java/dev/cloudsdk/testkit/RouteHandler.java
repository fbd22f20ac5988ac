package dev.cloudsdk.testkit;

/** Answers one route of a fake server. */
@FunctionalInterface
public interface RouteHandler {

    /**
     * Handles a request.
     *
     * @param request the request, with the route's path variables
     * @return the response the fake sends
     * @throws Exception anything; the fake answers 500 with the message
     */
    FakeResponse handle(FakeRequest request) throws Exception;
}
