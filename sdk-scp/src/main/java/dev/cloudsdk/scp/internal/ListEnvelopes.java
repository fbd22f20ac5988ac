package dev.cloudsdk.scp.internal;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.cloudsdk.scp.model.OsTypeInfo;
import dev.cloudsdk.scp.model.PlannedCompute;
import dev.cloudsdk.scp.model.ServerType;
import dev.cloudsdk.scp.model.ServiceType;
import java.util.List;
import java.util.Objects;

/** The JSON envelopes around the lists and single plans the API returns; the SDK unwraps them. Not API. */
public final class ListEnvelopes {

    private ListEnvelopes() {
    }

    /**
     * {@code PlannedComputeListResponse}: one page of plans and the totals (sent as strings at times).
     *
     * @param plannedComputes the plans of the page
     * @param totalPages      the number of pages, if sent
     * @param totalCount      the number of plans, if sent
     * @param currentPage     the page number, if sent ({@code 0} in the seed's example)
     */
    public record PlannedComputePage(
            @JsonProperty("planned_computes") List<PlannedCompute> plannedComputes,
            @JsonProperty("total_pages") Integer totalPages,
            @JsonProperty("total_count") Long totalCount,
            @JsonProperty("current_page") Integer currentPage) {

        /**
         * Treats a missing list as empty.
         *
         * @param plannedComputes the plans of the page
         * @param totalPages      the number of pages, if sent
         * @param totalCount      the number of plans, if sent
         * @param currentPage     the page number, if sent
         */
        public PlannedComputePage {
            plannedComputes = orEmpty(plannedComputes);
        }
    }

    /**
     * {@code PlannedComputeResponse}.
     *
     * @param plannedCompute the plan
     */
    public record PlannedComputeEnvelope(@JsonProperty("planned_compute") PlannedCompute plannedCompute) {

        /**
         * Rejects an answer without the plan.
         *
         * @param plannedCompute the plan
         */
        public PlannedComputeEnvelope {
            Objects.requireNonNull(plannedCompute, "the response has no planned_compute");
        }
    }

    /**
     * {@code OSTypeListResponse}.
     *
     * @param osTypes the OS families
     */
    public record OsTypeList(@JsonProperty("os_types") List<OsTypeInfo> osTypes) {

        /**
         * Treats a missing list as empty.
         *
         * @param osTypes the OS families
         */
        public OsTypeList {
            osTypes = orEmpty(osTypes);
        }
    }

    /**
     * {@code ServerTypeListResponse}.
     *
     * @param serverTypes the server types
     */
    public record ServerTypeList(@JsonProperty("server_types") List<ServerType> serverTypes) {

        /**
         * Treats a missing list as empty.
         *
         * @param serverTypes the server types
         */
        public ServerTypeList {
            serverTypes = orEmpty(serverTypes);
        }
    }

    /**
     * {@code ProductListResponse}.
     *
     * @param services the services
     */
    public record ServiceTypeList(@JsonProperty("services") List<ServiceType> services) {

        /**
         * Treats a missing list as empty.
         *
         * @param services the services
         */
        public ServiceTypeList {
            services = orEmpty(services);
        }
    }

    private static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : List.copyOf(list);
    }
}
