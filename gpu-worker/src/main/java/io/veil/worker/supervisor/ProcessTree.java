package io.veil.worker.supervisor;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Ends a child process together with everything it started (a launcher script's interpreter, a
 * server's worker processes), so no orphan keeps the GPU or the port.
 */
final class ProcessTree {

  private ProcessTree() {}

  /**
   * SIGKILL to the process, all its descendants, and {@code seenBefore} (descendants seen earlier:
   * once the process has died its children are re-parented and no longer found through it), then
   * waits (bounded) for them to exit.
   */
  static void kill(Process process, List<ProcessHandle> seenBefore, Duration wait) {
    List<ProcessHandle> tree = merge(snapshot(process), seenBefore);
    tree.forEach(ProcessHandle::destroyForcibly);
    awaitExit(tree, wait);
  }

  /**
   * SIGTERM to the process, its descendants and {@code seenBefore}, waits up to {@code grace}, then SIGKILL to what is
   * left.
   *
   * @return whether everything exited within the grace period
   */
  static boolean stop(Process process, List<ProcessHandle> seenBefore, Duration grace,
      Duration killWait) {
    List<ProcessHandle> tree = merge(snapshot(process), seenBefore);
    tree.forEach(ProcessHandle::destroy);
    if (awaitExit(tree, grace)) {
      return true;
    }
    tree.forEach(ProcessHandle::destroyForcibly);
    awaitExit(tree, killWait);
    return false;
  }

  /**
   * The process first, then its descendants, taken before any signal: once the parent is gone its
   * children are re-parented and no longer found through it.
   */
  static List<ProcessHandle> snapshot(Process process) {
    List<ProcessHandle> tree = new ArrayList<>();
    tree.add(process.toHandle());
    process.descendants().forEach(tree::add);
    return tree;
  }

  private static List<ProcessHandle> merge(List<ProcessHandle> tree, List<ProcessHandle> more) {
    for (ProcessHandle h : more) {
      // A handle compares pid and start time, so a reused pid is never mistaken for a child.
      if (!tree.contains(h)) {
        tree.add(h);
      }
    }
    return tree;
  }

  private static boolean awaitExit(List<ProcessHandle> tree, Duration wait) {
    long deadline = System.nanoTime() + wait.toNanos();
    for (ProcessHandle h : tree) {
      long left = deadline - System.nanoTime();
      try {
        if (left <= 0) {
          return tree.stream().noneMatch(ProcessHandle::isAlive);
        }
        h.onExit().get(left, TimeUnit.NANOSECONDS);
      } catch (java.util.concurrent.TimeoutException e) {
        return false;
      } catch (java.util.concurrent.ExecutionException e) {
        // onExit never completes exceptionally; treat as exited.
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return false;
      }
    }
    return true;
  }
}
