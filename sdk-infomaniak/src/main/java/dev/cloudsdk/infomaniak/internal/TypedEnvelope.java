package dev.cloudsdk.infomaniak.internal;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;

/**
 * Infomaniak's envelope with {@code data} bound straight to its model in the same pass, so a response is
 * parsed once instead of into a tree and then converted (the benchmarks measured the two passes at about
 * 8&times; the allocation of plain Jackson for a page of 1,000 items). {@code data} is {@code null} when
 * it is absent or JSON {@code null}, whatever its type.
 *
 * @param <D> the type of {@code data}
 */
final class TypedEnvelope<D> {

    @JsonProperty("result")
    String result;

    @JsonProperty("data")
    @JsonSetter(nulls = Nulls.SET)
    D data;

    @JsonProperty("total")
    Long total;

    @JsonProperty("page")
    Integer page;

    @JsonProperty("pages")
    Integer pages;

}
