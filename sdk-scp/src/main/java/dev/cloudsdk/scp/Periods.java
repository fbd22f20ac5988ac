package dev.cloudsdk.scp;

import java.time.LocalDate;
import java.util.Optional;

/** Checks the {@code start_date}/{@code end_date} filters the list parameters share. */
final class Periods {

    private Periods() {
    }

    /**
     * @param startDate the first day, if set
     * @param endDate   the last day, if set
     * @throws IllegalArgumentException when both are set and the end comes before the start
     */
    static void requireOrdered(Optional<LocalDate> startDate, Optional<LocalDate> endDate) {
        if (startDate.isPresent() && endDate.isPresent() && endDate.get().isBefore(startDate.get())) {
            throw new IllegalArgumentException("endDate " + endDate.get() + " is before startDate " + startDate.get());
        }
    }
}
