package dev.cloudsdk.omnistrate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cloudsdk.omnistrate.model.AlertType;
import dev.cloudsdk.omnistrate.model.Channel;
import dev.cloudsdk.omnistrate.model.ChannelSubscription;
import dev.cloudsdk.omnistrate.model.CreateNotificationChannelRequest;
import dev.cloudsdk.omnistrate.model.DescribeSubscriptionRequestResult;
import dev.cloudsdk.omnistrate.model.EventCategory;
import dev.cloudsdk.omnistrate.model.HostCluster;
import dev.cloudsdk.omnistrate.model.HostClusterRole;
import dev.cloudsdk.omnistrate.model.ServiceProviderEvent;
import dev.cloudsdk.omnistrate.model.ServiceProviderEventType;
import dev.cloudsdk.omnistrate.model.SubscriptionRequestStatus;
import dev.cloudsdk.omnistrate.model.UpdateNotificationChannelRequest;
import dev.cloudsdk.omnistrate.model.UpdateServiceWorkflowRequest;
import dev.cloudsdk.omnistrate.model.UpgradePath;
import dev.cloudsdk.omnistrate.model.UpgradePathType;
import dev.cloudsdk.omnistrate.model.UserStatus;
import dev.cloudsdk.omnistrate.model.WorkflowAction;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.Test;

/**
 * Model fields whose schema lists values ({@code enum}, or a {@code |}-joined example: the "known values") are open
 * enums, those of a parameter ({@code UpgradePath.type}, {@code ServiceProviderEvent.eventType},
 * {@code DescribeSubscriptionRequestResult.status}, {@code ChannelSubscription.eventTypes}) or their own
 * ({@code HostCluster.role}, {@code User.status}, {@code UpdateServiceWorkflowRequest.status},
 * {@code ChannelSubscription.alertTypes}): a value this SDK does not know decodes ({@code isKnown()} false) and is sent
 * back as it came, and a constant travels as its wire value.
 */
class EnumFieldsTest {

    @Test
    void answersWithValuesThisSdkDoesNotKnowStillDecode() throws Exception {
        try (MockWebServer server = new MockWebServer()) {
            server.start();
            server.enqueue(json("{\"upgradePathId\":\"up-1\",\"type\":\"Rolling\"}"));
            server.enqueue(json("{\"events\":[{\"eventType\":\"NewEvent\"},{\"eventType\":\"ScaleOut\"}]}"));
            server.enqueue(json("{\"id\":\"sr-1\",\"status\":\"EXPIRED\"}"));
            try (OmnistrateClient client = client(server)) {
                UpgradePath path = client.upgradePaths().in("s-1", "pt-1").get("up-1");
                assertThat(path.type()).hasValueSatisfying(type -> {
                    assertThat(type.isKnown()).isFalse();
                    assertThat(type.value()).isEqualTo("Rolling");
                });
                assertThat(path.type()).contains(UpgradePathType.of("Rolling"));

                assertThat(client.events().listOperationalEvents(ListOperationalEventsParams.builder().build()).items())
                        .map(ServiceProviderEvent::eventType)
                        .containsExactly(Optional.of(ServiceProviderEventType.of("NewEvent")),
                                Optional.of(ServiceProviderEventType.SCALE_OUT));

                DescribeSubscriptionRequestResult request = client.subscriptionRequests().in("s-1", "se-1").get("sr-1");
                assertThat(request.status()).hasValueSatisfying(status -> {
                    assertThat(status.isKnown()).isFalse();
                    assertThat(status.value()).isEqualTo("EXPIRED");
                });
                assertThat(SubscriptionRequestStatus.of("PENDING")).isEqualTo(SubscriptionRequestStatus.PENDING);
            }
        }
    }

    @Test
    void aRequestSendsTheEnumsWireValues() throws Exception {
        try (MockWebServer server = new MockWebServer()) {
            server.start();
            server.enqueue(json("\"nc-1\""));
            try (OmnistrateClient client = client(server)) {
                assertThat(client.notificationChannels().create(CreateNotificationChannelRequest.builder()
                        .name("ops").subscription(ChannelSubscription.builder()
                                .addEventTypes(ServiceProviderEventType.SCALE_OUT,
                                        ServiceProviderEventType.USER_SIGN_UP)
                                .build())
                        .build())).isEqualTo("nc-1");
            }
            RecordedRequest request = SpecValidation.take(server);
            assertThat(request.getBody().utf8()).isEqualTo("{\"name\":\"ops\",\"subscription\":{\"alertTypes\":[],"
                    + "\"environmentTypes\":[],\"eventCategories\":[],\"eventPriorities\":[],"
                    + "\"eventTypes\":[\"ScaleOut\",\"UserSignUp\"]}}");
        }
    }

