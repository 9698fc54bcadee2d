package fugong.run;

/** How long one named stage of a run took. */
public record StageTiming(String stage, long milliseconds) {}
