package dev.cloudsdk.omnistrate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cloudsdk.omnistrate.model.Channel;
import dev.cloudsdk.omnistrate.model.ChannelSubscription;
import dev.cloudsdk.omnistrate.model.CreateNotificationChannelRequest;
import dev.cloudsdk.omnistrate.model.DescribeSubscriptionRequestResult;
import dev.cloudsdk.omnistrate.model.ServiceProviderEvent;
import dev.cloudsdk.omnistrate.model.ServiceProviderEventType;
import dev.cloudsdk.omnistrate.model.SubscriptionRequestStatus;
import dev.cloudsdk.omnistrate.model.UpdateNotificationChannelRequest;
import dev.cloudsdk.omnistrate.model.UpgradePath;
import dev.cloudsdk.omnistrate.model.UpgradePathType;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.Test;

/**
 * Model fields whose schema lists the values of a parameter enum ({@code UpgradePath.type},
 * {@code ServiceProviderEvent.eventType}, {@code DescribeSubscriptionRequestResult.status},
 * {@code ChannelSubscription.eventTypes}) are that open enum: a value this SDK does not know decodes
 * ({@code isKnown()} false) and is sent back as it came, and a constant travels as its wire value.
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
                UpgradePath path = client.upgradePaths().get("s-1", "pt-1", "up-1");
                assertThat(path.type()).hasValueSatisfying(type -> {
                    assertThat(type.isKnown()).isFalse();
                    assertThat(type.value()).isEqualTo("Rolling");
                });
                assertThat(path.type()).contains(UpgradePathType.of("Rolling"));

                assertThat(client.events().listOperationalEvents(ListOperationalEventsParams.builder().build()).items())
                        .map(ServiceProviderEvent::eventType)
                        .containsExactly(Optional.of(ServiceProviderEventType.of("NewEvent")),
                                Optional.of(ServiceProviderEventType.SCALE_OUT));

                DescribeSubscriptionRequestResult request = client.subscriptionRequests().get("s-1", "se-1", "sr-1");
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

    private static OmnistrateClient client(MockWebServer server) {
        return OmnistrateClient.builder().baseUrl(server.url("/").toString()).token("jwt").maxRetries(0).build();
    }

    private static MockResponse json(String body) {
        return new MockResponse.Builder().code(200).setHeader("Content-Type", "application/json").body(body).build();
    }
}
