package io.veil.worker;

/** The worker's real entry point with the {@code scripted} test backend added. */
public final class TestWorkerMain {

  private TestWorkerMain() {}

  /** Runs the worker; exits with its status. */
  public static void main(String[] args) {
    System.exit(GpuWorkerMain.run(args,
        Backends.standard().with("scripted", c -> new ScriptedBackend())));
  }
}
