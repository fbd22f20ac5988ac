package dev.cloudsdk.codegen;

import java.util.Locale;

/** Javadoc text rules every generator follows. */
public final class Javadoc {

    private Javadoc() {
    }

    /**
     * Joins an operation's summary and description into one paragraph without saying a thing twice: when one
     * repeats the other ("List all public clouds." / "List all public clouds for the given account."), only the
     * longer is kept.
     *
     * @param summary     the summary, possibly empty
     * @param description the description, possibly empty
     * @return the paragraph
     */
    public static String summaryAndDescription(String summary, String description) {
        String shortText = summary.trim();
        String longText = description.trim();
        if (shortText.isEmpty() || longText.isEmpty()) {
            return shortText.isEmpty() ? longText : shortText;
        }
        String a = comparable(shortText);
        String b = comparable(longText);
        if (b.contains(a)) {
            return longText;
        }
        if (a.contains(b)) {
            return shortText;
        }
        return shortText + " " + longText;
    }

    /** Lower case, without the final period and with single spaces: what two sentences are compared by. */
    private static String comparable(String text) {
        String plain = text.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        return plain.endsWith(".") ? plain.substring(0, plain.length() - 1) : plain;
    }
}
