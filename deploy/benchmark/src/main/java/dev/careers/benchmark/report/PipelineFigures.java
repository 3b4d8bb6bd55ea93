package dev.careers.benchmark.report;

/**
 * The worker pipeline alone on the same files, in one process.
 *
 * @param documentsPerSecond best round's rate
 * @param cpuSecondsPerDocument that round's process CPU per document (collector and JIT included); null when
 * only the rate is known
 */
public record PipelineFigures(double documentsPerSecond, Double cpuSecondsPerDocument) {
}