    @Test
    void anUnknownValueReadFromAnAnswerIsSentBackUnchanged() throws Exception {
        try (MockWebServer server = new MockWebServer()) {
            server.start();
            server.enqueue(json("{\"id\":\"nc-1\",\"subscription\":{\"eventTypes\":[\"NewEvent\",\"ScaleOut\"]}}"));
            server.enqueue(json("{}"));
            try (OmnistrateClient client = client(server)) {
                Channel channel = client.notificationChannels().get("nc-1");
                ChannelSubscription subscription = channel.subscription().orElseThrow();
                assertThat(subscription.eventTypes()).extracting(ServiceProviderEventType::isKnown)
                        .containsExactly(false, true);
                client.notificationChannels().update("nc-1",
                        UpdateNotificationChannelRequest.builder().subscription(subscription).build());
            }
            server.takeRequest(10, TimeUnit.SECONDS);
            // Not checked against the description: NewEvent is not among the values its example lists.
            RecordedRequest update = server.takeRequest(10, TimeUnit.SECONDS);
            assertThat(update.getMethod()).isEqualTo("PATCH");
            assertThat(update.getBody().utf8()).contains("\"eventTypes\":[\"NewEvent\",\"ScaleOut\"]");
        }
    }

    @Test
    void knownValuesFieldsReadValuesThisSdkDoesNotKnow() throws Exception {
        try (MockWebServer server = new MockWebServer()) {
            server.start();
            server.enqueue(json("{\"id\":\"hc-1\",\"role\":\"Controlplane\"}"));
            server.enqueue(json("{\"id\":\"hc-2\",\"role\":\"Dataplane\"}"));
            server.enqueue(json("{\"id\":\"u-1\",\"status\":\"LOCKED\"}"));
            try (OmnistrateClient client = client(server)) {
                HostCluster unknown = client.hostClusters().get("hc-1");
                assertThat(unknown.role()).hasValueSatisfying(role -> {
                    assertThat(role.isKnown()).isFalse();
                    assertThat(role.value()).isEqualTo("Controlplane");
                });
                assertThat(client.hostClusters().get("hc-2").role()).containsSame(HostClusterRole.DATAPLANE);
                assertThat(client.users().in("s-1", "se-1").get("u-1").status()).contains(UserStatus.of("LOCKED"))
                        .hasValueSatisfying(status -> assertThat(status.isKnown()).isFalse());
            }
        }
    }

    @Test
    void aKnownValuesFieldOfARequestSendsItsWireValueKnownOrNot() throws Exception {
        try (MockWebServer server = new MockWebServer()) {
            server.start();
            server.enqueue(json("{\"id\":\"w-1\"}"));
            server.enqueue(json("{\"id\":\"w-1\"}"));
            try (OmnistrateClient client = client(server)) {
                client.workflows().in("s-1", "se-1").update("w-1",
                        UpdateServiceWorkflowRequest.builder().status(WorkflowAction.RETRY).build());
                client.workflows().in("s-1", "se-1").update("w-1",
                        UpdateServiceWorkflowRequest.builder().status(WorkflowAction.of("abort")).build());
            }
            assertThat(SpecValidation.take(server).getBody().utf8()).isEqualTo("{\"status\":\"retry\"}");
            assertThat(SpecValidation.take(server).getBody().utf8()).isEqualTo("{\"status\":\"abort\"}");
        }
    }

    @Test
    void listsOfKnownValuesAreSentBackAsTheyCame() throws Exception {
        try (MockWebServer server = new MockWebServer()) {
            server.start();
            server.enqueue(json("{\"id\":\"nc-1\",\"subscription\":{\"alertTypes\":[\"Page\",\"Alarm\"],"
                    + "\"eventCategories\":[\"UserEvent\",\"BillingEvent\"]}}"));
            server.enqueue(json("{}"));
            try (OmnistrateClient client = client(server)) {
                ChannelSubscription subscription = client.notificationChannels().get("nc-1").subscription()
                        .orElseThrow();
                assertThat(subscription.alertTypes()).containsExactly(AlertType.of("Page"), AlertType.ALARM);
                assertThat(subscription.eventCategories()).extracting(EventCategory::isKnown)
                        .containsExactly(true, false);
                client.notificationChannels().update("nc-1",
                        UpdateNotificationChannelRequest.builder().subscription(subscription).build());
            }
            server.takeRequest(10, TimeUnit.SECONDS);
            // Not checked against the description: Page and BillingEvent are not among the values its examples list.
            assertThat(server.takeRequest(10, TimeUnit.SECONDS).getBody().utf8())
                    .contains("\"alertTypes\":[\"Page\",\"Alarm\"]")
                    .contains("\"eventCategories\":[\"UserEvent\",\"BillingEvent\"]");
        }
    }

    private static OmnistrateClient client(MockWebServer server) {
        return OmnistrateClient.builder().baseUrl(server.url("/").toString()).token("jwt").maxRetries(0).build();
    }

    private static MockResponse json(String body) {
        return new MockResponse.Builder().code(200).setHeader("Content-Type", "application/json").body(body).build();
    }
}
