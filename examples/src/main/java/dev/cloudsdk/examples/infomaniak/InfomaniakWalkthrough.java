package dev.cloudsdk.examples.infomaniak;

import dev.cloudsdk.examples.TourContext;
import dev.cloudsdk.examples.Walkthrough;

/** The Infomaniak walkthrough of {@code tour}. */
public final class InfomaniakWalkthrough implements Walkthrough {

    @Override
    public String provider() {
        return "infomaniak";
    }

    @Override
    public void run(TourContext tour) {
        tour.note("no walkthrough yet");
    }
}
