package dev.cloudsdk.examples.omnistrate;

import dev.cloudsdk.examples.TourContext;
import dev.cloudsdk.examples.Walkthrough;

/** The Omnistrate walkthrough of {@code tour}. */
public final class OmnistrateWalkthrough implements Walkthrough {

    @Override
    public String provider() {
        return "omnistrate";
    }

    @Override
    public void run(TourContext tour) {
        tour.note("no walkthrough yet");
    }
}
