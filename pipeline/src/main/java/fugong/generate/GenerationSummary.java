package fugong.generate;

import java.nio.file.Path;
import java.util.List;

/**
 * What one run of {@link SyntheticDataGenerator} wrote: counts for the command line and the
 * scenario extras, each described in one line.
 */
public record GenerationSummary(
    Path referenceFolder,
    Path inboxFolder,
    int counties,
    int enterprises,
    int submissionFiles,
    long dataRows,
    long injectedErrors,
    long identicalDuplicates,
    List<String> scenarioExtras) {}
