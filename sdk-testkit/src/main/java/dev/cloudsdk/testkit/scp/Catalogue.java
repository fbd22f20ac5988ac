package dev.cloudsdk.testkit.scp;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/** The fake's fixed catalogues (contract lengths, OS families, server and service types), as wire JSON. */
final class Catalogue {

    static final Map<String, String> CONTRACT_NAMES = Map.of("01", "1-year", "03", "3-year", "05", "5-year");
    static final Map<String, String> OS_NAMES = Map.of(
            "OPEN_SOURCE", "Open Source", "RHEL", "RHEL", "WINDOWS", "Windows", "SLES", "SLES");

    private static final List<List<String>> SERVER_TYPES = List.of(
            List.of("s1v1m2", "1", "2", ""), List.of("s1v2m4", "2", "4", ""), List.of("s1v4m8", "4", "8", ""),
            List.of("g1v8m64", "8", "64", "a100"));

    private Catalogue() {
    }

    static Map<String, Object> contractTypes() {
        List<Map<String, Object>> types = CONTRACT_NAMES.keySet().stream().sorted()
                .map(code -> Map.<String, Object>of("code", code, "display_name", CONTRACT_NAMES.get(code)))
                .collect(Collectors.toList());
        return Map.of("contract_types", types, "extension_types", types);
    }

    static Map<String, Object> osTypes() {
        List<Map<String, Object>> types = new ArrayList<>();
        for (String id : List.of("OPEN_SOURCE", "RHEL", "WINDOWS", "SLES")) {
            types.add(Map.of("os_type_id", id, "display_name", OS_NAMES.get(id),
                    "os_type_value", id.replace("_", "").toLowerCase(Locale.ROOT)));
        }
        return Map.of("os_types", types);
    }

    /**
     * @param currentServerType the server type to compare with, or {@code null}
     * @return the server types, each saying whether it is larger than the current one
     */
    static Map<String, Object> serverTypes(String currentServerType) {
        int current = currentServerType == null ? 0 : size(currentServerType);
        List<Map<String, Object>> types = new ArrayList<>();
        for (List<String> type : SERVER_TYPES) {
            Map<String, Object> serverType = new LinkedHashMap<>();
            serverType.put("server_type", type.get(0));
            serverType.put("server_type_description", "");
            serverType.put("instance_type", type.get(0).substring(0, 2));
            serverType.put("core", type.get(1));
            serverType.put("memory_gb", type.get(2));
            serverType.put("gpu_name", type.get(3));
            serverType.put("scale_up_yn", size(type.get(0)) > current ? "Y" : "N");
            types.add(serverType);
        }
        return Map.of("server_types", types);
    }

    static Map<String, Object> serviceTypes() {
        return Map.of("services", List.of(
                Map.of("service_id", "VIRTUAL_SERVER", "display_name", serviceName("VIRTUAL_SERVER")),
                Map.of("service_id", "GPU_SERVER", "display_name", serviceName("GPU_SERVER"))));
    }

    static String serviceName(String serviceId) {
        return "GPU_SERVER".equals(serviceId) ? "GPU Server" : "Virtual Server";
    }

    /** Orders server types by the product of the numbers in their names ({@code s1v2m4} is 8). */
    private static int size(String serverType) {
        int size = 1;
        for (String number : serverType.replaceAll("[^0-9]+", " ").trim().split(" ")) {
            size *= number.isEmpty() ? 1 : Integer.parseInt(number);
        }
        return size;
    }
}
