/**
 * The SpaceONE client (inventory CloudService, billing DataSource): {@code SpaceOneClient}, its resources, models and query builder.
 */
module dev.cloudsdk.spaceone {
    requires transitive dev.cloudsdk.core;
    requires org.slf4j;
    requires static org.immutables.value.annotations;
    requires static java.compiler; // @javax.annotation.processing.Generated, source retention

    exports dev.cloudsdk.spaceone;
    exports dev.cloudsdk.spaceone.model;
    exports dev.cloudsdk.spaceone.query;

    opens dev.cloudsdk.spaceone to com.fasterxml.jackson.databind;
    opens dev.cloudsdk.spaceone.model to com.fasterxml.jackson.databind;
    opens dev.cloudsdk.spaceone.query to com.fasterxml.jackson.databind;
    opens dev.cloudsdk.spaceone.internal to com.fasterxml.jackson.databind;
}
