package dev.cloudsdk.benchmarks;

import dev.cloudsdk.infomaniak.InfomaniakClient;
import dev.cloudsdk.infomaniak.model.PublicCloud;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Item 4, auto-paging memory: walks 1,000,000 Infomaniak {@code PublicCloud} items over 1,000 pages of
 * 1,000 from {@link LocalServer} (run it with {@code -Xmx64m}). Every page holds different items, so the
 * SDK's "same page twice" guard does not end the walk. Prints one {@code AUTOPAGING} line: items, pages,
 * seconds, and the peak heap, both as the sum of the heap pools' peak usage (memory MX beans, reset at the
 * start; an upper bound) and as the largest used heap sampled every 5 ms, garbage included; and the largest
 * heap left after a collection (the pools' collection usage, sampled likewise), which approximates the live set.
 *
 * <p>Usage: {@code java -Xmx64m -cp benchmarks.jar dev.cloudsdk.benchmarks.AutoPagingMemory sdk|raw}
 */
public final class AutoPagingMemory {

    static final int PAGES = 1000;
    static final int PER_PAGE = 1000;

    private AutoPagingMemory() {
    }

    /**
     * Runs the walk.
     *
     * @param args {@code sdk} (default) or {@code raw}
     * @throws Exception on failure
     */
    public static void main(String[] args) throws Exception {
        String mode = args.length > 0 ? args[0] : "sdk";
        List<MemoryPoolMXBean> heapPools = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(pool -> pool.getType() == MemoryType.HEAP).toList();
        AtomicLong sampledMax = new AtomicLong();
        AtomicLong afterGcMax = new AtomicLong();
        long expectedItems = (long) PAGES * PER_PAGE;
        try (LocalServer server = Servers.start(PAGES, PER_PAGE)) {
            System.gc();
            heapPools.forEach(MemoryPoolMXBean::resetPeakUsage);
            Thread sampler = new Thread(() -> {
                while (!Thread.currentThread().isInterrupted()) {
                    long used = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
                    sampledMax.accumulateAndGet(used, Math::max);
                    long afterGc = heapPools.stream().mapToLong(pool -> pool.getCollectionUsage() == null ? 0
                            : pool.getCollectionUsage().getUsed()).sum();
                    afterGcMax.accumulateAndGet(afterGc, Math::max);
                    try {
                        Thread.sleep(5);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            }, "heap-sampler");
            sampler.setDaemon(true);
            sampler.start();
            long started = System.nanoTime();
            long items = 0;
            long idSum = 0;
            int pages;
            if (mode.equals("raw")) {
                try (RawClient raw = new RawClient(server.baseUrl())) {
                    int page = 1;
                    while (true) {
                        Pojos.CloudPage body = raw.infomaniakList(1, page);
                        for (Pojos.Cloud cloud : body.data) {
                            items++;
                            idSum += cloud.id;
                        }
                        if (body.data.isEmpty() || body.pages == null || page >= body.pages) {
                            break;
                        }
                        page++;
                    }
                    pages = page;
                }
            } else {
                try (InfomaniakClient client = InfomaniakClient.builder().token(Fixtures.TOKEN)
                        .baseUrl(server.baseUrl()).build()) {
                    for (PublicCloud cloud : client.cloud().list(1).autoPager()) {
                        items++;
                        idSum += cloud.id();
                    }
                    pages = (int) (items / PER_PAGE);
                }
            }
            double seconds = (System.nanoTime() - started) / 1e9;
            sampler.interrupt();
            sampler.join(1000);
            long poolPeaks = heapPools.stream().mapToLong(pool -> pool.getPeakUsage().getUsed()).sum();
            boolean ok = items == expectedItems && idSum == expectedItems * (expectedItems + 1) / 2;
            System.out.printf("AUTOPAGING mode=%s ok=%s items=%d pages=%d seconds=%.1f peakHeapMiB=%.1f"
                            + " sampledMaxHeapMiB=%.1f maxAfterGcMiB=%.1f maxHeapMiB=%.0f%n", mode, ok, items, pages,
                    seconds, poolPeaks / 1048576.0, sampledMax.get() / 1048576.0, afterGcMax.get() / 1048576.0,
                    Runtime.getRuntime().maxMemory() / 1048576.0);
            if (!ok) {
                System.exit(1);
            }
        }
    }
}
