package fugong.run;

/**
 * Test hook for the crash tests: when the environment variable {@code FUGONG_FAULT} (or the system
 * property {@code fugong.fault}) names a checkpoint, the process halts there at once, exactly as if
 * it had been killed with {@code kill -9}: no finally blocks, no shutdown hooks, no cleanup. Unset
 * in normal operation, where every checkpoint is a no-op.
 */
public final class FaultInjection {
  public static final String VARIABLE = "FUGONG_FAULT";

  private FaultInjection() {}

  public static void checkpoint(String name) {
    String fault = System.getProperty("fugong.fault", System.getenv(VARIABLE));
    if (name.equals(fault)) {
      System.err.println("fugong: fault injected at checkpoint " + name + "; halting like kill -9");
      System.err.flush();
      Runtime.getRuntime().halt(137);
    }
  }
}
