package dev.cloudsdk.examples.spaceone;

import dev.cloudsdk.examples.TourContext;
import dev.cloudsdk.examples.Walkthrough;

/** The SpaceOne walkthrough of {@code tour}. */
public final class SpaceOneWalkthrough implements Walkthrough {

    @Override
    public String provider() {
        return "spaceone";
    }

    @Override
    public void run(TourContext tour) {
        tour.note("no walkthrough yet");
    }
}
