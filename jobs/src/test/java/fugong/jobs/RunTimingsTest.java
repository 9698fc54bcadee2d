package fugong.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The manifest's timings of the run over data-sample/: the run's own stages ("run: …") in the order
 * they ran, within the run's start and end, and no step named twice (a profile that adds up).
 */
class RunTimingsTest {
  @Test
  void theRunsOwnStagesComeInOrderAndFitInTheRunAndNoStepIsNamedTwice() throws IOException {
    JsonNode manifest;
    try (Stream<Path> manifests = Files.list(SampleRun.output().resolve("runs"))) {
      Path only = manifests.filter(file -> file.toString().endsWith(".json")).findFirst().get();
      manifest = new ObjectMapper().readTree(only.toFile());
    }
    List<String> stages = new ArrayList<>();
    List<String> ownStages = new ArrayList<>();
    long ownMilliseconds = 0;
    for (JsonNode timing : manifest.path("timings")) {
      String stage = timing.path("stage").asText();
      stages.add(stage);
      assertThat(timing.path("milliseconds").asLong()).as(stage).isNotNegative();
      if (stage.startsWith(PipelineRun.RUN_STAGE_PREFIX)
          && !stage.equals(PipelineRun.RUN_STAGE_PREFIX + "JVM and Spark start")) {
        ownStages.add(stage.substring(PipelineRun.RUN_STAGE_PREFIX.length()));
        ownMilliseconds += timing.path("milliseconds").asLong();
      }
    }

    assertThat(ownStages)
        .containsExactly(
            "check the published lake", "ingest", "metrics", "verify and publish", "reports");
    assertThat(stages).doesNotHaveDuplicates().contains(MetricsJob.REVISIONS_STAGE);
    assertThat(stages.indexOf(PipelineRun.RUN_STAGE_PREFIX + "ingest"))
        .as("the ingest's steps come before its own line")
        .isGreaterThan(stages.indexOf("write lake tables"));
    long runMilliseconds =
        Duration.between(
                Instant.parse(manifest.path("startedAt").asText()),
                Instant.parse(manifest.path("finishedAt").asText()))
            .toMillis();
    assertThat(ownMilliseconds).isLessThanOrEqualTo(runMilliseconds);
  }
}
