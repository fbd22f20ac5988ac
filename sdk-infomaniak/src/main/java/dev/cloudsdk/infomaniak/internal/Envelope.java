package dev.cloudsdk.infomaniak.internal;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;

/**
 * Infomaniak's response envelope: {@code result} ({@code success}, {@code error}, {@code asynchronous} or
 * {@code delayed}), {@code data}, and for paged lists {@code total}, {@code page}, {@code pages} and
 * {@code items_per_page}, with {@code data} as a tree. The fallback of {@link TypedEnvelope}: read when the
 * one-pass read did not fit (an error envelope, a body that does not match the model), to report exactly why.
 */
final class Envelope {

    @JsonProperty("result")
    String result;

    @JsonProperty("data")
    JsonNode data;

    @JsonProperty("total")
    Long total;

    @JsonProperty("page")
    Integer page;

    @JsonProperty("pages")
    Integer pages;


    boolean hasData() {
        return data != null && !data.isNull() && !data.isMissingNode();
    }
}
