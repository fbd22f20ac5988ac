package dev.cloudsdk.codegen.omnistrate;

import dev.cloudsdk.codegen.JavaFile;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Writes the examples' {@code AllOperations}: every seed operation called once, for {@code tour --all-operations}. */
final class TourWriter {

    private final Samples samples;
    private final Map<String, String> knownTypes;

    TourWriter(Samples samples, Map<String, String> knownTypes) {
        this.samples = samples;
        this.knownTypes = new LinkedHashMap<>(knownTypes);
        this.knownTypes.put("OmnistrateClient", "dev.cloudsdk.omnistrate.OmnistrateClient");
        this.knownTypes.put("TourContext", "dev.cloudsdk.examples.TourContext");
        this.knownTypes.put("TourIds", "dev.cloudsdk.examples.omnistrate.TourIds");
        for (OperationTable.Entry entry : OperationTable.ENTRIES) {
            String params = OperationTable.PARAMS_CLASS_NAMES.getOrDefault(entry.tag() + "#" + entry.operation(),
                    entry.operation() + "Params");
            this.knownTypes.put(params, "dev.cloudsdk.omnistrate." + params);
        }
    }

    String write(List<Op> operations) {
        JavaFile file = new JavaFile(Generator.HEADER, "dev.cloudsdk.examples.omnistrate", knownTypes);
        file.doc("", "Calls every one of the " + operations.size() + " seed operations once, for {@code tour "
                + "--all-operations}: the calls with fewer path ids first, so that the lists run before the calls "
                + "that need the ids they answer, and the deletes last. A path id is the first of its kind an earlier "
                + "answer held (see {@link TourIds}), else a sample id; the other arguments are samples.");
        file.line("final class AllOperations {", "", "    private AllOperations() {", "    }", "");
        file.doc("    ", "Makes every call, one tour line each.", "", "@param client the client",
                "@param tour   where calls are reported");
        file.line("    static void run(OmnistrateClient client, TourContext tour) {");
        file.line("        TourIds ids = new TourIds();");
        for (Op op : order(operations)) {
            List<String> arguments = new ArrayList<>(samples.arguments(op));
            for (int i = 0; i < op.pathParams.size(); i++) { // the path parameters come first
                String kind = idKind(op, op.pathParams.get(i));
                if (kind != null) {
                    arguments.set(i, "ids.get(" + JavaFile.literal(kind) + ", " + arguments.get(i) + ")");
                }
            }
            String call = op.call("client." + op.entry.group() + "()", arguments);
            String name = JavaFile.literal(op.logName());
            switch (op.result) {
                case NONE -> file.line("        tour.call(" + name + ", () -> " + call + ");");
                case ID -> file.line("        tour.call(" + name + ", () -> " + call + ", id -> \"id \" + id);");
                case MODEL -> file.line("        ids.remember(tour.call(" + name + ", () -> " + call
                        + ", answer -> \"answered\"));");
                case MODEL_LIST, PAGE -> file.line("        ids.remember(tour.call(" + name + ", () -> " + call + ",",
                        "                answer -> " + (op.result == Op.Result.PAGE ? "answer.items().size()" : "answer.size()")
                                + " + \" item(s)\"));");
            }
        }
        file.line("    }", "}");
        return file.render();
    }

    /** @return the operations by how many path parameters they take, the deletes last; otherwise as given */
    static List<Op> order(List<Op> operations) {
        return operations.stream()
                .sorted(Comparator.comparing((Op op) -> op.spec.method().equals("DELETE"))
                        .thenComparingInt(op -> op.pathParams.size()))
                .toList();
    }

    /**
     * The kind of id a path parameter takes, as the examples' {@code TourIds} names it: its
     * name when that ends in {@code Id}; for a plain {@code {id}}, the segment before it
     * ({@code host-cluster/{id}} takes a {@code hostClusterId}), or the segments since the last path parameter.
     *
     * @return the kind, or {@code null} for a parameter that is no id (a key, a version, an enum)
     */
    static String idKind(Op op, Op.Param param) {
        if (param.type().kind() == JType.Kind.ENUM) {
            return null;
        }
        if (!param.javaName().equals("id")) {
            return param.javaName().endsWith("Id") ? param.javaName() : null;
        }
        List<String> segments = List.of(op.spec.path().split("/"));
        int end = segments.indexOf("{" + param.wireName() + "}");
        int start = end - 1;
        while (start > 0 && !segments.get(start - 1).startsWith("{")) {
            start--;
        }
        if (segments.get(start).startsWith("{")) {
            return null;
        }
        boolean afterId = start > 0; // subscription/request/{id} after {environmentId}: a subscriptionRequestId
        String thing = Names.member(String.join("-", segments.subList(afterId ? start : end - 1, end)));
        return (thing.endsWith("s") ? thing.substring(0, thing.length() - 1) : thing) + "Id";
    }
}
