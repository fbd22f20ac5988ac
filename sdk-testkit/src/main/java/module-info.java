/**
 * Fake servers of the four APIs for tests, and JUnit 5 extensions that start them.
 */
module dev.cloudsdk.testkit {
    requires transitive dev.cloudsdk.scp;
    requires transitive dev.cloudsdk.infomaniak;
    requires transitive dev.cloudsdk.spaceone;
    requires transitive dev.cloudsdk.omnistrate;
    requires com.fasterxml.jackson.datatype.jdk8;
    requires com.fasterxml.jackson.datatype.jsr310;
    requires jdk.httpserver; // the fakes serve HTTP with the JDK's server
    requires static org.junit.jupiter.api; // only for the extensions, which tests bring JUnit for

    exports dev.cloudsdk.testkit;
    exports dev.cloudsdk.testkit.infomaniak;
    exports dev.cloudsdk.testkit.omnistrate;
    exports dev.cloudsdk.testkit.scp;
    exports dev.cloudsdk.testkit.spaceone;
}
