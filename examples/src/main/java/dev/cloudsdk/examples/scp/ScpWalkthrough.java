package dev.cloudsdk.examples.scp;

import dev.cloudsdk.examples.TourContext;
import dev.cloudsdk.examples.Walkthrough;

/** The Scp walkthrough of {@code tour}. */
public final class ScpWalkthrough implements Walkthrough {

    @Override
    public String provider() {
        return "scp";
    }

    @Override
    public void run(TourContext tour) {
        tour.note("no walkthrough yet");
    }
}
