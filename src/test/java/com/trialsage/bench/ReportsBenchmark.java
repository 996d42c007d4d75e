package com.trialsage.bench;

import com.trialsage.reports.InMemoryReportSource;
import com.trialsage.reports.ReportFormat;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.List;

/**
 * Renders each report format for N synthetic findings (default 1,000,000), made one by one as the
 * writer reads them, and prints seconds, output bytes and peak heap. Run by bench/reports.sh.
 */
public final class ReportsBenchmark {
  private ReportsBenchmark() {}

  public static void main(String[] args) throws Exception {
    long findings = args.length > 0 ? Long.parseLong(args[0]) : 1_000_000;
    List<MemoryPoolMXBean> heapPools =
        ManagementFactory.getMemoryPoolMXBeans().stream()
            .filter(pool -> pool.getType() == MemoryType.HEAP)
            .toList();
    System.out.printf(
        "%,d findings, max heap %d MB%n", findings, Runtime.getRuntime().maxMemory() >> 20);

    for (ReportFormat format : ReportFormat.values()) {
      System.gc();
      heapPools.forEach(MemoryPoolMXBean::resetPeakUsage);
      ByteCount out = new ByteCount();
      long start = System.nanoTime();
      format.writer().write(InMemoryReportSource.generated(findings), out);
      double seconds = (System.nanoTime() - start) / 1e9;
      System.out.printf(
          "%-5s %7.2f s  %,15d bytes  peak heap %4d MB%n",
          format, seconds, out.bytes, peakHeapInMegabytes(heapPools));
    }
  }

  // The sum of each pool's own peak: an upper bound on the heap in use at any one time.
  private static long peakHeapInMegabytes(List<MemoryPoolMXBean> heapPools) {
    return heapPools.stream().mapToLong(pool -> pool.getPeakUsage().getUsed()).sum() >> 20;
  }

  /** Counts the report's bytes and drops them, so that the figures are the writer's alone. */
  private static final class ByteCount extends OutputStream {
    private long bytes;

    @Override
    public void write(int b) {
      bytes++;
    }

    @Override
    public void write(byte[] buffer, int offset, int length) {
      bytes += length;
    }
  }
}
