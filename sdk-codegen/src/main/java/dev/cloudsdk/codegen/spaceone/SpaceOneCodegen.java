package dev.cloudsdk.codegen.spaceone;

import dev.cloudsdk.codegen.GeneratedSources;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes sdk-spaceone's generated sources from the SpaceONE seeds: {@code internal.Rpc}, the table of every call
 * ({@link RpcWriter}), and the resource classes {@code CloudServices} and {@code DataSources} ({@link ResourceWriter}
 * over the {@link OperationTable}).
 *
 * <p>sdk-spaceone's {@code GeneratedSourcesTest} compares them with the committed files; run it with
 * {@code -Dcloudsdk.codegen.write=true} to rewrite them.
 */
public final class SpaceOneCodegen {

    /** The module directory holding every generated file. */
    static final String ROOT = "src/main/java/dev/cloudsdk/spaceone";

    /** The committed {@code Rpc} table, relative to the module directory. */
    static final String RPC = ROOT + "/internal/Rpc.java";

    private SpaceOneCodegen() {
    }

    /**
     * @param sharedDir the {@code shared} directory holding {@code seeds/}
     * @return sdk-spaceone's generated files, keyed by their path in the module
     */
    public static GeneratedSources sdk(Path sharedDir) {
        Map<String, String> files = new LinkedHashMap<>();
        List<SeedDocument> seeds = new ArrayList<>();
        for (OperationTable.Resource resource : OperationTable.RESOURCES) {
            SeedDocument seed = read(sharedDir, resource.seed());
            seeds.add(seed);
            files.put(ROOT + "/" + resource.className() + ".java", ResourceWriter.render(resource, seed));
        }
        files.put(RPC, RpcWriter.render(seeds));
        return new GeneratedSources(List.of(ROOT), files);
    }

    /**
     * Generates the {@code Rpc} table.
     *
     * @param sharedDir the {@code shared} directory holding {@code seeds/}
     * @return the Java source of {@code Rpc}
     */
    static String generate(Path sharedDir) {
        return sdk(sharedDir).files().get(RPC);
    }

    private static SeedDocument read(Path sharedDir, String seed) {
        try {
            return SeedDocument.parse(Files.readString(sharedDir.resolve(seed), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Regenerates the committed files.
     *
     * @param args {@code <shared dir> <module dir>}
     */
    public static void main(String[] args) {
        sdk(Path.of(args[0])).write(Path.of(args[1]));
    }
}
