package dev.cloudsdk.core.testing;

import dev.cloudsdk.core.ClientConfig;
import dev.cloudsdk.core.SdkClientBuilder;

/** Builds just a {@link ClientConfig} (against {@code http://127.0.0.1:1} unless a base URL is set), for tests. */
public final class ConfigOnly extends SdkClientBuilder<ConfigOnly, ClientConfig> {

    @Override
    public ClientConfig build() {
        return buildConfig("http://127.0.0.1:1");
    }
}
