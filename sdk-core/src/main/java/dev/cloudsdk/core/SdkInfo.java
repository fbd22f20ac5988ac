package dev.cloudsdk.core;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The SDK's version and the {@code User-Agent} it sends. */
public final class SdkInfo {

    private static final String VERSION = loadVersion();

    private SdkInfo() {
    }

    /** @return the SDK version, e.g. {@code 0.1.0} */
    public static String version() {
        return VERSION;
    }

    /**
     * Builds the {@code User-Agent}: {@code cloudsdk-java/<version> (<provider>; Java <version>; <os> <arch>)}.
     *
     * @param provider    the provider module, e.g. {@code scp}
     * @param application an application name the user configured, or {@code null}
     * @return the header value
     */
    public static String userAgent(String provider, String application) {
        String base = "cloudsdk-java/" + VERSION + " (" + provider + "; Java " + System.getProperty("java.version")
                + "; " + System.getProperty("os.name") + " " + System.getProperty("os.arch") + ")";
        return application == null || application.isBlank() ? base : application + " " + base;
    }

    private static String loadVersion() {
        try (InputStream in = SdkInfo.class.getResourceAsStream("sdk-version.properties")) {
            if (in == null) {
                return "unknown";
            }
            Properties properties = new Properties();
            properties.load(in);
            return properties.getProperty("version", "unknown");
        } catch (IOException e) {
            return "unknown";
        }
    }
}
