/**
 * The core every provider client is built on: client settings, request options, errors, retries, pagination,
 * interceptors and logging. Its SPI packages ({@code dev.cloudsdk.core.spi}) are exported only to the SDK's
 * provider modules; its {@code internal} packages to nobody.
 */
module dev.cloudsdk.core {
    requires transitive okhttp3; // the escape hatch: SdkClientBuilder.httpClient(OkHttpClient)
    requires transitive com.fasterxml.jackson.databind; // provider modules' models bind through it
    requires com.fasterxml.jackson.datatype.jdk8;
    requires org.slf4j;
    requires static org.immutables.value.annotations;
    requires static java.compiler; // @javax.annotation.processing.Generated, source retention

    exports dev.cloudsdk.core;
    exports dev.cloudsdk.core.auth;
    exports dev.cloudsdk.core.error;
    exports dev.cloudsdk.core.http;
    exports dev.cloudsdk.core.model;
    exports dev.cloudsdk.core.pagination;
    exports dev.cloudsdk.core.retry;
    exports dev.cloudsdk.core.waiter;

    opens dev.cloudsdk.core.model to com.fasterxml.jackson.databind; // open enums bind by reflection

    exports dev.cloudsdk.core.spi to dev.cloudsdk.scp, dev.cloudsdk.infomaniak, dev.cloudsdk.spaceone,
            dev.cloudsdk.omnistrate;
    exports dev.cloudsdk.core.spi.auth to dev.cloudsdk.scp, dev.cloudsdk.infomaniak, dev.cloudsdk.spaceone,
            dev.cloudsdk.omnistrate;
}
