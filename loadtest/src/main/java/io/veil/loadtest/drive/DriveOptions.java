package io.veil.loadtest.drive;

import io.veil.loadtest.schedule.Schedule;
import java.net.URI;
import java.time.Duration;

/**
 * How to drive one run.
 *
 * @param target base URI of the server, e.g. {@code http://127.0.0.1:8080}
 * @param path request path, e.g. {@code /v1/filter}
 * @param scheduleKind constant or Poisson send times
 * @param duration the whole run, warm-up included
 * @param warmup the first part of the run, sent but not measured
 * @param connections most HTTP/1.1 connections open at once
 * @param timeout a request with no answer by then counts as a timeout
 * @param maxOutstanding requests in flight beyond this are not sent and count as dropped
 * @param seed seed of the Poisson schedule
 * @param checkLeaks whether answers are checked for planted values (off for the echo baseline)
 * @param ramp whether the rate climbs from a tenth to all of it over the warm-up
 */
public record DriveOptions(URI target, String path, Schedule.Kind scheduleKind, Duration duration,
                           Duration warmup, int connections, Duration timeout, int maxOutstanding, long seed,
                           boolean checkLeaks, boolean ramp) {

    /** Checks the bounds, naming the option that is out of range. */
    public DriveOptions {
        if (target == null || target.getHost() == null || !"http".equals(target.getScheme())) {
            throw new IllegalArgumentException("target must be an http:// URI with a host");
        }
        if (duration.isNegative() || duration.isZero()) {
            throw new IllegalArgumentException("duration must be positive");
        }
        if (warmup.isNegative() || warmup.compareTo(duration) >= 0) {
            throw new IllegalArgumentException("warmup must be at least 0 and shorter than duration");
        }
        if (connections < 1 || maxOutstanding < 1) {
            throw new IllegalArgumentException("connections and max-outstanding must be at least 1");
        }
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("timeout must be positive");
        }
    }

    /** The port of {@link #target()}, defaulting to 80. */
    public int port() {
        return target.getPort() > 0 ? target.getPort() : 80;
    }

    /** The same options against another target, with or without the leak check. */
    public DriveOptions withTarget(URI newTarget, boolean leakCheck) {
        return new DriveOptions(newTarget, path, scheduleKind, duration, warmup, connections, timeout,
                maxOutstanding, seed, leakCheck, ramp);
    }

    /** Length of the measured window, in seconds. */
    public double measuredSeconds() {
        return (duration.toNanos() - warmup.toNanos()) / 1e9;
    }
}
