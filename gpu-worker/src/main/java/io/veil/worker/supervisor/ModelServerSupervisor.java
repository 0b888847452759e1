package io.veil.worker.supervisor;

import io.veil.worker.model.ModelHttp;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the model server as a child process and keeps it serving. One daemon thread owns the child:
 * it launches it with {@code CUDA_VISIBLE_DEVICES}, polls {@code /ready} until the start timeout,
 * then polls {@code /health}; a death, a start timeout, {@code livenessFailures} missed probes or a
 * {@link #reportHang} (a scoring request slower than the latency bound) kills the whole process
 * tree with SIGKILL and restarts it after an exponential back-off. {@link #close} stops it with
 * SIGTERM, then SIGKILL after a grace period.
 */
public final class ModelServerSupervisor implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(ModelServerSupervisor.class);
  /** The child's own output lines, under a logger of their own so they can be filtered. */
  private static final Logger CHILD_LOG = LoggerFactory.getLogger("io.veil.worker.modelserver");
  /** How many recent back-off delays are kept for health output and tests. */
  private static final int RECENT_BACKOFFS = 16;
  /** After SIGKILL the kernel reaps at once; this only bounds a wedged zombie wait. */
  private static final Duration KILL_WAIT = Duration.ofSeconds(5);

  private enum Outcome { READY, EXITED, HUNG, START_TIMEOUT, CLOSED }

  private final SupervisorConfig config;
  private final ModelHttp http;
  private final Backoff backoff;
  private final ReentrantLock lock = new ReentrantLock();
  private final Condition wake = lock.newCondition();
  private final Deque<Duration> recentBackoffs = new ArrayDeque<>();
  private volatile ServerState state = ServerState.DOWN;
  private volatile Process process;
  /** The child's descendants at the last check, to kill them even after the child died. */
  private volatile List<ProcessHandle> knownTree = List.of();
  private volatile boolean closed;
  private volatile boolean hangReported;
  private volatile int starts;
  private Thread monitor;

  /** A supervisor for {@code config}; nothing runs until {@link #start}. */
  public ModelServerSupervisor(SupervisorConfig config) {
    this.config = config;
    this.http = new ModelHttp(config.baseUrl(), config.healthTimeout());
    this.backoff = new Backoff(config.backoffInitial(), config.backoffMax());
  }

  /** Starts supervising; returns at once (see {@link #awaitReady}). */
  public synchronized void start() {
    if (monitor != null) {
      throw new IllegalStateException("supervisor already started");
    }
    monitor = new Thread(this::supervise, "model-server-supervisor");
    monitor.setDaemon(true);
    monitor.start();
  }

  /** Waits until the server is READY or {@code timeout} passes; returns whether it is READY. */
  public boolean awaitReady(Duration timeout) throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    lock.lock();
    try {
      while (state != ServerState.READY && !closed) {
        long left = deadline - System.nanoTime();
        if (left <= 0) {
          return false;
        }
        wake.awaitNanos(left);
      }
      return state == ServerState.READY;
    } finally {
      lock.unlock();
    }
  }

  /** The current state. */
  public ServerState state() {
    return state;
  }

  /** The child's pid, or -1 when none runs. */
  public long pid() {
    Process p = process;
    return p != null && p.isAlive() ? p.pid() : -1;
  }

  /** How many times the server was launched. */
  public int starts() {
    return starts;
  }

  /** The most recent back-off delays, oldest first. */
  public List<Duration> recentBackoffs() {
    synchronized (recentBackoffs) {
      return new ArrayList<>(recentBackoffs);
    }
  }

  /**
   * A caller saw a scoring request exceed the latency bound: the server counts as hung and is
   * killed and restarted without waiting for missed health probes.
   */
  public void reportHang() {
    if (state == ServerState.READY) {
      hangReported = true;
      signal();
    }
  }

  /** Stops the server (SIGTERM, grace, SIGKILL of the tree) and the supervising thread. */
  @Override
  public void close() {
    closed = true;
    signal();
    Thread t;
    synchronized (this) {
      t = monitor;
    }
    if (t != null) {
      try {
        t.join(config.stopGrace().plus(config.healthTimeout()).plus(KILL_WAIT).toMillis());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    Process p = process;
    if (p != null) {
      ProcessTree.kill(p, knownTree, KILL_WAIT);
    }
    setState(ServerState.DOWN);
  }

  private void supervise() {
    try {
      while (!closed) {
        Outcome outcome = runOnce();
        if (outcome == Outcome.CLOSED) {
          break;
        }
        Duration delay = backoff.nextDelay();
        synchronized (recentBackoffs) {
          if (recentBackoffs.size() == RECENT_BACKOFFS) {
            recentBackoffs.removeFirst();
          }
          recentBackoffs.addLast(delay);
        }
        setState(backoff.failures() >= config.downAfterFailures()
            ? ServerState.DOWN : ServerState.BACKING_OFF);
        LOG.warn("model server failed ({}), failure {} in a row, restarting in {} ms", outcome,
            backoff.failures(), delay.toMillis());
        pause(delay, () -> false);
      }
    } finally {
      Process p = process;
      if (p != null) {
        boolean wasAlive = p.isAlive();
        boolean clean = ProcessTree.stop(p, knownTree, config.stopGrace(), KILL_WAIT);
        if (wasAlive) {
          LOG.info("model server pid {} stopped {}", p.pid(), clean ? "cleanly" : "with SIGKILL");
        }
      }
      setState(ServerState.DOWN);
    }
  }

  /** One life of the child: launch, wait for ready, watch; kills it unless closing. */
  private Outcome runOnce() {
    hangReported = false;
    Process p = launch();
    if (p == null) {
      return Outcome.EXITED;
    }
    Outcome outcome = awaitReadiness(p);
    if (outcome == Outcome.READY) {
      backoff.reset();
      setState(ServerState.READY);
      outcome = watch(p);
    }
    if (outcome != Outcome.CLOSED) {
      ProcessTree.kill(p, knownTree, KILL_WAIT);
      LOG.warn("model server pid {} ended: {} (exit {})", p.pid(), outcome,
          p.isAlive() ? "none" : String.valueOf(p.exitValue()));
    }
    return outcome;
  }

  private Process launch() {
    setState(ServerState.STARTING);
    ProcessBuilder pb = new ProcessBuilder(config.command());
    if (config.gpu() != null) {
      pb.environment().put("CUDA_VISIBLE_DEVICES", config.gpu());
    }
    if (config.workingDir() != null) {
      pb.directory(config.workingDir().toFile());
    }
    try {
      Process p = pb.start();
      starts++;
      process = p;
      LOG.info("model server launched: pid {}, gpu {}, start {}", p.pid(), config.gpu(), starts);
      LogForwarder.start(p.getInputStream(), "model-server " + p.pid() + " out", CHILD_LOG, false);
      LogForwarder.start(p.getErrorStream(), "model-server " + p.pid() + " err", CHILD_LOG, true);
      p.onExit().thenRun(this::signal);
      return p;
    } catch (IOException e) {
      LOG.error("model server command {} cannot start: {}", config.command().get(0),
          e.getClass().getSimpleName());
      return null;
    }
  }

  private Outcome awaitReadiness(Process p) {
    long deadline = System.nanoTime() + config.startTimeout().toNanos();
    while (true) {
      if (closed) {
        return Outcome.CLOSED;
      }
      if (!p.isAlive()) {
        return Outcome.EXITED;
      }
      knownTree = ProcessTree.snapshot(p);
      if (http.probe("/ready", config.healthTimeout())) {
        return Outcome.READY;
      }
      if (System.nanoTime() >= deadline) {
        return Outcome.START_TIMEOUT;
      }
      pause(config.readyPollInterval(), () -> !p.isAlive());
    }
  }

  private Outcome watch(Process p) {
    int missed = 0;
    while (true) {
      pause(config.healthInterval(), () -> hangReported || !p.isAlive());
      if (closed) {
        return Outcome.CLOSED;
      }
      if (!p.isAlive()) {
        return Outcome.EXITED;
      }
      if (hangReported) {
        return Outcome.HUNG;
      }
      knownTree = ProcessTree.snapshot(p);
      missed = http.probe("/health", config.healthTimeout()) ? 0 : missed + 1;
      if (missed >= config.livenessFailures()) {
        return Outcome.HUNG;
      }
    }
  }

  /**
   * Sleeps up to {@code d}, or less once {@code done} holds; wake-ups (close, a hang report, the
   * child's exit) re-check it, so a stale wake-up never shortens a back-off.
   */
  private void pause(Duration d, BooleanSupplier done) {
    long deadline = System.nanoTime() + d.toNanos();
    lock.lock();
    try {
      long left = deadline - System.nanoTime();
      while (left > 0 && !closed && !done.getAsBoolean()) {
        wake.awaitNanos(left);
        left = deadline - System.nanoTime();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      closed = true;
    } finally {
      lock.unlock();
    }
  }

  private void signal() {
    lock.lock();
    try {
      wake.signalAll();
    } finally {
      lock.unlock();
    }
  }

  private void setState(ServerState next) {
    ServerState prev = state;
    state = next;
    if (prev != next) {
      LOG.info("model server state {} -> {}", prev, next);
    }
    signal();
  }
}
